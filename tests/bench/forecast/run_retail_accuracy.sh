#!/bin/sh
# Issue 22's held-out evaluation: retail-like smooth, intermittent and lumpy series (weekly and payday
# effects), daily (365 days, 28 held out, MASE scaled by the in-sample weekly seasonal naive) and
# monthly (48 months, 12 held out), bva-forecast against R's forecast::ets() and the seasonal naive in
# the same run, per class and overall, with 80% and 95% interval coverage.
# R's ets() takes seconds per daily series, so its answers are cached in CACHE_DIR under a key made of
# the data, the holdout and the R script: a rerun on the same data refits nothing.
# Usage: tests/bench/forecast/run_retail_accuracy.sh [BUILD_DIR] [SERIES_PER_CLASS] [SEED]
#        (BVA_R_CACHE=dir to move the cache; default BUILD_DIR/forecast-r-cache)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/release}
per_class=${2:-40}
seed=${3:-20261205}
cache=${BVA_R_CACHE:-$build/forecast-r-cache}
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench="$build/tests/bench/forecast/bva-bench-forecast"
bin="$build/app/bva-forecast"
"$bench" --retail-csv "$work" --per-class "$per_class" --seed "$seed"
for set in daily monthly; do
    if [ "$set" = daily ]; then k=28; m=7; else k=12; m=12; fi
    key=$(cat "$work/$set.csv" "$here/ets_eval.R" | md5sum | cut -c1-16)
    ets="$cache/ets-$set-$k-$m-$key.csv"
    if [ ! -s "$ets" ]; then
        echo "R ets() on $set ($per_class per class), caching to $ets" >&2
        nice -n 15 Rscript "$here/ets_eval.R" "$work/$set.csv" "$k" "$m" > "$ets.tmp"
        mv "$ets.tmp" "$ets"
    fi
    "$bin" --evaluate "$k" "$work/$set.csv" > "$work/bva-$set.csv"
    Rscript "$here/summarize_retail.R" "$work/bva-$set.csv" "$ets" "$set" "$work/oracle-$set.csv"
done
