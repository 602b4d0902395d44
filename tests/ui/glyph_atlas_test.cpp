// The atlas builder the web app uses, with the browser's text renderer replaced by the native
// stand-in (platform/native/glyph_renderer_native.cpp: every glyph a solid box half an em wide
// and 0.7 em tall on the baseline, advancing 0.6 em). What the browser draws differs; where the
// builder puts it, and what Dear ImGui is told about it, does not.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <vector>

#include "ui/glyph_atlas.h"

using leeway::ui::BrowserFontFace;

namespace {

const ImWchar kLettersAndSpace[] = {0x0020, 0x0020, 0x0041, 0x005A, 0x0061, 0x007A, 0};
const ImWchar kAccented[] = {0x00E0, 0x00FF, 0};
const BrowserFontFace kRegular = {400, kLettersAndSpace, 0.969f, -0.241f};
const BrowserFontFace kAccentsOnly = {600, kAccented, 0.969f, -0.241f};
const ImWchar kAsciiAndLatin1[] = {0x0020, 0x00FF, 0};

ImFont* AddFace(ImFontAtlas& atlas, const BrowserFontFace& face, float pixels,
                const ImWchar* ranges, float density = 1.0f, bool merge = false) {
    ImFontConfig config;
    config.FontData = const_cast<BrowserFontFace*>(&face);
    config.FontDataSize = sizeof face;
    config.FontDataOwnedByAtlas = false;
    config.SizePixels = pixels;
    config.GlyphRanges = ranges;
    config.RasterizerDensity = density;
    config.MergeMode = merge;
    return atlas.AddFont(&config);
}

struct PixelRect {
    int x0, y0, x1, y1;
};

PixelRect RectOf(const ImFontAtlas& atlas, const ImFontGlyph& glyph) {
    return {static_cast<int>(std::lround(glyph.U0 * static_cast<float>(atlas.TexWidth))),
            static_cast<int>(std::lround(glyph.V0 * static_cast<float>(atlas.TexHeight))),
            static_cast<int>(std::lround(glyph.U1 * static_cast<float>(atlas.TexWidth))),
            static_cast<int>(std::lround(glyph.V1 * static_cast<float>(atlas.TexHeight)))};
}

// Overlapping or side by side with no pixel between: a quad of one would reach the other's
// texture coordinates (and a placeholder box is told by its own).
bool Touch(const PixelRect& a, const PixelRect& b) {
    return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

// Every pixel of the rectangle is 255: the stand-in's box landed exactly where the glyph says.
bool Solid(const ImFontAtlas& atlas, const PixelRect& rect) {
    for (int y = rect.y0; y < rect.y1; ++y)
        for (int x = rect.x0; x < rect.x1; ++x)
            if (atlas.TexPixelsAlpha8[y * atlas.TexWidth + x] != 0xFF)
                return false;
    return true;
}

struct AtlasFixture {
    ImFontAtlas atlas;
    AtlasFixture() { atlas.FontBuilderIO = leeway::ui::BrowserGlyphBuilder(); }
};

} // namespace

TEST_CASE("each glyph the browser draws is where Dear ImGui looks for it, and none touch") {
    AtlasFixture fixture;
    ImFontAtlas& atlas = fixture.atlas;
    ImFont* body = AddFace(atlas, kRegular, 17.0f, kAsciiAndLatin1);
    ImFont* title = AddFace(atlas, kRegular, 34.0f, kAsciiAndLatin1);
    REQUIRE(atlas.Build());
    REQUIRE(atlas.TexPixelsAlpha8 != nullptr);

    std::vector<PixelRect> drawn;
    for (const ImFont* font : {body, title}) {
        const float em = leeway::ui::EmPixels(kRegular, font->FontSize);
        for (ImWchar letter = 'A'; letter <= 'z'; ++letter) {
            if (letter > 'Z' && letter < 'a')
                continue;
            CAPTURE(letter);
            const ImFontGlyph* glyph = font->FindGlyphNoFallback(letter);
            REQUIRE(glyph != nullptr);
            const PixelRect rect = RectOf(atlas, *glyph);
            CHECK(rect.x1 - rect.x0 == std::lround(em * 0.5f));
            CHECK(rect.y1 - rect.y0 == std::lround(em * 0.7f));
            CHECK(Solid(atlas, rect));
            // The box stands on the baseline, which lies at the font's ascent.
            CHECK(glyph->Y1 == doctest::Approx(std::round(font->Ascent)));
            CHECK(glyph->X0 == doctest::Approx(0.0f));
            CHECK(glyph->AdvanceX == doctest::Approx(em * 0.6f));
            drawn.push_back(rect);
        }
    }
    // The white pixel and Dear ImGui's other shapes keep their own place too.
    for (const ImFontAtlasCustomRect& custom : atlas.CustomRects)
        drawn.push_back({custom.X, custom.Y, custom.X + custom.Width, custom.Y + custom.Height});
    for (size_t a = 0; a < drawn.size(); ++a)
        for (size_t b = a + 1; b < drawn.size(); ++b)
            CHECK_FALSE(Touch(drawn[a], drawn[b]));
    const int white_x =
        static_cast<int>(atlas.TexUvWhitePixel.x * static_cast<float>(atlas.TexWidth));
    const int white_y =
        static_cast<int>(atlas.TexUvWhitePixel.y * static_cast<float>(atlas.TexHeight));
    CHECK(atlas.TexPixelsAlpha8[white_y * atlas.TexWidth + white_x] == 0xFF);
}

TEST_CASE("a font's line is as tall as its size, and a space advances without ink") {
    AtlasFixture fixture;
    ImFont* font = AddFace(fixture.atlas, kRegular, 22.0f, kAsciiAndLatin1);
    REQUIRE(fixture.atlas.Build());
    // Rounded outwards, as stb_truetype's builder does: the line holds every ascender and tail.
    CHECK(font->Ascent - font->Descent >= 22.0f);
    CHECK(font->Ascent - font->Descent <= 24.0f);
    const ImFontGlyph* space = font->FindGlyphNoFallback(' ');
    REQUIRE(space != nullptr);
    CHECK_FALSE(space->Visible);
    CHECK(space->AdvanceX > 0.0f);
}

TEST_CASE("only characters the face has become glyphs; a merged face fills in the rest") {
    AtlasFixture fixture;
    ImFont* font = AddFace(fixture.atlas, kRegular, 17.0f, kAsciiAndLatin1);
    REQUIRE(fixture.atlas.Build());
    CHECK(font->FindGlyphNoFallback('q') != nullptr);
    CHECK(font->FindGlyphNoFallback(0x00E9) == nullptr); // the face has no é
    CHECK(font->FindGlyphNoFallback('1') == nullptr);    // nor digits

    AtlasFixture merged;
    ImFont* mixed = AddFace(merged.atlas, kRegular, 17.0f, kAsciiAndLatin1);
    AddFace(merged.atlas, kAccentsOnly, 17.0f, kAsciiAndLatin1, 1.0f, true);
    REQUIRE(merged.atlas.Build());
    CHECK(mixed->FindGlyphNoFallback('q') != nullptr);
    CHECK(mixed->FindGlyphNoFallback(0x00E9) != nullptr);
}

TEST_CASE("on a 2x screen glyphs are drawn at twice the pixels and laid out at the same size") {
    AtlasFixture sharp;
    ImFont* twice = AddFace(sharp.atlas, kRegular, 17.0f, kAsciiAndLatin1, 2.0f);
    REQUIRE(sharp.atlas.Build());
    AtlasFixture plain;
    ImFont* once = AddFace(plain.atlas, kRegular, 17.0f, kAsciiAndLatin1);
    REQUIRE(plain.atlas.Build());

    const ImFontGlyph* big = twice->FindGlyphNoFallback('M');
    const ImFontGlyph* small = once->FindGlyphNoFallback('M');
    REQUIRE(big != nullptr);
    REQUIRE(small != nullptr);
    const PixelRect big_rect = RectOf(sharp.atlas, *big);
    const PixelRect small_rect = RectOf(plain.atlas, *small);
    CHECK(big_rect.x1 - big_rect.x0 == std::lround(leeway::ui::EmPixels(kRegular, 34.0f) * 0.5f));
    CHECK(small_rect.x1 - small_rect.x0 ==
          std::lround(leeway::ui::EmPixels(kRegular, 17.0f) * 0.5f));
    CHECK(big->X1 - big->X0 == doctest::Approx((big_rect.x1 - big_rect.x0) / 2.0f));
    CHECK(big->AdvanceX == doctest::Approx(small->AdvanceX));
}
