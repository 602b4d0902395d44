# Shared settings for the scripts in shell/. Sourced, never run.
# Pinned third-party sources: changing a version or checksum here rebuilds the cache.

LEEWAY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

SDL2_VERSION="2.26.5+dfsg-1"
SDL2_SUITE="bookworm"
SDL2_ORIG="libsdl2_2.26.5+dfsg.orig.tar.gz"
SDL2_ORIG_SHA256="b3f2c822151804125d08db94c65852f711c2e5df2145a59da120748dc32eb9c3"
SDL2_DIR_NAME="SDL2-2.26.5"

IMGUI_VERSION="1.90.1+ds-1"
IMGUI_SUITE="trixie"
IMGUI_ORIG="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_ORIG_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
IMGUI_DIR_NAME="imgui-1.90.1"

# The take-home QR code: Nayuki's QR Code generator, Debian source package
# qr-code-generator (binary packages libqrcodegen*); only its C library is built, into the wasm.
QRCODEGEN_VERSION="1.8.0-1.1"
QRCODEGEN_SUITE="bookworm"
QRCODEGEN_ORIG="qr-code-generator_1.8.0.orig.tar.gz"
QRCODEGEN_ORIG_SHA256="2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60"
QRCODEGEN_DIR_NAME="QR-Code-generator-1.8.0"

# Subsystems and video drivers the app does not use are left out of SDL2, and it is optimized for
# size, to keep the wasm small. SDL_LEAN_AND_MEAN drops the software blitters and pixel format
# conversions (~220 KB of code at -O3): the app only draws with WebGL and never blits a surface.
SDL2_CMAKE_FLAGS=(
    -DCMAKE_BUILD_TYPE=Release "-DCMAKE_C_FLAGS_RELEASE=-Oz -DNDEBUG -DSDL_LEAN_AND_MEAN=1"
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
    -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF
    -DSDL_HIDAPI=OFF -DSDL_POWER=OFF -DSDL_SENSOR=OFF -DSDL_LOCALE=OFF
    -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF -DSDL_THREADS=OFF
    -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF -DSDL_ASSERTIONS=disabled
)

# Outside the clone so that clean clones and CI runs reuse it.
LEEWAY_CACHE="${LEEWAY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/leeway}"
SDL2_SOURCE_DIR="$LEEWAY_CACHE/src/$SDL2_DIR_NAME"
IMGUI_SOURCE_DIR="$LEEWAY_CACHE/src/$IMGUI_DIR_NAME"
QRCODEGEN_SOURCE_DIR="$LEEWAY_CACHE/src/$QRCODEGEN_DIR_NAME"
# The build folder name carries a hash of version and flags, so a change means a rebuild.
SDL2_BUILD_KEY="$(printf '%s ' "$SDL2_VERSION" "$SDL2_ORIG_SHA256" "${SDL2_CMAKE_FLAGS[@]}" | sha256sum | cut -c1-12)"
SDL2_BUILD_DIR="$LEEWAY_CACHE/sdl2-wasm-$SDL2_BUILD_KEY"

# Debian's Node.js modules (acorn, used by emcc at -O1 and above) are not on NodeSource's path.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

say() { printf '==> %s\n' "$*"; }
fail() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

build_dir() { echo "$LEEWAY_ROOT/build/$1"; }

jobs_count() { nproc 2>/dev/null || echo 2; }

# Native build: core, unit tests, platform stand-ins; warnings are errors.
build_native() {
    local dir
    dir=$(build_dir native)
    mkdir -p "$dir"
    # Debug keeps every assertion; -O1 is what the sanitizers advise, and makes the monkey test
    # (tests/ui/monkey_test.cpp) about three times faster than -O0.
    cmake -S "$LEEWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLEEWAY_WERROR=ON \
        "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" "-DCMAKE_C_FLAGS_DEBUG=-g -O1" \
        -DLEEWAY_SANITIZE=ON -DLEEWAY_CACHE="$LEEWAY_CACHE" -DLEEWAY_IMGUI_DIR="$IMGUI_SOURCE_DIR" \
        -DLEEWAY_QRCODEGEN_DIR="$QRCODEGEN_SOURCE_DIR" \
        >"$dir.configure.log" 2>&1 || {
        cat "$dir.configure.log" >&2
        fail "configuring the native build failed"
    }
    cmake --build "$dir" -j "$(jobs_count)" || fail "the native build failed"
}

# Web build (release): the app in build/web/site, and the core tests as wasm.
build_web() {
    local dir
    dir=$(build_dir web)
    mkdir -p "$dir"
    emcmake cmake -S "$LEEWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLEEWAY_WERROR=ON -DLEEWAY_CACHE="$LEEWAY_CACHE" \
        -DLEEWAY_SDL2_BUILD_DIR="$SDL2_BUILD_DIR" -DLEEWAY_IMGUI_DIR="$IMGUI_SOURCE_DIR" \
        -DLEEWAY_QRCODEGEN_DIR="$QRCODEGEN_SOURCE_DIR" \
        >"$dir.configure.log" 2>&1 || {
        cat "$dir.configure.log" >&2
        fail "configuring the web build failed"
    }
    cmake --build "$dir" -j "$(jobs_count)" || fail "the web build failed"
}
