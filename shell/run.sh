#!/usr/bin/env bash
# Sets everything up, builds the web app and serves it: http://127.0.0.1:8080/ by default.
#   shell/run.sh [--port N] [--bind ADDRESS]      (or PORT=N, BIND=ADDRESS)
# Ctrl+C stops the server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

port="${PORT:-8080}"
bind="${BIND:-127.0.0.1}"
while [ $# -gt 0 ]; do
    case "$1" in
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --port=*) port="${1#*=}"; shift ;;
    --bind) bind="${2:?--bind needs an address}"; shift 2 ;;
    --bind=*) bind="${1#*=}"; shift ;;
    -h | --help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (try --help)" ;;
    esac
done
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] ||
    fail "the port must be a number from 1 to 65535, not '$port'"

bash "$LEEWAY_ROOT/shell/setup.sh"
say "Building the web app"
build_web >/dev/null
exec python3 "$LEEWAY_ROOT/shell/serve.py" "$(build_dir web)/site" --bind "$bind" --port "$port"
