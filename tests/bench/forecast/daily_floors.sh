#!/bin/sh
# Issue 22, daily smooth: how much of bva's MASE on the retail-like daily sets is the level's, the weekday
# profile's, the payday days' and the within-horizon trend's, each against what the history could tell
# (no R fit needed). Per seed: the sets of run_retail_accuracy.sh, bva-forecast --horizon 28 on the first
# 365 days, then daily_floors.R.
# Usage: tests/bench/forecast/daily_floors.sh BUILD_DIR SERIES_PER_CLASS SEED [SEED...]
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
    awk -F, 'NR == 1 || $2 < "2026-10-04"' "$work/$seed/daily.csv" > "$work/$seed/train.csv"
    "$build/app/bva-forecast" --horizon 28 "$work/$seed/train.csv" > "$work/$seed/forecast.csv"
done
cd "$work"
Rscript "$here/daily_floors.R" "$@"
