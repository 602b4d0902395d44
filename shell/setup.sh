#!/usr/bin/env bash
# Installs and builds everything Leeway needs. Safe to run again: finished steps are skipped.
#   - Debian packages (Emscripten, CMake, headers, fonts, Chromium for tests)
#   - a deb-src entry, then the pinned SDL2 and Dear ImGui source packages, checksums verified
#   - SDL2 built for WebAssembly once, into a cache outside the clone ($LEEWAY_CACHE)
#   - playwright-core and axe-core for the browser tests
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PACKAGES=(
    emscripten cmake ninja-build make python3 xz-utils terser
    nlohmann-json3-dev doctest-dev
    fonts-inter python3-fonttools python3-brotli brotli
    chromium zbar-tools cmark-gfm python3-jsonschema
    clang libclang-rt-14-dev clang-format
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        fail "'$*' needs root and sudo is not available; run it as root once, then run this script again"
    fi
}

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    say "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -q >/dev/null ||
        fail "apt-get update failed; check the network connection to the Debian mirror"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >/dev/null || fail "could not install: ${missing[*]}"
}

source_version_known() { # package version
    local versions
    versions=$(apt-cache showsrc --only-source "$1" 2>/dev/null || true)
    grep -qx "Version: $2" <<<"$versions"
}

# The source packages come from the same mirror as the machine's binary packages.
add_deb_src_entry() {
    source_version_known libsdl2 "$SDL2_VERSION" && source_version_known imgui "$IMGUI_VERSION" &&
        source_version_known qr-code-generator "$QRCODEGEN_VERSION" && return
    local mirror
    mirror=$(grep -hoE '^URIs: *\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '{print $2}' | grep -v security | head -n1 || true)
    [ -n "$mirror" ] || mirror=$(grep -hoE '^deb +\S+' /etc/apt/sources.list 2>/dev/null |
        awk '{print $2}' | grep -v security | head -n1 || true)
    [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
    say "Adding a deb-src entry for $mirror ($SDL2_SUITE, $IMGUI_SUITE)"
    as_root tee /etc/apt/sources.list.d/leeway-deb-src.sources >/dev/null <<EOF
Types: deb-src
URIs: $mirror
Suites: $(printf '%s\n' "$SDL2_SUITE" "$IMGUI_SUITE" "$QRCODEGEN_SUITE" | sort -u | tr '\n' ' ')
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    as_root apt-get update -q >/dev/null || fail "apt-get update failed after adding deb-src"
    source_version_known libsdl2 "$SDL2_VERSION" ||
        fail "Debian's sources do not list libsdl2 $SDL2_VERSION ($SDL2_SUITE)"
    source_version_known imgui "$IMGUI_VERSION" ||
        fail "Debian's sources do not list imgui $IMGUI_VERSION ($IMGUI_SUITE)"
    source_version_known qr-code-generator "$QRCODEGEN_VERSION" ||
        fail "Debian's sources do not list qr-code-generator $QRCODEGEN_VERSION ($QRCODEGEN_SUITE)"
}

verified() { # file sha256
    [ -f "$1" ] && echo "$2  $1" | sha256sum --check --status
}

fetch_source() { # package version orig-file sha256 unpacked-dir
    local package=$1 version=$2 orig=$3 sha=$4 dir=$5
    local downloads="$LEEWAY_CACHE/downloads"
    [ -f "$dir/.leeway-$sha" ] && return
    mkdir -p "$downloads" "$LEEWAY_CACHE/src"
    if ! verified "$downloads/$orig" "$sha"; then
        add_deb_src_entry
        say "Fetching the $package $version source package"
        # Only the .orig tarball is used, and its checksum is what counts: a mirror that lacks the
        # Debian packaging files makes apt-get report failure after fetching the tarball.
        (cd "$downloads" && apt-get source --download-only -q "$package=$version" >/dev/null 2>&1) ||
            [ -f "$downloads/$orig" ] || fail "apt-get source $package=$version failed"
        verified "$downloads/$orig" "$sha" || {
            rm -f "$downloads/$orig"
            fail "checksum mismatch for $orig (expected $sha); the file was removed"
        }
    fi
    say "Unpacking $orig"
    rm -rf "$dir"
    tar -xf "$downloads/$orig" -C "$LEEWAY_CACHE/src" || fail "could not unpack $orig"
    [ -d "$dir" ] || fail "$orig did not unpack into $dir"
    touch "$dir/.leeway-$sha"
}

build_sdl2() {
    [ -f "$SDL2_BUILD_DIR/.leeway-built" ] && return
    say "Building SDL2 for WebAssembly into $SDL2_BUILD_DIR (takes a few minutes, once)"
    rm -rf "$SDL2_BUILD_DIR"
    local log="$LEEWAY_CACHE/sdl2-build.log"
    {
        emcmake cmake -S "$SDL2_SOURCE_DIR" -B "$SDL2_BUILD_DIR" -G Ninja "${SDL2_CMAKE_FLAGS[@]}" &&
            cmake --build "$SDL2_BUILD_DIR" -j "$(jobs_count)"
    } >"$log" 2>&1 || {
        tail -n 30 "$log" >&2
        fail "building SDL2 failed; the full log is $log"
    }
    touch "$SDL2_BUILD_DIR/.leeway-built"
    # Builds with other versions or flags are kept by default: other clones and worktrees sharing
    # this cache may still be on them. LEEWAY_PRUNE_SDL2=1 removes them.
    if [ "${LEEWAY_PRUNE_SDL2:-0}" = 1 ]; then
        find "$LEEWAY_CACHE" -maxdepth 1 -name 'sdl2-wasm-*' ! -path "$SDL2_BUILD_DIR" -exec rm -rf {} +
    fi
}

install_node_modules() {
    local dir="$LEEWAY_ROOT/tests/e2e"
    local stamp="$dir/node_modules/.leeway-lock"
    if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then
        return
    fi
    say "Installing playwright-core and axe-core for the browser tests"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
        fail "npm ci failed in tests/e2e (the npm registry must be reachable the first time)"
    cp "$dir/package-lock.json" "$stamp"
}

install_packages
command -v emcmake >/dev/null || fail "emcmake not found after installing emscripten"
fetch_source libsdl2 "$SDL2_VERSION" "$SDL2_ORIG" "$SDL2_ORIG_SHA256" "$SDL2_SOURCE_DIR"
fetch_source imgui "$IMGUI_VERSION" "$IMGUI_ORIG" "$IMGUI_ORIG_SHA256" "$IMGUI_SOURCE_DIR"
fetch_source qr-code-generator "$QRCODEGEN_VERSION" "$QRCODEGEN_ORIG" "$QRCODEGEN_ORIG_SHA256" \
    "$QRCODEGEN_SOURCE_DIR"
build_sdl2
install_node_modules
