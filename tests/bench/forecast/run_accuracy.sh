#!/bin/sh
# Accuracy on real public monthly series: bva-forecast --evaluate versus R's ets() and seasonal
# naive on the same 12-month holdouts, in one run. Needs r-cran-forecast (apt-get install -y r-cran-forecast).
# Usage: tests/bench/forecast/run_accuracy.sh [BUILD_DIR] [K]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-forecast}
k=${2:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
Rscript "$here/export_series.R" "$work/monthly.csv"
bin="$build/app/bva-forecast"
[ -x "$bin" ] || bin="$build/bva-forecast"
"$bin" --evaluate "$k" "$work/monthly.csv" > "$work/bva.csv"
Rscript "$here/ets_eval.R" "$work/monthly.csv" "$k" > "$work/ets.csv"
echo "== bva-forecast --evaluate $k"; cat "$work/bva.csv"
echo "== R forecast::ets() and snaive()"; cat "$work/ets.csv"
bva=$(grep '^mean,' "$work/bva.csv" | cut -d, -f3)
naive=$(grep '^mean,' "$work/bva.csv" | cut -d, -f5)
ets=$(grep '^mean,' "$work/ets.csv" | cut -d, -f3)
awk -v b="$bva" -v n="$naive" -v e="$ets" 'BEGIN {
  printf "mean MASE: bva %.4f, seasonal naive %.4f (bva %.1f%% better), ets() %.4f (bva/ets = %.3f)\n", b, n, 100 * (1 - b / n), e, b / e }'
