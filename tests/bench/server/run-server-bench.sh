#!/bin/sh
# Webhook ingestion: bare QHttpServer (ceiling) vs bva-server on SQLite, in interleaved rounds, then
# PostgreSQL once. Each round starts both servers fresh and measures them the same way: the same wrk
# command and request bytes, a warm-up run that is not counted, then the measured run; which server
# goes first alternates between rounds. What is printed: each round's pair and ratio, then the median
# ratio over the rounds (the box's drift between two runs a minute apart moved a single pair's ratio
# by up to 0.14 (docs/BENCHMARKS.md); within a round the two runs are seconds apart).
# Usage: tests/bench/server/run-server-bench.sh BUILD_DIR [DURATION_S] [CONNECTIONS]
# Env: BVA_BENCH_ROUNDS rounds (default 5); BVA_BENCH_WARMUP_S warm-up per run (default 2);
#      BVA_BENCH_TOPIC orders (default: orders/created, webhook-orders.lua) or products (webhook.lua);
#      BVA_BENCH_THREADS wrk threads (default 1); BVA_BENCH_WRK_CPU pins wrk to that CPU (taskset) in
#      both servers' runs (default: not pinned); BVA_BENCH_PORT; BVA_BENCH_SKIP_PG=1 to leave PostgreSQL out.
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
ROUNDS=${BVA_BENCH_ROUNDS:-5}
WARMUP=${BVA_BENCH_WARMUP_S:-2}
PIN=""
[ -n "${BVA_BENCH_WRK_CPU:-}" ] && PIN="taskset -c $BVA_BENCH_WRK_CPU"
if [ "$TOPIC" = orders ]; then SCRIPT=webhook-orders.lua; else SCRIPT=webhook.lua; fi
TMP=$(mktemp -d)
PIDS=""
cleanup() { for p in $PIDS; do kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

wait_ready() { # file
  i=0; while ! grep -q "listening on" "$1" 2>/dev/null; do i=$((i+1)); [ $i -gt 200 ] && { echo "server did not start"; cat "$1"; exit 1; }; sleep 0.1; done
}
wrk_run() { # seconds output-file: the one wrk command both servers get
  BVA_BENCH_TOKEN=$TOKEN BVA_BENCH_SHOP=$SHOP $PIN wrk -t"$THREADS" -c"$CONNS" -d"${1}s" --latency \
    -s "$HERE/$SCRIPT" "http://127.0.0.1:$PORT" > "$2"
}
warm_up() { if [ "$WARMUP" -gt 0 ]; then wrk_run "$WARMUP" "$TMP/warmup.txt"; fi; }
run_wrk() { # label variable: the measured run; sets RPS_<variable>
  wrk_run "$DURATION" "$TMP/wrk.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$TMP/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$TMP/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$TMP/wrk.txt")
  echo "$1: ${rps} req/s, p99 ${p99}, non-2xx ${non2xx:-0}"
  eval "RPS_$2=\${rps%.*}"
}
start_bva() { # db-url
  BVA_DEV_INTEGRATIONS="shopee:$SHOP:$TOKEN" "$SERVER" --db "$1" --listen "127.0.0.1:$PORT" --rate-limit 0 \
    --memory-vault --no-sync > "$TMP/server.log" 2>&1 &
  SPID=$!; PIDS="$PIDS $SPID"; wait_ready "$TMP/server.log"
  sleep 1 # the start-up's own work (hashing the dev integration's token) is not the deliveries'
}
start_bare() {
  "$BARE" "$PORT" > "$TMP/bare.log" 2>&1 & BPID=$!; PIDS="$PIDS $BPID"; wait_ready "$TMP/bare.log"
  sleep 1
}
stop_pid() { kill "$1"; wait "$1" 2>/dev/null || true; }
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# CPU per delivery of each bva-server thread over the measured run: steadier than req/s on a shared box.
thread_ticks() { for t in /proc/"$SPID"/task/*; do echo "${t##*/} $(tr ' ' _ < "$t/comm") $(awk '{print $14 + $15}' "$t/stat")"; done | sort; }
cpu_per_delivery() { # before-file after-file deliveries (threads started meanwhile count from zero)
  join -a 2 -e 0 -o 2.2,1.3,2.3 "$1" "$2" | awk -v n="$3" -v hz="$(getconf CLK_TCK)" \
    '{d[$1] += $3 - $2} END {for (t in d) if (d[t] > 0) printf "   %s %.1f CPU-us/delivery\n", t, d[t] * 1e6 / hz / n}'
}
round_bare() {
  start_bare
  warm_up
  run_wrk "  ceiling (bare QHttpServer)" BARE
  stop_pid "$BPID"
}
round_bva() { # round number
  start_bva "sqlite:$TMP/bench-$1.db"
  warm_up
  thread_ticks > "$TMP/ticks0"
  run_wrk "  bva-server SQLite (durable, authenticated)" SQLITE
  thread_ticks > "$TMP/ticks1"
  cpu_per_delivery "$TMP/ticks0" "$TMP/ticks1" "$(awk '/requests in/ {print $1}' "$TMP/wrk.txt")"
  stop_pid "$SPID"
  rm -f "$TMP/bench-$1.db"*
}

