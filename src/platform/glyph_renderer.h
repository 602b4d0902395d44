#pragma once
// The browser's text renderer, which draws Leeway's glyphs into the font atlas (ui/glyph_atlas.h)
// from the WOFF2 files beside the app (fonts.css names them). The native stand-in draws plain
// boxes of fixed proportions, so the atlas builder can be tested without a browser.

#include <cstdint>

namespace leeway::platform {

// True when the font files with these characters (zero-terminated first/last pairs) are loaded,
// in Regular and in SemiBold, or have failed to. When not, starts loading them and wakes the
// frame loop once they are in or have failed; meanwhile the browser draws the letters they hold
// from a font of the system, as it does for good when a file cannot load.
bool FontFilesLoaded(const uint32_t* regular_ranges, const uint32_t* semibold_ranges);

// A glyph's ink box in device pixels, around the pen on the baseline (y grows down, so `top` is
// usually negative), and how far the pen moves. An empty box (a space) has right <= left.
struct GlyphBox {
    float advance;
    int32_t left, top, right, bottom;
};

// Fills boxes[i] for codepoints[i], in the face of `weight` (400, 600) at `em_pixels` per em.
void MeasureGlyphs(int weight, float em_pixels, const uint32_t* codepoints, int count,
                   GlyphBox* boxes);

// Where one glyph is drawn: the pen's position on the baseline in the image.
struct GlyphPlacement {
    uint32_t codepoint;
    int32_t weight;
    float em_pixels;
    int32_t pen_x, pen_y;
};

// Draws the glyphs as coverage (0 to 255) into an 8-bit image of width x height.
void DrawGlyphs(const GlyphPlacement* glyphs, int count, unsigned char* alpha, int width,
                int height);

} // namespace leeway::platform
