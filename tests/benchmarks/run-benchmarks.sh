#!/bin/sh
# Runs every benchmark on generated histories of 1, 3 and 10 years (kept in build/bench-data, generated
# once per seed) and prints each figure with its anchor and ratio. Usage, from the source folder after
# `cmake --build build --target cercles-cli bench_start bench_record bench_search bench_cli`:
#     tests/benchmarks/run-benchmarks.sh [build folder] [years...]
set -eu
build=${1:-build}
shift 2>/dev/null || true
years=${*:-1 3 10}
data="$build/bench-data"
mkdir -p "$data"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
demo="$data/demo.cercles"
[ -f "$demo" ] || "$build/app/cercles-cli" demo "$demo"
# Files kept from an older build are brought to the current format (their copies, *.vN.bak, are not kept).
upgrade() {
    "$build/app/cercles-cli" upgrade "$1" | grep -q "upgraded from" && rm -f "$1".v*.bak
    return 0
}
upgrade "$demo"
echo "== the demo file: $demo"
"$build/tests/benchmarks/bench_start" "$demo"
for y in $years; do
    file="$data/history-${y}y.cercles"
    [ -f "$file" ] || "$build/app/cercles-cli" generate "$file" --years "$y"
    upgrade "$file"
    echo "== $y year(s): $file"
    for bench in bench_start bench_record bench_search bench_cli; do
        "$build/tests/benchmarks/$bench" "$file"
    done
done
