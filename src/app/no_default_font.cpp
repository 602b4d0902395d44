// Leaves Dear ImGui's built-in font (ProggyClean, with its decompressor: ~12 KB gzip) out of the
// wasm. Dear ImGui 1.90 has no switch for it, and ImFontAtlas::Build() refers to it for an atlas
// without fonts, which Leeway never has: ui::LoadFonts() adds Inter before every build. The web
// link wraps ImFontAtlas::AddFontDefault (see CMakeLists.txt), so calls land here instead, and
// the real function and its data are dropped as unused. If ImGui's signature ever changes, the
// wrap simply stops matching and the default font comes back: bigger, still correct.

#include <imgui.h>

// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the linker's --wrap looks for
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
    return nullptr;
}
