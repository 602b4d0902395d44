// Leaves SDL's game controller code and its mapping database (~7 KB gzip) out of the wasm.
// Leeway never enables Dear ImGui's gamepad navigation, so the SDL backend's gamepad polling
// returns before it opens a controller; but the calls are still there, and they pull in all of
// SDL_gamecontroller.c. The web link wraps the three functions the backend names (see
// CMakeLists.txt), so they land here and SDL's own versions are dropped as unused.

#include <SDL.h>

// NOLINTBEGIN(bugprone-reserved-identifier): the names the linker's --wrap looks for
extern "C" SDL_GameController* __wrap_SDL_GameControllerOpen(int) { return nullptr; }

extern "C" Uint8 __wrap_SDL_GameControllerGetButton(SDL_GameController*, SDL_GameControllerButton) {
    return 0;
}

extern "C" Sint16 __wrap_SDL_GameControllerGetAxis(SDL_GameController*, SDL_GameControllerAxis) {
    return 0;
}
// NOLINTEND(bugprone-reserved-identifier)
