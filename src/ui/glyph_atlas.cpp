#include "ui/glyph_atlas.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "platform/glyph_renderer.h"

namespace leeway::ui {

namespace {

using platform::GlyphBox;
using platform::GlyphPlacement;

bool Covers(const ImWchar* ranges, uint32_t codepoint) {
    for (; ranges[0] && ranges[1]; ranges += 2)
        if (codepoint >= ranges[0] && codepoint <= ranges[1])
            return true;
    return false;
}

// One source font of the atlas (several merge into one ImFont) and the glyphs it gives.
struct Source {
    ImFontConfig* config = nullptr;
    const BrowserFontFace* face = nullptr;
    float em_pixels = 0.0f;
    std::vector<uint32_t> codepoints;
    std::vector<GlyphBox> boxes;
    std::vector<int> rects; // index into the packed rectangles, -1 for an empty box
};

struct Rect {
    int width = 0, height = 0;
    int x = 0, y = 0;
};

// Shelf packing, tallest first: glyphs of one font are near one height, so little space is lost.
// Heights are a few dozen pixels, so going down them one by one sorts well enough. Returns the
// height used.
int PackShelves(std::vector<Rect>& rects, int atlas_width) {
    int tallest = 0;
    for (const Rect& rect : rects)
        tallest = std::max(tallest, rect.height);
    int x = 0;
    int y = 0;
    int shelf_height = 0;
    for (int height = tallest; height > 0; --height) {
        for (Rect& rect : rects) {
            if (rect.height != height)
                continue;
            if (x + rect.width > atlas_width) {
                y += shelf_height;
                x = 0;
                shelf_height = 0;
            }
            rect.x = x;
            rect.y = y;
            x += rect.width;
            shelf_height = std::max(shelf_height, rect.height);
        }
    }
    return y + shelf_height;
}

// The atlas width Dear ImGui's own builder picks for this many pixels of glyphs.
int AtlasWidth(const ImFontAtlas& atlas, int total_area) {
    if (atlas.TexDesiredWidth > 0)
        return atlas.TexDesiredWidth;
    const float side = std::sqrt(static_cast<float>(total_area)) + 1.0f;
    for (int width : {4096, 2048, 1024})
        if (side >= static_cast<float>(width) * 0.7f)
            return width;
    return 512;
}

bool Build(ImFontAtlas* atlas) {
    ImFontAtlasBuildInit(atlas);
    atlas->TexID = ImTextureID{};
    atlas->TexWidth = atlas->TexHeight = 0;
    atlas->TexUvScale = ImVec2(0.0f, 0.0f);
    atlas->TexUvWhitePixel = ImVec2(0.0f, 0.0f);
    atlas->ClearTexData();

    // 1. Which source gives each character: the first one that has it, per destination font.
    std::vector<Source> sources(static_cast<size_t>(atlas->ConfigData.Size));
    std::vector<ImBitVector> taken(static_cast<size_t>(atlas->Fonts.Size));
    for (int i = 0; i < atlas->ConfigData.Size; ++i) {
        Source& source = sources[static_cast<size_t>(i)];
        source.config = &atlas->ConfigData[i];
        source.face = static_cast<const BrowserFontFace*>(source.config->FontData);
        source.em_pixels =
            EmPixels(*source.face, source.config->SizePixels * source.config->RasterizerDensity);
        const int font_index = atlas->Fonts.index_from_ptr(
            std::find(atlas->Fonts.begin(), atlas->Fonts.end(), source.config->DstFont));
        ImBitVector& font_taken = taken[static_cast<size_t>(font_index)];
        if (font_taken.Storage.empty())
            font_taken.Create(IM_UNICODE_CODEPOINT_MAX + 1);
        const ImWchar* ranges = source.config->GlyphRanges;
        for (; ranges && ranges[0] && ranges[1]; ranges += 2) {
            for (uint32_t code = ranges[0]; code <= ranges[1]; ++code) {
                if (font_taken.TestBit(static_cast<int>(code)) ||
                    !Covers(source.face->coverage, code))
                    continue;
                font_taken.SetBit(static_cast<int>(code));
                source.codepoints.push_back(code);
            }
        }
    }

    // 2. Measure, then pack the glyphs' boxes with Dear ImGui's own rectangles (the white pixel,
    // mouse cursors, line textures, our placeholder boxes) into one texture.
    // Every rectangle keeps `padding` pixels free to its right and below, so no two touch: a
    // quad's texture coordinates never reach into a neighbour (fonts.cpp tells placeholder boxes
    // by theirs).
    const int padding = atlas->TexGlyphPadding;
    std::vector<Rect> rects;
    for (const ImFontAtlasCustomRect& custom : atlas->CustomRects)
        rects.push_back({custom.Width + padding, custom.Height + padding});
    int total_area = 0;
    for (Source& source : sources) {
        source.boxes.resize(source.codepoints.size());
        platform::MeasureGlyphs(source.face->weight, source.em_pixels, source.codepoints.data(),
                                static_cast<int>(source.codepoints.size()), source.boxes.data());
        // A box is never bigger than a few ems: anything else the renderer said is not trusted
        // with the texture's size.
        const auto limit = static_cast<int32_t>(source.em_pixels * 4.0f) + 8;
        for (GlyphBox& box : source.boxes) {
            box.left = std::clamp(box.left, -limit, limit);
            box.right = std::clamp(box.right, -limit, limit);
            box.top = std::clamp(box.top, -limit, limit);
            box.bottom = std::clamp(box.bottom, -limit, limit);
            if (!(box.advance >= 0.0f && box.advance <= static_cast<float>(limit)))
                box.advance = 0.0f;
            if (box.right <= box.left || box.bottom <= box.top) {
                source.rects.push_back(-1);
                continue;
            }
            source.rects.push_back(static_cast<int>(rects.size()));
            rects.push_back({box.right - box.left + padding, box.bottom - box.top + padding});
        }
    }
    for (const Rect& rect : rects)
        total_area += rect.width * rect.height;
    atlas->TexWidth = AtlasWidth(*atlas, total_area);
    const int used_height = PackShelves(rects, atlas->TexWidth);
    atlas->TexHeight = (atlas->Flags & ImFontAtlasFlags_NoPowerOfTwoHeight)
                           ? used_height + 1
                           : ImUpperPowerOfTwo(used_height);
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(atlas->TexWidth),
                               1.0f / static_cast<float>(atlas->TexHeight));
    for (int i = 0; i < atlas->CustomRects.Size; ++i) {
        atlas->CustomRects[i].X = static_cast<unsigned short>(rects[static_cast<size_t>(i)].x);
        atlas->CustomRects[i].Y = static_cast<unsigned short>(rects[static_cast<size_t>(i)].y);
    }

