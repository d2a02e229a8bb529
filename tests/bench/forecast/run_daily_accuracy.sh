#!/bin/sh
# Accuracy on simulator-like daily data: bva-forecast --evaluate versus R's ets() (season 7) and
# seasonal naive on the same 28-day holdouts. ets() is slow on daily data, so a sample of products.
# Usage: tests/bench/forecast/run_daily_accuracy.sh [BUILD_DIR] [PRODUCTS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-forecast}
products=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench="$build/tests/bench/forecast/bva-bench-forecast"
[ -x "$bench" ] || bench="$build/bva-bench-forecast"
bin="$build/app/bva-forecast"
[ -x "$bin" ] || bin="$build/bva-forecast"
"$bench" --products "$products" --speed-only --write-csv "$work/daily.csv" > /dev/null
"$bin" --evaluate 28 "$work/daily.csv" > "$work/bva.csv"
Rscript "$here/ets_eval.R" "$work/daily.csv" 28 7 > "$work/ets.csv"
bva=$(grep '^mean,' "$work/bva.csv" | cut -d, -f3)
naive=$(grep '^mean,' "$work/bva.csv" | cut -d, -f5)
ets=$(grep '^mean,' "$work/ets.csv" | cut -d, -f3)
rnaive=$(grep '^mean,' "$work/ets.csv" | cut -d, -f5)
awk -v b="$bva" -v n="$naive" -v e="$ets" -v r="$rnaive" 'BEGIN {
  printf "daily mean MASE: bva %.4f, seasonal naive %.4f (bva %.1f%% better), ets() %.4f (bva/ets = %.3f; R snaive %.4f)\n", b, n, 100 * (1 - b / n), e, b / e, r }'
