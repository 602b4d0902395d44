#include "platform/glyph_renderer.h"

extern "C" {
int leeway_fonts_loaded_js(const uint32_t* regular_ranges, const uint32_t* semibold_ranges);
void leeway_fonts_measure_js(int weight, float em_pixels, const uint32_t* codepoints, int count,
                             leeway::platform::GlyphBox* boxes);
void leeway_fonts_draw_js(const leeway::platform::GlyphPlacement* glyphs, int count,
                          unsigned char* alpha, int width, int height);
}

namespace leeway::platform {

// leeway_fonts.js reads and writes these as five 4-byte fields.
static_assert(sizeof(GlyphBox) == 20 && sizeof(GlyphPlacement) == 20);

bool FontFilesLoaded(const uint32_t* regular_ranges, const uint32_t* semibold_ranges) {
    return leeway_fonts_loaded_js(regular_ranges, semibold_ranges) != 0;
}

void MeasureGlyphs(int weight, float em_pixels, const uint32_t* codepoints, int count,
                   GlyphBox* boxes) {
    leeway_fonts_measure_js(weight, em_pixels, codepoints, count, boxes);
}

void DrawGlyphs(const GlyphPlacement* glyphs, int count, unsigned char* alpha, int width,
                int height) {
    leeway_fonts_draw_js(glyphs, count, alpha, width, height);
}

} // namespace leeway::platform
