#!/usr/bin/env bash
# Sets everything up, then runs every test: native build with warnings as errors, the core
# unit tests natively and as wasm under Node, and the browser tests in headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$LEEWAY_ROOT/shell/setup.sh"

say "Code format (clang-format with .clang-format)"
(cd "$LEEWAY_ROOT" && git ls-files -z 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' |
    xargs -0 clang-format --dry-run --Werror) || fail "the code above is not formatted: run clang-format -i on it"

say "Native build (warnings are errors)"
build_native
say "Core, screen and monkey tests, native (AddressSanitizer and UBSan)"
ctest --test-dir "$(build_dir native)" --output-on-failure -j "$(jobs_count)"

say "Web build (release)"
build_web
say "Core unit tests, wasm under Node"
ctest --test-dir "$(build_dir web)" --output-on-failure

say "Browser tests, headless Chromium"
export LEEWAY_SITE_DIR="$(build_dir web)/site"
export LEEWAY_SCREENSHOT_DIR="$LEEWAY_ROOT/build/screenshots"
export LEEWAY_BACKUP_TOOL="$(build_dir native)/leeway-backup"
cd "$LEEWAY_ROOT/tests/e2e"
exec node --test --test-reporter=spec --test-concurrency=1 ./*.test.mjs
