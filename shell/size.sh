#!/usr/bin/env bash
# Prints every file of the built site, raw and as `gzip -9`, and two totals: what a first visit
# downloads (the size budget) and everything. Files the service worker lists as on demand
# (sw.js: the font files of other scripts, the icons) are marked: a first visit does not fetch
# them. Precompressed siblings (.gz, .br) are left out: they are other encodings of the same files.
#   shell/size.sh [SITE_DIR]      (default: build/web/site)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

site="${1:-$(build_dir web)/site}"
[ -f "$site/index.html" ] || fail "no built site in $site (build the web app first)"

on_demand=$(python3 -c '
import json, re, sys
worker = open(sys.argv[1], encoding="utf-8").read()
build = json.loads(re.search(r"/\* leeway-build \*/(.*?)/\* /leeway-build \*/", worker, re.S).group(1))
print("\n".join(build.get("onDemand", {})))' "$site/sw.js")

total_raw=0
total_gzip=0
first_raw=0
first_gzip=0
printf '%-24s %10s %10s\n' file raw gzip-9
while IFS= read -r -d '' path; do
    name="${path#"$site"/}"
    raw=$(stat -c %s "$path")
    packed=$(gzip -9 -c "$path" | wc -c)
    total_raw=$((total_raw + raw))
    total_gzip=$((total_gzip + packed))
    if grep -qxF "$name" <<<"$on_demand"; then
        printf '%-24s %10d %10d   on demand\n' "$name" "$raw" "$packed"
    else
        first_raw=$((first_raw + raw))
        first_gzip=$((first_gzip + packed))
        printf '%-24s %10d %10d\n' "$name" "$raw" "$packed"
    fi
done < <(find "$site" -type f ! -name '*.gz' ! -name '*.br' ! -name '.*' -print0 | sort -z)
printf '%-24s %10d %10d   (%d KB gzip)\n' "first visit" "$first_raw" "$first_gzip" $(((first_gzip + 1023) / 1024))
printf '%-24s %10d %10d   (%d KB gzip)\n' "every file" "$total_raw" "$total_gzip" $(((total_gzip + 1023) / 1024))