    // 3. Draw every glyph into the texture in one go.
    const size_t pixel_count =
        static_cast<size_t>(atlas->TexWidth) * static_cast<size_t>(atlas->TexHeight);
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixel_count));
    if (!atlas->TexPixelsAlpha8)
        return false;
    std::memset(atlas->TexPixelsAlpha8, 0, pixel_count);
    std::vector<GlyphPlacement> placements;
    for (const Source& source : sources) {
        for (size_t g = 0; g < source.codepoints.size(); ++g) {
            if (source.rects[g] < 0)
                continue;
            const GlyphBox& box = source.boxes[g];
            const Rect& rect = rects[static_cast<size_t>(source.rects[g])];
            placements.push_back({source.codepoints[g], source.face->weight, source.em_pixels,
                                  rect.x - box.left, rect.y - box.top});
        }
    }
    platform::DrawGlyphs(placements.data(), static_cast<int>(placements.size()),
                         atlas->TexPixelsAlpha8, atlas->TexWidth, atlas->TexHeight);

    // 4. The fonts' metrics and glyph tables, rounded as stb_truetype's builder does, so layout
    // is the same whichever renderer drew the glyphs.
    for (Source& source : sources) {
        ImFontConfig& config = *source.config;
        ImFont* font = config.DstFont;
        const float line = source.face->ascender - source.face->descender;
        const float ascent = std::trunc(config.SizePixels * source.face->ascender / line + 1.0f);
        const float descent = std::trunc(config.SizePixels * source.face->descender / line - 1.0f);
        ImFontAtlasBuildSetupFont(atlas, font, &config, ascent, descent);
        const float offset_x = config.GlyphOffset.x;
        const float offset_y = config.GlyphOffset.y + IM_ROUND(font->Ascent);
        const float to_layout = 1.0f / config.RasterizerDensity;
        for (size_t g = 0; g < source.codepoints.size(); ++g) {
            const GlyphBox& box = source.boxes[g];
            float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
            float u0 = 0.0f, v0 = 0.0f, u1 = 0.0f, v1 = 0.0f;
            if (source.rects[g] >= 0) {
                const Rect& rect = rects[static_cast<size_t>(source.rects[g])];
                const int width = rect.width - padding;
                const int height = rect.height - padding;
                x0 = static_cast<float>(box.left) * to_layout + offset_x;
                y0 = static_cast<float>(box.top) * to_layout + offset_y;
                x1 = x0 + static_cast<float>(width) * to_layout;
                y1 = y0 + static_cast<float>(height) * to_layout;
                u0 = static_cast<float>(rect.x) * atlas->TexUvScale.x;
                v0 = static_cast<float>(rect.y) * atlas->TexUvScale.y;
                u1 = static_cast<float>(rect.x + width) * atlas->TexUvScale.x;
                v1 = static_cast<float>(rect.y + height) * atlas->TexUvScale.y;
            }
            font->AddGlyph(&config, static_cast<ImWchar>(source.codepoints[g]), x0, y0, x1, y1, u0,
                           v0, u1, v1, box.advance * to_layout);
        }
    }
    ImFontAtlasBuildFinish(atlas);
    return true;
}

const ImFontBuilderIO kBuilder = {&Build};

} // namespace

const ImFontBuilderIO* BrowserGlyphBuilder() { return &kBuilder; }

float EmPixels(const BrowserFontFace& face, float size_pixels) {
    return size_pixels / (face.ascender - face.descender);
}

} // namespace leeway::ui
