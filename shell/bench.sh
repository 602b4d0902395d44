#!/usr/bin/env bash
# Sets everything up, builds optimized benchmarks, Leeway and the reference (Dear ImGui's own
# example_sdl2_opengl3, shell/build_reference.sh) and prints their figures: the screen mirror's
# cost, save latency, then Leeway against the reference in headless Chromium (tests/bench/compare.mjs).
# Figures only: no thresholds here, so a slow machine never fails a build. Takes a few minutes
# once everything is built; not part of shell/test.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$LEEWAY_ROOT/shell/setup.sh"
dir=$(build_dir bench)
mkdir -p "$dir"
say "Building the native benchmarks (release)"
cmake -S "$LEEWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEEWAY_WERROR=ON \
    -DLEEWAY_CACHE="$LEEWAY_CACHE" -DLEEWAY_IMGUI_DIR="$IMGUI_SOURCE_DIR" \
    -DLEEWAY_QRCODEGEN_DIR="$QRCODEGEN_SOURCE_DIR" >"$dir.configure.log" 2>&1 ||
    fail "configuring the benchmark build failed (see $dir.configure.log)"
cmake --build "$dir" -j "$(jobs_count)" --target leeway_mirror_bench leeway_backup_bench leeway-backup >/dev/null ||
    fail "building the benchmarks failed"
"$dir/leeway_mirror_bench"

say "Building the web app for the browser figures"
build_web >/dev/null
LEEWAY_SITE_DIR="$(build_dir web)/site" node "$LEEWAY_ROOT/tests/bench/save_latency.mjs"

bash "$LEEWAY_ROOT/shell/build_reference.sh"

# Three years of daily use, dated to end today; the app's own importer must accept it.
workbook="$dir/large-workbook.json"
"$dir/leeway-backup" generate-large >"$workbook" || fail "generating the large workbook failed"
"$dir/leeway-backup" check "$workbook" >/dev/null || fail "the large workbook is not a valid backup"

say "Leeway against the reference in headless Chromium (takes a few minutes)"
node "$LEEWAY_ROOT/tests/bench/compare.mjs" --leeway "$(build_dir web)/site" \
    --reference "$(build_dir reference)/site" --workbook "$workbook" --native-bench "$dir/leeway_backup_bench"
