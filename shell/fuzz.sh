#!/usr/bin/env bash
# Fuzzes with libFuzzer (clang, with AddressSanitizer and UBSan), each target in turn:
#   import      the backup importer, seeded from tests/fixtures
#   take-home   the take-home link's decoders, seeded from tests/fuzz/take_home_seeds
#   json        the JSON reader against nlohmann, seeded from tests/fuzz/json_seeds and tests/fixtures
#   shell/fuzz.sh [SECONDS] [TARGET]   SECONDS per target, default 60; TARGET default: all three.
# Findings land in build/fuzz/findings/; the corpora grow in build/fuzz/corpus-TARGET. Every
# test run replays the seeds (ctest: import_fuzz_seed_corpus, take_home_fuzz_seed_corpus,
# json_fuzz_seed_corpus).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
targets="${2:-import take-home json}"
[[ "$seconds" =~ ^[0-9]+$ ]] || fail "SECONDS must be a whole number, not '$seconds'"
bash "$LEEWAY_ROOT/shell/setup.sh"
command -v clang++ >/dev/null || fail "clang++ is missing (Debian package clang)"

dir=$(build_dir fuzz)
mkdir -p "$dir/findings"
say "Building the fuzzers with clang"
CC=clang CXX=clang++ cmake -S "$LEEWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEEWAY_FUZZ=ON -DLEEWAY_CACHE="$LEEWAY_CACHE" -DLEEWAY_IMGUI_DIR="$IMGUI_SOURCE_DIR" \
    -DLEEWAY_QRCODEGEN_DIR="$QRCODEGEN_SOURCE_DIR" \
    >"$dir.configure.log" 2>&1 || fail "configuring the fuzz build failed (see $dir.configure.log)"
cmake --build "$dir" --target leeway_import_fuzzer leeway_take_home_fuzzer leeway_json_fuzzer >/dev/null ||
    fail "building the fuzzers failed"

for target in $targets; do
    case "$target" in
    import) binary=leeway_import_fuzzer seeds="$LEEWAY_ROOT/tests/fixtures" ;;
    take-home) binary=leeway_take_home_fuzzer seeds="$LEEWAY_ROOT/tests/fuzz/take_home_seeds" ;;
    json) binary=leeway_json_fuzzer seeds="$LEEWAY_ROOT/tests/fuzz/json_seeds $LEEWAY_ROOT/tests/fixtures" ;;
    *) fail "unknown target '$target' (import, take-home or json)" ;;
    esac
    mkdir -p "$dir/corpus-$target"
    say "Fuzzing $target for $seconds s"
    # shellcheck disable=SC2086 # seeds may name more than one folder
    "$dir/$binary" "$dir/corpus-$target" $seeds \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$dir/findings/$target-" 2>&1 |
        grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR|SUMMARY" || true
    echo "$target corpus: $(find "$dir/corpus-$target" -type f | wc -l) inputs"
done
found=$(find "$dir/findings" -type f | wc -l)
echo "findings: $found"
[ "$found" -eq 0 ] || fail "the fuzzer found crashing inputs in $dir/findings"
