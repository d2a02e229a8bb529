#!/bin/sh
# Webhook ingestion: bare QHttpServer (ceiling) vs bva-server on SQLite and on PostgreSQL, same run.
# Usage: tests/bench/server/run-server-bench.sh BUILD_DIR [DURATION_S] [CONNECTIONS]
# Env: BVA_BENCH_TOPIC orders (default: orders/created, webhook-orders.lua) or products (webhook.lua);
#      BVA_BENCH_THREADS wrk threads (default 1); BVA_BENCH_SKIP_PG=1 to leave PostgreSQL out.
# Needs: wrk, psql/createdb/dropdb for PostgreSQL (BVA_BENCH_PG, default postgres://bva:bva@127.0.0.1:5432).
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
if [ "$TOPIC" = orders ]; then SCRIPT=webhook-orders.lua; else SCRIPT=webhook.lua; fi
TMP=$(mktemp -d)
PIDS=""
cleanup() { for p in $PIDS; do kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

wait_ready() { # file
  i=0; while ! grep -q "listening on" "$1" 2>/dev/null; do i=$((i+1)); [ $i -gt 200 ] && { echo "server did not start"; cat "$1"; exit 1; }; sleep 0.1; done
}
run_wrk() { # label
  BVA_BENCH_TOKEN=$TOKEN BVA_BENCH_SHOP=$SHOP wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$HERE/$SCRIPT" "http://127.0.0.1:$PORT" > "$TMP/wrk.txt"
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
}
stop_pid() { kill "$1"; wait "$1" 2>/dev/null || true; }

echo "== webhook ingestion, wrk -t$THREADS -c$CONNS -d${DURATION}s, $TOPIC/created with bearer token =="
"$BARE" "$PORT" > "$TMP/bare.log" 2>&1 & BPID=$!; PIDS="$PIDS $BPID"; wait_ready "$TMP/bare.log"
run_wrk "ceiling (bare QHttpServer)" BARE
stop_pid "$BPID"

# CPU per delivery of each bva-server thread over the wrk run: steadier than req/s on a shared box.
thread_ticks() { for t in /proc/"$SPID"/task/*; do echo "${t##*/} $(tr ' ' _ < "$t/comm") $(awk '{print $14 + $15}' "$t/stat")"; done | sort; }
cpu_per_delivery() { # before-file after-file deliveries (threads started meanwhile count from zero)
  join -a 2 -e 0 -o 2.2,1.3,2.3 "$1" "$2" | awk -v n="$3" -v hz="$(getconf CLK_TCK)" \
    '{d[$1] += $3 - $2} END {for (t in d) if (d[t] > 0) printf "   %s %.1f CPU-us/delivery\n", t, d[t] * 1e6 / hz / n}'
}

start_bva "sqlite:$TMP/bench.db"
sleep 1 # the start-up's own work (hashing the dev integration's token) is not the deliveries'
thread_ticks > "$TMP/ticks0"
run_wrk "bva-server SQLite (durable, authenticated)" SQLITE
thread_ticks > "$TMP/ticks1"
cpu_per_delivery "$TMP/ticks0" "$TMP/ticks1" "$(awk '/requests in/ {print $1}' "$TMP/wrk.txt")"
HALF=$((RPS_SQLITE / 2))
echo "-- fixed rate at half the SQLite throughput ($HALF/s, 4 connections, then $CONNS as above):"
"$FIXED" 127.0.0.1 "$PORT" "$HALF" "$DURATION" 4 "$TOKEN" "$SHOP" "$TOPIC" || true
"$FIXED" 127.0.0.1 "$PORT" "$HALF" "$DURATION" "$CONNS" "$TOKEN" "$SHOP" "$TOPIC" || true
stop_pid "$SPID"
echo "stored $TOPIC: $(sqlite3 "$TMP/bench.db" "select count(*) from $TOPIC" 2>/dev/null || echo '?')"

DB=bva_bench_$$
if [ -n "${BVA_BENCH_SKIP_PG:-}" ]; then
  RPS_PG=0
elif createdb -d "$PG/postgres" "$DB" 2>/dev/null || psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null 2>&1; then
  start_bva "$PG/$DB"
  run_wrk "bva-server PostgreSQL (durable, authenticated)" PG
  HALFPG=$((RPS_PG / 2))
  echo "-- fixed rate at half the PostgreSQL throughput ($HALFPG/s, 4 connections):"
  "$FIXED" 127.0.0.1 "$PORT" "$HALFPG" "$DURATION" 4 "$TOKEN" "$SHOP" "$TOPIC" || true
  stop_pid "$SPID"
  psql "$PG/postgres" -qc "DROP DATABASE $DB" >/dev/null 2>&1 || true
else
  echo "PostgreSQL not reachable at $PG: skipped"; RPS_PG=0
fi

echo "== ratio to ceiling: SQLite $((100 * RPS_SQLITE / RPS_BARE))%, PostgreSQL $((100 * RPS_PG / RPS_BARE))% (target SQLite >= 40%) =="
