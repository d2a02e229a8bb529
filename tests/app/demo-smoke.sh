#!/bin/sh
# The README's run command as a test: `bva --demo --screenshots DIR` starts the two demo marketplaces,
# connects both shops, draws every page and exits 0; every page's PNG must really be drawn.
# Usage: demo-smoke.sh BVA CHECKER OUTDIR
set -eu
bva=$1 checker=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
if command -v xvfb-run >/dev/null 2>&1; then
    unset QT_QPA_PLATFORM
    xvfb-run -a -s "-screen 0 1440x900x24" "$bva" --demo --screenshots "$out"
else
    QT_QPA_PLATFORM=offscreen "$bva" --demo --screenshots "$out"
fi
python3 "$checker" "$out"
