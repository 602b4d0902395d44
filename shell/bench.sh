#!/usr/bin/env bash
# Sets everything up, builds optimized native benchmarks and prints their figures.
# Figures only: no thresholds here, so a slow machine never fails a build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$LEEWAY_ROOT/shell/setup.sh"
dir=$(build_dir bench)
mkdir -p "$dir"
say "Building the native benchmarks (release)"
cmake -S "$LEEWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEEWAY_WERROR=ON \
    -DLEEWAY_CACHE="$LEEWAY_CACHE" -DLEEWAY_IMGUI_DIR="$IMGUI_SOURCE_DIR" >"$dir.configure.log" 2>&1 ||
    fail "configuring the benchmark build failed (see $dir.configure.log)"
cmake --build "$dir" -j "$(jobs_count)" --target leeway_mirror_bench >/dev/null ||
    fail "building the benchmarks failed"
"$dir/leeway_mirror_bench"

say "Building the web app for the browser figures"
build_web >/dev/null
LEEWAY_SITE_DIR="$(build_dir web)/site" node "$LEEWAY_ROOT/tests/bench/save_latency.mjs"
