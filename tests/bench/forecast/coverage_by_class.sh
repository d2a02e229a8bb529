#!/bin/sh
# Interval coverage and mean MASE per demand class of bva-forecast alone (no R): for checking interval
# changes on larger retail sets than run_retail_accuracy.sh's 40 SKUs per class, where one class's
# coverage still moves by about 2 points from one data set to the next (issue 22, docs/forecasting.md).
# Usage: tests/bench/forecast/coverage_by_class.sh [BUILD_DIR] [SERIES_PER_CLASS] [SEED] [daily|monthly]
set -eu
build=${1:-build/release}
per_class=${2:-200}
seed=${3:-20261205}
set=${4:-monthly}
if [ "$set" = daily ]; then k=28; else k=12; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/bench/forecast/bva-bench-forecast" --retail-csv "$work" --per-class "$per_class" --seed "$seed" >/dev/null
# Columns from the end (the model name may hold commas): mase is 7th last, cover80 2nd last, cover95 last.
"$build/app/bva-forecast" --evaluate "$k" "$work/$set.csv" | awk -F, -v label="$set $seed" '
  NR == 1 || $1 == "mean" { next }
  { g = $1; sub(/-.*/, "", g); n[g]++; mase[g] += $(NF - 6); c80[g] += $(NF - 1); c95[g] += $NF }
  END { for (g in n) printf "%s %-13s n %4d  mase %.3f  80%% %.1f%%  95%% %.1f%%\n", label, g, n[g], mase[g] / n[g], 100 * c80[g] / n[g], 100 * c95[g] / n[g] }' | sort
