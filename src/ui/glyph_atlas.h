#pragma once
// Builds Dear ImGui's font atlas from glyphs another text renderer measures and draws: on the web,
// the browser's own. The browser already has a font engine and reads WOFF2, which packs a font
// tighter than gzip does, so the wasm carries neither fonts nor stb_truetype. Packing, metrics
// and the glyph table are here, portable and tested natively with a stand-in renderer
// (platform/glyph_renderer.h).

#include <imgui.h>

namespace leeway::ui {

// What ImFontConfig::FontData points to when the browser draws the glyphs.
struct BrowserFontFace {
    int weight;              // the CSS weight of the face (400 Regular, 600 SemiBold)
    const ImWchar* coverage; // the characters it has: zero-terminated first/last pairs
    float ascender;          // the font's line metrics (hhea), in ems; descender < 0
    float descender;
};

// Dear ImGui's font builder interface for fonts whose FontData is a BrowserFontFace: the
// glyphs come from platform/glyph_renderer.h. Set it as ImFontAtlas::FontBuilderIO.
const ImFontBuilderIO* BrowserGlyphBuilder();

// The font size to ask the renderer for: Dear ImGui sizes a font by its line height (ascender
// to descender), as stb_truetype does, while CSS sizes it by the em.
float EmPixels(const BrowserFontFace& face, float size_pixels);

} // namespace leeway::ui
