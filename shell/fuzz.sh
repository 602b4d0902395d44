#!/usr/bin/env bash
# Fuzzes the backup importer with libFuzzer (clang, with AddressSanitizer and UBSan).
#   shell/fuzz.sh [SECONDS]      default 60; findings land in build/fuzz/findings/
# The corpus grows in build/fuzz/corpus, seeded from tests/fixtures; every test run replays
# the seeds (ctest: import_fuzz_seed_corpus).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || fail "SECONDS must be a whole number, not '$seconds'"
bash "$LEEWAY_ROOT/shell/setup.sh"
command -v clang++ >/dev/null || fail "clang++ is missing (Debian package clang)"

dir=$(build_dir fuzz)
mkdir -p "$dir/corpus" "$dir/findings"
say "Building the importer fuzzer with clang"
CC=clang CXX=clang++ cmake -S "$LEEWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEEWAY_FUZZ=ON -DLEEWAY_CACHE="$LEEWAY_CACHE" -DLEEWAY_IMGUI_DIR="$IMGUI_SOURCE_DIR" \
    >"$dir.configure.log" 2>&1 || fail "configuring the fuzz build failed (see $dir.configure.log)"
cmake --build "$dir" --target leeway_import_fuzzer >/dev/null || fail "building the fuzzer failed"

say "Fuzzing the importer for $seconds s"
"$dir/leeway_import_fuzzer" "$dir/corpus" "$LEEWAY_ROOT/tests/fixtures" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$dir/findings/" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR|SUMMARY" || true
found=$(find "$dir/findings" -type f | wc -l)
echo "corpus: $(find "$dir/corpus" -type f | wc -l) inputs; findings: $found"
[ "$found" -eq 0 ] || fail "the fuzzer found crashing inputs in $dir/findings"
