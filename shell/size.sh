#!/usr/bin/env bash
# Prints what a first visit downloads: every file of the built site, raw and as `gzip -9`, and the
# totals (issue 9's size budget is the gzip total). Precompressed siblings (.gz, .br) are left out:
# they are other encodings of the same files.
#   shell/size.sh [SITE_DIR]      (default: build/web/site)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

site="${1:-$(build_dir web)/site}"
[ -f "$site/index.html" ] || fail "no built site in $site (build the web app first)"

total_raw=0
total_gzip=0
printf '%-24s %10s %10s\n' file raw gzip-9
while IFS= read -r -d '' path; do
    name="${path#"$site"/}"
    raw=$(stat -c %s "$path")
    packed=$(gzip -9 -c "$path" | wc -c)
    total_raw=$((total_raw + raw))
    total_gzip=$((total_gzip + packed))
    printf '%-24s %10d %10d\n' "$name" "$raw" "$packed"
done < <(find "$site" -type f ! -name '*.gz' ! -name '*.br' ! -name '.*' -print0 | sort -z)
printf '%-24s %10d %10d   (%d KB gzip)\n' total "$total_raw" "$total_gzip" $(((total_gzip + 1023) / 1024))
