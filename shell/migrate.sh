#!/usr/bin/env bash
# Brings every stored backup up to the format version the code writes, after that version was
# raised (the steps are in assets/schema/README.md):
#   tests/fixtures/backup-vN.json  ->  tests/fixtures/backup-vN-migrated.json, for each older N
#   assets/example/*.json          ->  rewritten in place
# Each result is what `leeway-backup migrate` makes of the file, checked by `leeway-backup check`.
# The tests (backup_schema_holds_what_the_app_writes) fail while any of them is out of date.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$LEEWAY_ROOT/shell/setup.sh"
build_native >/dev/null
tool="$(build_dir native)/leeway-backup"
version=$(sed -n 's/^constexpr int kBackupSchemaVersion = \([0-9]*\);/\1/p' "$LEEWAY_ROOT/src/core/backup.h")
[[ -n "$version" ]] || fail "kBackupSchemaVersion not found in src/core/backup.h"

migrate() { # FROM TO
    local made
    made=$(mktemp)
    "$tool" migrate "$1" >"$made" || { rm -f "$made"; fail "leeway-backup could not migrate $1"; }
    "$tool" check "$made" >/dev/null || { rm -f "$made"; fail "the migrated $1 does not check"; }
    if cmp -s "$made" "$2"; then
        rm -f "$made"
    else
        mv "$made" "$2"
        say "wrote ${2#"$LEEWAY_ROOT"/}"
    fi
}

for fixture in "$LEEWAY_ROOT"/tests/fixtures/backup-v*.json; do
    [[ "$fixture" =~ /backup-v([0-9]+)\.json$ ]] || continue
    (( BASH_REMATCH[1] < version )) && migrate "$fixture" "${fixture%.json}-migrated.json"
done
[[ -f "$LEEWAY_ROOT/tests/fixtures/backup-v$version.json" ]] ||
    say "tests/fixtures/backup-v$version.json is missing: write one by hand that uses every new field"
for example in "$LEEWAY_ROOT"/assets/example/*.json; do
    migrate "$example" "$example"
done
say "every stored backup is at format version $version"
