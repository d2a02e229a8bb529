#!/bin/sh
# The write path against its anchors, in one run (docs/BENCHMARKS.md "Write path"):
#  1. store: bva-bench (100k orders, 10k products) vs the same work done set-based from Python
#     (tests/bench/store/sqlite_setbased.py), orders per CPU-second, ratio printed;
#  2. full sync end to end from bva-clone into bva-server (run-e2e-sync.py), SQLite and PostgreSQL;
#  3. webhook ingestion vs a bare QHttpServer (run-server-bench.sh), ratio printed.
# Usage: tests/bench/run-write-path.sh BUILD_DIR   (a Release build with -DBVA_BUILD_BENCH=ON)
# Env: BVA_BENCH_ORDERS (100000), BVA_BENCH_SKIP_PG=1, BVA_BENCH_SKIP_E2E=1, BVA_BENCH_SKIP_WEBHOOKS=1.
set -eu
BUILD=${1:?build dir}
HERE=$(cd "$(dirname "$0")" && pwd)
N=${BVA_BENCH_ORDERS:-100000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

echo "== 1. store write, $N orders: set-based Python anchor vs bva-bench (SQLite) =="
python3 "$HERE/store/sqlite_setbased.py" "$N" "$TMP/anchor.db" | tee "$TMP/anchor.txt"
"$BUILD/tests/bench/store/bva-bench" --orders "$N" --products 10000 --backend sqlite | tee "$TMP/bva.txt"
ANCHOR=$(sed -n 's/.* \([0-9,]*\) per CPU-s.*/\1/p' "$TMP/anchor.txt" | tr -d ,)
BVA=$(awk '$1 == "sqlite" && $4 ~ /^[0-9.]+$/ {print int($4)}' "$TMP/bva.txt" | head -1)
if [ -n "$ANCHOR" ] && [ -n "$BVA" ]; then
  echo "== store ratio: bva-bench $BVA / anchor $ANCHOR orders per CPU-s = $(awk "BEGIN {printf \"%.2f\", $BVA / $ANCHOR}")x (target >= 1.0x) =="
fi
if [ -z "${BVA_BENCH_SKIP_PG:-}" ]; then
  "$BUILD/tests/bench/store/bva-bench" --orders "$N" --products 10000 --backend postgres || true
fi

if [ -z "${BVA_BENCH_SKIP_E2E:-}" ]; then
  echo "== 2. full sync end to end (target SQLite < 10 s and < 300 MB, PostgreSQL < 25 s) =="
  python3 "$HERE/sync/run-e2e-sync.py" "$BUILD" --backend sqlite
  [ -n "${BVA_BENCH_SKIP_PG:-}" ] || python3 "$HERE/sync/run-e2e-sync.py" "$BUILD" --backend postgres
fi

if [ -z "${BVA_BENCH_SKIP_WEBHOOKS:-}" ]; then
  echo "== 3. webhook ingestion (target >= 40% of the bare server, p99 < 10 ms at half load) =="
  "$HERE/server/run-server-bench.sh" "$BUILD" 10 32
fi
