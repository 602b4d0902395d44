// Leaves SDL's software surfaces and their blitters out of the wasm. Leeway draws with WebGL 2
// and uses only the browser's own cursors, but SDL's Emscripten video driver still names the
// functions that make surfaces (a window framebuffer, custom cursors), and they pull in the
// pixel conversion and blit code. The web link wraps them (see CMakeLists.txt): should SDL ever
// call one, it gets the answer it handles for an out-of-memory surface.

#include <SDL.h>

// NOLINTBEGIN(bugprone-reserved-identifier): the names the linker's --wrap looks for
extern "C" SDL_Surface* __wrap_SDL_CreateRGBSurface(Uint32, int, int, int, Uint32, Uint32, Uint32,
                                                    Uint32) {
    SDL_SetError("Leeway has no software surfaces");
    return nullptr;
}

extern "C" SDL_Surface* __wrap_SDL_CreateRGBSurfaceFrom(void*, int, int, int, int, Uint32, Uint32,
                                                        Uint32, Uint32) {
    SDL_SetError("Leeway has no software surfaces");
    return nullptr;
}

extern "C" SDL_Surface* __wrap_SDL_ConvertSurfaceFormat(SDL_Surface*, Uint32, Uint32) {
    SDL_SetError("Leeway has no software surfaces");
    return nullptr;
}
// NOLINTEND(bugprone-reserved-identifier)
