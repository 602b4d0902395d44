#!/usr/bin/env bash
# Builds the reference for shell/bench.sh: Dear ImGui's own examples/example_sdl2_opengl3 from the
# same fetched source, same Emscripten, with the flags of its Makefile.emscripten, into
#   build/reference/site/index.{html,js,wasm}
# Differences from that Makefile (the first three forced by working offline or by the issue):
# - -sUSE_SDL=2 (an Emscripten port, downloaded at build time) becomes our own build of the same
#   SDL2 source, *stock*: the flags TOOLCHAIN.md names (and Release), none of the app's cuts.
#   It is cached as $LEEWAY_CACHE/sdl2-reference-<key> (setup.sh only prunes sdl2-wasm-*).
# - The demo window is compiled out with -DIMGUI_DISABLE_DEMO_WINDOWS, Dear ImGui's own switch
#   (ShowDemoWindow() becomes empty); main.cpp and the rest of the fetched source are not edited.
# - The +ds source lacks examples/libs/emscripten/, so the main-loop helper and the page
#   (shell_minimal.html) are small ones of our own in tests/bench/reference/.
# - The Makefile passes -Os only when compiling; we link with -Os as well (wasm-opt, minified
#   JS), as the issue's measurement of the reference (290 KB gzip) did. That makes the reference
#   smaller and faster: the stricter comparison. At -Os, emcc needs -sMINIFY_HTML=0 (TOOLCHAIN.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Every subsystem on, as the port would build it; Release because SDL's CMake sets no build type
# by itself, and an unoptimized SDL2 would make the reference look worse than it is.
REFERENCE_SDL2_CMAKE_FLAGS=(-DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF)
reference_sdl2_key="$(printf '%s ' "$SDL2_VERSION" "$SDL2_ORIG_SHA256" "${REFERENCE_SDL2_CMAKE_FLAGS[@]}" |
    sha256sum | cut -c1-12)"
REFERENCE_SDL2_BUILD_DIR="$LEEWAY_CACHE/sdl2-reference-$reference_sdl2_key"

build_reference_sdl2() {
    [ -f "$REFERENCE_SDL2_BUILD_DIR/.leeway-built" ] && return
    [ -d "$SDL2_SOURCE_DIR" ] || fail "SDL2 source missing at $SDL2_SOURCE_DIR (run shell/setup.sh)"
    say "Building stock SDL2 for the reference into $REFERENCE_SDL2_BUILD_DIR (a few minutes, once)"
    rm -rf "$REFERENCE_SDL2_BUILD_DIR"
    local log="$LEEWAY_CACHE/sdl2-reference-build.log"
    {
        emcmake cmake -S "$SDL2_SOURCE_DIR" -B "$REFERENCE_SDL2_BUILD_DIR" -G Ninja \
            "${REFERENCE_SDL2_CMAKE_FLAGS[@]}" &&
            cmake --build "$REFERENCE_SDL2_BUILD_DIR" -j "$(jobs_count)"
    } >"$log" 2>&1 || {
        tail -n 30 "$log" >&2
        fail "building the reference's SDL2 failed; the full log is $log"
    }
    touch "$REFERENCE_SDL2_BUILD_DIR/.leeway-built"
    # Builds of other pinned versions or flags are no longer used.
    find "$LEEWAY_CACHE" -maxdepth 1 -name 'sdl2-reference-*' -type d \
        ! -path "$REFERENCE_SDL2_BUILD_DIR" -exec rm -rf {} +
}

build_reference_example() {
    local out objects imgui="$IMGUI_SOURCE_DIR" ours="$LEEWAY_ROOT/tests/bench/reference"
    out=$(build_dir reference)
    objects="$out/obj"
    mkdir -p "$objects" "$out/site"
    local sdl_config="$REFERENCE_SDL2_BUILD_DIR/include-config-release"
    [ -f "$sdl_config/SDL_config.h" ] || fail "no SDL2 config header in $sdl_config"
    # The Makefile's CPPFLAGS and EMS; SDL2's include folders come first (TOOLCHAIN.md).
    local cppflags=(
        -I"$sdl_config" -I"$REFERENCE_SDL2_BUILD_DIR/include"
        -DIMGUI_DISABLE_FILE_FUNCTIONS -DIMGUI_DISABLE_DEMO_WINDOWS
        -I"$imgui" -I"$imgui/backends" -I"$ours/libs"
        -Wall -Wformat -Os -sDISABLE_EXCEPTION_CATCHING=1
    )
    local ldflags=(
        -Os -sMINIFY_HTML=0
        -sWASM=1 -sALLOW_MEMORY_GROWTH=1 -sNO_EXIT_RUNTIME=0 -sASSERTIONS=1 -sNO_FILESYSTEM=1
        --shell-file "$ours/shell.html" -sDISABLE_EXCEPTION_CATCHING=1
    )
    local sources=(
        "$imgui/examples/example_sdl2_opengl3/main.cpp"
        "$imgui/imgui.cpp" "$imgui/imgui_demo.cpp" "$imgui/imgui_draw.cpp"
        "$imgui/imgui_tables.cpp" "$imgui/imgui_widgets.cpp"
        "$imgui/backends/imgui_impl_sdl2.cpp" "$imgui/backends/imgui_impl_opengl3.cpp"
    )
    # Rebuild whenever a flag, a source or our two files change: the stamp holds their digest.
    local digest
    digest=$( (printf '%s\n' "${cppflags[@]}" "${ldflags[@]}" && cat "${sources[@]}" "$ours/shell.html" \
        "$ours/libs/emscripten/emscripten_mainloop_stub.h" "$REFERENCE_SDL2_BUILD_DIR/libSDL2.a") |
        sha256sum | cut -c1-16)
    if [ -f "$out/site/index.wasm" ] && [ "$(cat "$out/.stamp" 2>/dev/null)" = "$digest" ]; then
        return
    fi
    say "Building the reference example (Dear ImGui's example_sdl2_opengl3, demo window compiled out)"
    rm -f "$out/.stamp" "$out/site/"*
    local source pids=() objs=()
    compile() { em++ "${cppflags[@]}" -c -o "$1" "$2" >"$1.log" 2>&1 || { cat "$1.log" >&2 && return 1; }; }
    for source in "${sources[@]}"; do
        local object
        object="$objects/$(basename "${source%.cpp}").o"
        objs+=("$object")
        compile "$object" "$source" &
        pids+=($!)
        # As many compilers at a time as the rest of the project's builds use.
        if [ "${#pids[@]}" -ge "$(jobs_count)" ]; then
            wait "${pids[0]}" || fail "compiling the reference failed"
            pids=("${pids[@]:1}")
        fi
    done
    for pid in "${pids[@]}"; do wait "$pid" || fail "compiling the reference failed"; done
    em++ -o "$out/site/index.html" "${objs[@]}" "$REFERENCE_SDL2_BUILD_DIR/libSDL2.a" "${ldflags[@]}" \
        >"$out/link.log" 2>&1 || {
        cat "$out/link.log" >&2
        fail "linking the reference failed"
    }
    echo "$digest" >"$out/.stamp"
}

command -v em++ >/dev/null || fail "em++ not found (run shell/setup.sh)"
[ -f "$IMGUI_SOURCE_DIR/examples/example_sdl2_opengl3/main.cpp" ] ||
    fail "Dear ImGui source missing at $IMGUI_SOURCE_DIR (run shell/setup.sh)"
build_reference_sdl2
build_reference_example
