// On the web the browser draws the glyphs (ui/glyph_atlas.h), and main.cpp sets that builder on
// the atlas. Dear ImGui still refers to its stb_truetype builder, for atlases without one: the
// web link wraps ImFontAtlasGetBuilderForStbTruetype() (see CMakeLists.txt), so that reference
// lands here, and stb_truetype with Dear ImGui's builder on it (~10 KB gzip) is dropped as
// unused. Should the name ever change, the wrap stops matching: a bigger wasm, the same text.

#include <imgui.h>

#include "ui/glyph_atlas.h"

// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the linker's --wrap looks for
extern "C" const ImFontBuilderIO* __wrap__Z35ImFontAtlasGetBuilderForStbTruetypev() {
    return leeway::ui::BrowserGlyphBuilder();
}
