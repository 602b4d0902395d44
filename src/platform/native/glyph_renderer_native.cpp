// Native stand-in: every glyph is a solid box of fixed proportions (half an em wide, 0.7 em
// tall, on the baseline), its advance 0.6 em; spaces are empty. Enough to test the atlas
// builder's packing and metrics, which do not depend on the letters' shapes.
#include "platform/native/glyph_renderer_native.h"

#include <cmath>

namespace leeway::platform {

namespace {
bool g_font_files_loading = false;
} // namespace

void SetFontFilesLoading(bool loading) { g_font_files_loading = loading; }

bool FontFilesLoaded(const uint32_t* /*regular_ranges*/, const uint32_t* /*semibold_ranges*/) {
    return !g_font_files_loading;
}

void MeasureGlyphs(int /*weight*/, float em_pixels, const uint32_t* codepoints, int count,
                   GlyphBox* boxes) {
    for (int i = 0; i < count; ++i) {
        const bool space = codepoints[i] == ' ' || codepoints[i] == 0xA0;
        const auto width = static_cast<int32_t>(std::lround(em_pixels * 0.5f));
        const auto height = static_cast<int32_t>(std::lround(em_pixels * 0.7f));
        boxes[i] = {em_pixels * 0.6f, 0, space ? 0 : -height, space ? 0 : width, 0};
    }
}

void DrawGlyphs(const GlyphPlacement* glyphs, int count, unsigned char* alpha, int width,
                int height) {
    for (int i = 0; i < count; ++i) {
        const GlyphPlacement& glyph = glyphs[i];
        const auto box_width = static_cast<int>(std::lround(glyph.em_pixels * 0.5f));
        const auto box_height = static_cast<int>(std::lround(glyph.em_pixels * 0.7f));
        for (int y = glyph.pen_y - box_height; y < glyph.pen_y; ++y)
            for (int x = glyph.pen_x; x < glyph.pen_x + box_width; ++x)
                if (x >= 0 && y >= 0 && x < width && y < height)
                    alpha[y * width + x] = 0xFF;
    }
}

} // namespace leeway::platform
