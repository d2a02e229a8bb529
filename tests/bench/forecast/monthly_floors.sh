#!/bin/sh
# Issue 22, monthly: how much of bva's MASE on the retail-like monthly sets is the level's, how much the month
# shape's, each against what could be known (no R fit needed). Per seed: the 40-per-class sets of
# run_retail_accuracy.sh, bva-forecast --horizon 12 on the first 36 months, then monthly_floors.R.
# Usage: tests/bench/forecast/monthly_floors.sh BUILD_DIR SERIES_PER_CLASS SEED [SEED...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$1
per_class=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seed in "$@"; do
    mkdir -p "$work/$seed"
    "$build/tests/bench/forecast/bva-bench-forecast" --retail-csv "$work/$seed" --per-class "$per_class" --seed "$seed" >/dev/null
    awk -F, 'NR == 1 || $2 < "2025-11-01"' "$work/$seed/monthly.csv" > "$work/$seed/train.csv"
    "$build/app/bva-forecast" --horizon 12 "$work/$seed/train.csv" > "$work/$seed/forecast.csv"
done
cd "$work"
Rscript "$here/monthly_floors.R" "$@"
