#!/bin/sh
# Webhook ingestion: bare QHttpServer (ceiling) vs bva-server on SQLite, in interleaved rounds, then
# PostgreSQL once. Each round starts both servers fresh (bva-server on PORT, the bare one on PORT+1) and gives
# both the same wrk command, request bytes and unmeasured warm-up. Then each server gets BVA_BENCH_SLICES short
# measured runs (a fresh wrk each), alternating with the other's, so both sample the same minutes of the box;
# the server not being measured is stopped (SIGSTOP), so neither one's leftover work (a WAL checkpoint) runs in
# the other's time. Which server goes first alternates between rounds. Printed per round: each server's slices,
# their best and median, CPU per delivery per thread, and the two ratios; then the median ratios over rounds.
# Why slices: on this VM the bare server's rate moves between ~25k and ~40k req/s from one second to the next
# (docs/BENCHMARKS.md, 2026-12-07 afternoon); the best slice is each server's rate with the box out of its way.
# Usage: tests/bench/server/run-server-bench.sh BUILD_DIR [DURATION_S] [CONNECTIONS]
#   DURATION_S: measured seconds per server per round (default 8), split into the slices.
# Env: BVA_BENCH_ROUNDS rounds (default 3); BVA_BENCH_SLICES slices per server per round (default 4);
#      BVA_BENCH_WARMUP_S warm-up per server per round (default 2);
#      BVA_BENCH_TOPIC orders (default: orders/created, webhook-orders.lua) or products (webhook.lua);
#      BVA_BENCH_THREADS wrk threads (default 1); BVA_BENCH_WRK_CPU pins wrk to that CPU (taskset) and
#      BVA_BENCH_SERVER_CPUS both servers, all their threads (default: not pinned; pinning does not remove the
#      two speeds); BVA_BENCH_PORT (and the port after it); BVA_BENCH_SKIP_PG=1 to leave PostgreSQL out.
# Needs: wrk, sqlite3, psql/createdb/dropdb for PostgreSQL (BVA_BENCH_PG, default postgres://bva:bva@127.0.0.1:5432).
set -eu
BUILD=${1:?build dir}
DURATION=${2:-10}
CONNS=${3:-32}
HERE=$(cd "$(dirname "$0")" && pwd)
PG=${BVA_BENCH_PG:-postgres://bva:bva@127.0.0.1:5432}
SERVER=$BUILD/app/bva-server
BARE=$BUILD/tests/bench/server/bva-bench-bare-server
FIXED=$BUILD/tests/bench/server/bva-bench-fixedrate
TOKEN=bench-token-$$
SHOP=BENCH
PORT=${BVA_BENCH_PORT:-3901}
TOPIC=${BVA_BENCH_TOPIC:-orders}
THREADS=${BVA_BENCH_THREADS:-1}
ROUNDS=${BVA_BENCH_ROUNDS:-3}
WARMUP=${BVA_BENCH_WARMUP_S:-2}
SLICES=${BVA_BENCH_SLICES:-4}
SLICE_S=$(((DURATION + SLICES - 1) / SLICES))
BARE_PORT=$((PORT + 1))
PIN=""
[ -n "${BVA_BENCH_WRK_CPU:-}" ] && PIN="taskset -c $BVA_BENCH_WRK_CPU"
SPIN=""
[ -n "${BVA_BENCH_SERVER_CPUS:-}" ] && SPIN="taskset -c $BVA_BENCH_SERVER_CPUS"
if [ "$TOPIC" = orders ]; then SCRIPT=webhook-orders.lua; else SCRIPT=webhook.lua; fi
TMP=$(mktemp -d)
PIDS=""
cleanup() { for p in $PIDS; do kill -CONT "$p" 2>/dev/null; kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

wait_ready() { # file
  i=0; while ! grep -q "listening on" "$1" 2>/dev/null; do i=$((i+1)); [ $i -gt 200 ] && { echo "server did not start"; cat "$1"; exit 1; }; sleep 0.1; done
}
RUN=0
wrk_run() { # seconds output-file [port]: the one wrk command both servers get; every run's order ids are its own
  RUN=$((RUN + 1))
  BVA_BENCH_TOKEN=$TOKEN BVA_BENCH_SHOP=$SHOP BVA_BENCH_RUN="$$-$RUN" timeout $(($1 + 30)) $PIN wrk -t"$THREADS" -c"$CONNS" \
    -d"${1}s" --latency -s "$HERE/$SCRIPT" "http://127.0.0.1:${3:-$PORT}" > "$2"
}
warm_up() { if [ "$WARMUP" -gt 0 ]; then wrk_run "$WARMUP" "$TMP/warmup.txt" "$1"; fi; }
run_wrk() { # label variable: one measured run (PostgreSQL); sets RPS_<variable>
  wrk_run "$DURATION" "$TMP/wrk.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$TMP/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$TMP/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$TMP/wrk.txt")
  echo "$1: ${rps} req/s, p99 ${p99}, non-2xx ${non2xx:-0}"
  eval "RPS_$2=\${rps%.*}"
}
start_bva() { # db-url
  BVA_DEV_INTEGRATIONS="shopee:$SHOP:$TOKEN" $SPIN "$SERVER" --db "$1" --listen "127.0.0.1:$PORT" --rate-limit 0 \
    --memory-vault --no-sync > "$TMP/server.log" 2>&1 &
  SPID=$!; PIDS="$PIDS $SPID"; wait_ready "$TMP/server.log"
  sleep 1 # the start-up's own work (hashing the dev integration's token) is not the deliveries'
}
start_bare() {
  $SPIN "$BARE" "$BARE_PORT" > "$TMP/bare.log" 2>&1 & BPID=$!; PIDS="$PIDS $BPID"; wait_ready "$TMP/bare.log"
  sleep 1
}
stop_pid() { kill -CONT "$1" 2>/dev/null || true; kill "$1"; wait "$1" 2>/dev/null || true; }
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# CPU per delivery of each server thread over a round's slices: steadier than req/s on a shared box.
thread_ticks() { # pid
  for t in /proc/"$1"/task/*; do echo "${t##*/} $(tr ' ' _ < "$t/comm") $(awk '{print $14 + $15}' "$t/stat")"; done | sort; }
cpu_per_delivery() { # before-file after-file deliveries (threads started meanwhile count from zero)
  join -a 2 -e 0 -o 2.2,1.3,2.3 "$1" "$2" | awk -v n="$3" -v hz="$(getconf CLK_TCK)" \
    '{d[$1] += $3 - $2} END {for (t in d) if (d[t] > 0) printf "   %s %.1f CPU-us/delivery\n", t, d[t] * 1e6 / hz / n}'
}
slice() { # name pid port: one measured wrk run on that server, the other one stopped; appends "rps requests" to TMP/name
  kill -CONT "$2"
  wrk_run "$SLICE_S" "$TMP/wrk.txt" "$3"
  kill -STOP "$2"
  echo "$(awk '/Requests\/sec/ {print $2}' "$TMP/wrk.txt") $(awk '/requests in/ {print $1}' "$TMP/wrk.txt") $(awk '/Non-2xx/ {print $5}' "$TMP/wrk.txt")" >> "$TMP/$1"
}
report() { # name label pid ticks-before: the server's slices, best and median, CPU per delivery; sets BEST_/MED_<name>
  thread_ticks "$3" > "$TMP/ticks1"
  n=$(awk '{s += $2} END {print s}' "$TMP/$1")
  best=$(awk '{print $1}' "$TMP/$1" | sort -n | tail -1); med=$(awk '{print $1}' "$TMP/$1" | median)
  echo "  $2: slices $(awk '{printf "%d ", $1}' "$TMP/$1")req/s; best ${best%.*}, median ${med%.*}, non-2xx $(awk '{s += $3} END {print s + 0}' "$TMP/$1")"
  cpu_per_delivery "$4" "$TMP/ticks1" "$n"
  eval "BEST_$1=\${best%.*} MED_$1=\${med%.*}"
}

echo "== webhook ingestion, wrk -t$THREADS -c$CONNS, $TOPIC/created with bearer token: $ROUNDS rounds of $SLICES alternating ${SLICE_S}s runs per server (after ${WARMUP}s unmeasured each); servers on CPUs ${BVA_BENCH_SERVER_CPUS:-any}, wrk on ${BVA_BENCH_WRK_CPU:-any} =="
: > "$TMP/rounds"
r=1
while [ "$r" -le "$ROUNDS" ]; do
  echo "-- round $r"
  : > "$TMP/bare"; : > "$TMP/bva"
  start_bva "sqlite:$TMP/bench-$r.db"; kill -STOP "$SPID"
  start_bare; warm_up "$BARE_PORT"; kill -STOP "$BPID"
  kill -CONT "$SPID"; warm_up "$PORT"; kill -STOP "$SPID"
  thread_ticks "$BPID" > "$TMP/bare-ticks0"; thread_ticks "$SPID" > "$TMP/bva-ticks0"
  s=1
  while [ "$s" -le "$SLICES" ]; do # which server goes first alternates between rounds
    if [ $((r % 2)) -eq 1 ]; then slice bare "$BPID" "$BARE_PORT"; slice bva "$SPID" "$PORT"
    else slice bva "$SPID" "$PORT"; slice bare "$BPID" "$BARE_PORT"; fi
    s=$((s + 1))
  done
  report bare "ceiling (bare QHttpServer)" "$BPID" "$TMP/bare-ticks0"
  report bva "bva-server SQLite (durable, authenticated)" "$SPID" "$TMP/bva-ticks0"
  stop_pid "$BPID"; stop_pid "$SPID"
  rm -f "$TMP/bench-$r.db"*
  echo "$r $BEST_bare $BEST_bva $MED_bare $MED_bva" >> "$TMP/rounds"
  echo "  ratio: best $(awk -v a="$BEST_bva" -v b="$BEST_bare" 'BEGIN {printf "%.3f", a / b}'), median $(awk -v a="$MED_bva" -v b="$MED_bare" 'BEGIN {printf "%.3f", a / b}')"
  r=$((r + 1))
done
MED_BARE=$(awk '{print $2}' "$TMP/rounds" | median)
MED_SQLITE=$(awk '{print $3}' "$TMP/rounds" | median)
MED_RATIO=$(awk '{printf "%.4f\n", $3 / $2}' "$TMP/rounds" | median)
MED_SQLITE_MED=$(awk '{print $5}' "$TMP/rounds" | median)
MED_RATIO_MED=$(awk '{printf "%.4f\n", $5 / $4}' "$TMP/rounds" | median)
echo "== rounds: ratios of the best slices $(awk '{printf "%.3f ", $3 / $2}' "$TMP/rounds")· of the median slices $(awk '{printf "%.3f ", $5 / $4}' "$TMP/rounds")=="
echo "== median over $ROUNDS rounds: best slices bare ${MED_BARE%.*} req/s, bva-server SQLite ${MED_SQLITE%.*} req/s, ratio $(awk -v m="$MED_RATIO" 'BEGIN {printf "%.3f", m}') (target >= 0.40); of the median slices $(awk -v m="$MED_RATIO_MED" 'BEGIN {printf "%.3f", m}') =="

HALF=$((${MED_SQLITE_MED%.*} / 2))
echo "-- fixed rate at half the median of the median SQLite slices ($HALF/s, 4 connections, then $CONNS), a fresh server:"
start_bva "sqlite:$TMP/bench.db"
timeout $((DURATION + 60)) "$FIXED" 127.0.0.1 "$PORT" "$HALF" "$DURATION" 4 "$TOKEN" "$SHOP" "$TOPIC" || true
timeout $((DURATION + 60)) "$FIXED" 127.0.0.1 "$PORT" "$HALF" "$DURATION" "$CONNS" "$TOKEN" "$SHOP" "$TOPIC" || true
stop_pid "$SPID"
echo "stored $TOPIC: $(sqlite3 "$TMP/bench.db" "select count(*) from $TOPIC" 2>/dev/null || echo '?')"

DB=bva_bench_$$
if [ -n "${BVA_BENCH_SKIP_PG:-}" ]; then
  RPS_PG=0
elif createdb -d "$PG/postgres" "$DB" 2>/dev/null || psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null 2>&1; then
  start_bva "$PG/$DB"
  warm_up
  run_wrk "bva-server PostgreSQL (durable, authenticated)" PG
  HALFPG=$((RPS_PG / 2))
  echo "-- fixed rate at half the PostgreSQL throughput ($HALFPG/s, 4 connections):"
  timeout $((DURATION + 60)) "$FIXED" 127.0.0.1 "$PORT" "$HALFPG" "$DURATION" 4 "$TOKEN" "$SHOP" "$TOPIC" || true
  stop_pid "$SPID"
  psql "$PG/postgres" -qc "DROP DATABASE $DB" >/dev/null 2>&1 || true
else
  echo "PostgreSQL not reachable at $PG: skipped"; RPS_PG=0
fi

echo "== ratio to ceiling (medians): SQLite $(awk -v m="$MED_RATIO" 'BEGIN {printf "%d", 100 * m}')%, PostgreSQL $((100 * RPS_PG / ${MED_BARE%.*}))% (target SQLite >= 40%) =="
