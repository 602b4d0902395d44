// A small stand-in for Emscripten's eglGetProcAddress. Emscripten's own version holds a table of
// every WebGL function by name, which keeps all of them (and their JavaScript) in the build, about
// 270 functions. Leeway's renderer calls GL directly and never looks a function up; only SDL's
// video code does, for the few names below (SDL_GL_GetAttribute, SDL_GL_ExtensionSupported). The
// web link wraps eglGetProcAddress (see CMakeLists.txt), so Emscripten's table is dropped as
// unused. Any other name gets nullptr, which SDL reports as a function it cannot load.

#include <GLES3/gl3.h>

#include <cstring>

namespace {

struct NamedFunction {
    const char* name;
    void* function;
};

const NamedFunction kFunctionsSdlLooksUp[] = {
    {"glGetString", reinterpret_cast<void*>(&glGetString)},
    {"glGetStringi", reinterpret_cast<void*>(&glGetStringi)},
    {"glGetIntegerv", reinterpret_cast<void*>(&glGetIntegerv)},
    {"glGetError", reinterpret_cast<void*>(&glGetError)},
    {"glBindFramebuffer", reinterpret_cast<void*>(&glBindFramebuffer)},
    {"glGetFramebufferAttachmentParameteriv",
     reinterpret_cast<void*>(&glGetFramebufferAttachmentParameteriv)},
};

} // namespace

// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the linker's --wrap looks for
extern "C" void* __wrap_eglGetProcAddress(const char* name) {
    for (const NamedFunction& entry : kFunctionsSdlLooksUp) {
        if (std::strcmp(entry.name, name) == 0)
            return entry.function;
    }
    return nullptr;
}