echo "== webhook ingestion, wrk -t$THREADS -c$CONNS -d${DURATION}s (after ${WARMUP}s unmeasured), $TOPIC/created with bearer token, $ROUNDS rounds =="
: > "$TMP/rounds"
r=1
while [ "$r" -le "$ROUNDS" ]; do
  echo "-- round $r"
  if [ $((r % 2)) -eq 1 ]; then round_bare; round_bva "$r"; else round_bva "$r"; round_bare; fi
  echo "$r $RPS_BARE $RPS_SQLITE" >> "$TMP/rounds"
  echo "  ratio $(awk -v a="$RPS_SQLITE" -v b="$RPS_BARE" 'BEGIN {printf "%.3f", a / b}')"
  r=$((r + 1))
done
MED_BARE=$(awk '{print $2}' "$TMP/rounds" | median)
MED_SQLITE=$(awk '{print $3}' "$TMP/rounds" | median)
MED_RATIO=$(awk '{printf "%.4f\n", $3 / $2}' "$TMP/rounds" | median)
echo "== rounds: ratios $(awk '{printf "%.3f ", $3 / $2}' "$TMP/rounds")=="
echo "== median over $ROUNDS rounds: bare ${MED_BARE%.*} req/s, bva-server SQLite ${MED_SQLITE%.*} req/s, ratio $(awk -v m="$MED_RATIO" 'BEGIN {printf "%.3f", m}') (target >= 0.40) =="

HALF=$((${MED_SQLITE%.*} / 2))
echo "-- fixed rate at half the median SQLite throughput ($HALF/s, 4 connections, then $CONNS), a fresh server:"
start_bva "sqlite:$TMP/bench.db"
"$FIXED" 127.0.0.1 "$PORT" "$HALF" "$DURATION" 4 "$TOKEN" "$SHOP" "$TOPIC" || true
"$FIXED" 127.0.0.1 "$PORT" "$HALF" "$DURATION" "$CONNS" "$TOKEN" "$SHOP" "$TOPIC" || true
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
  "$FIXED" 127.0.0.1 "$PORT" "$HALFPG" "$DURATION" 4 "$TOKEN" "$SHOP" "$TOPIC" || true
  stop_pid "$SPID"
  psql "$PG/postgres" -qc "DROP DATABASE $DB" >/dev/null 2>&1 || true
else
  echo "PostgreSQL not reachable at $PG: skipped"; RPS_PG=0
fi

echo "== ratio to ceiling (medians): SQLite $(awk -v m="$MED_RATIO" 'BEGIN {printf "%d", 100 * m}')%, PostgreSQL $((100 * RPS_PG / ${MED_BARE%.*}))% (target SQLite >= 40%) =="
