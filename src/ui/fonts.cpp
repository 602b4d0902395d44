#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/embedded_fonts.h"

namespace leeway::ui {

namespace {

Fonts g_fonts;

// Latin Extended-A, Romanian comma-below letters, modern Greek and Cyrillic (with Ukrainian Ґ).
const ImWchar kUserLetterRanges[] = {
    0x0100, 0x017F, 0x0218, 0x021B, 0x0386, 0x03CE, 0x0400, 0x045F, 0x0490, 0x0491, 0,
};

ImFont* AddFont(const unsigned char* data, size_t size, float css_pixels, float pixel_scale,
                const ImWchar* ranges, bool merge = false) {
    ImFontConfig config;
    config.MergeMode = merge;
    config.FontDataOwnedByAtlas = false; // the bytes live in the binary
    config.OversampleH = 1;              // rasterized at device resolution already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                      static_cast<int>(size),
                                                      css_pixels * pixel_scale, &config, ranges);
}

// Inter has no U+FFFD, so Dear ImGui would draw a plain "?" for every character the font lacks
// (Chinese, emoji...). An outlined box of our own takes U+FFFD's place instead: a placeholder no
// one reads as text. The characters themselves stay in the text as typed.
constexpr ImWchar kPlaceholder = 0xFFFD;

struct Placeholder {
    ImFont* font = nullptr;
    int rect_index = -1;
    float pixels = 0.0f; // the font's size in device pixels
};

Placeholder ReservePlaceholder(ImFont* font, float pixels) {
    // Inter's capitals are about 0.6 of the font size tall; the box is as tall and a bit narrower.
    const int width = static_cast<int>(std::round(pixels * 0.42f));
    const int height = static_cast<int>(std::round(pixels * 0.6f));
    const float bearing = std::round(pixels * 0.08f);
    const float advance = static_cast<float>(width) + 2.0f * bearing;
    const int index = ImGui::GetIO().Fonts->AddCustomRectFontGlyph(
        font, kPlaceholder, width, height, advance, ImVec2(bearing, 0.0f));
    return {font, index, pixels};
}

// Draws the box into the built atlas and stands it on the baseline.
void DrawPlaceholder(const Placeholder& placeholder) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int atlas_width = 0;
    int atlas_height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &atlas_width, &atlas_height);
    const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(placeholder.rect_index);
    if (!pixels || !rect->IsPacked())
        return;
    const int stroke = std::max(1, static_cast<int>(std::round(placeholder.pixels * 0.06f)));
    for (int y = 0; y < rect->Height; ++y) {
        for (int x = 0; x < rect->Width; ++x) {
            const bool edge =
                x < stroke || y < stroke || x >= rect->Width - stroke || y >= rect->Height - stroke;
            pixels[(rect->Y + y) * atlas_width + rect->X + x] = edge ? 0xFF : 0x00;
        }
    }
    auto* glyph = const_cast<ImFontGlyph*>(placeholder.font->FindGlyphNoFallback(kPlaceholder));
    if (glyph) {
        const float baseline = std::round(placeholder.font->Ascent);
        glyph->Y0 = baseline - static_cast<float>(rect->Height);
        glyph->Y1 = baseline;
    }
}

} // namespace

const Fonts& GetFonts() { return g_fonts; }

bool LoadFonts(float pixel_scale, float text_scale) {
    if (pixel_scale <= 0.0f)
        pixel_scale = 1.0f;
    if (text_scale <= 0.0f)
        text_scale = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    const bool atlas_is_ours = !io.Fonts->Fonts.empty() && io.Fonts->Fonts[0] == g_fonts.body;
    if (pixel_scale == g_fonts.pixel_scale && text_scale == g_fonts.text_scale && atlas_is_ours)
        return false;
    io.Fonts->Clear();
    // Rasterized at the final size in device pixels, so text is crisp at every density and size.
    const float scale = pixel_scale * text_scale;
    g_fonts.body = AddFont(kInterRegular, kInterRegularSize, kBodyFontSize, scale, kUserTextRanges);
    // Bold labels and headings sometimes carry the user's own words (a decision area, a finished
    // program's challenge). SemiBold ships only Leeway's own characters to stay small, so every
    // other letter comes from Regular, merged in: a lighter Ł beats a box.
    // Only the letters of the living European alphabets are merged: every glyph adds to the time
    // before the first frame.
    g_fonts.strong = AddFont(kInterSemiBold, kInterSemiBoldSize, kBodyFontSize, scale, kAppTextRanges);
    AddFont(kInterRegular, kInterRegularSize, kBodyFontSize, scale, kUserLetterRanges, true);
    g_fonts.heading = AddFont(kInterSemiBold, kInterSemiBoldSize, 22.0f, scale, kAppTextRanges);
    AddFont(kInterRegular, kInterRegularSize, 22.0f, scale, kUserLetterRanges, true);
    g_fonts.title = AddFont(kInterSemiBold, kInterSemiBoldSize, 34.0f, scale, kTitleTextRanges);
    const Placeholder placeholders[] = {
        ReservePlaceholder(g_fonts.body, kBodyFontSize * scale),
        ReservePlaceholder(g_fonts.strong, kBodyFontSize * scale),
        ReservePlaceholder(g_fonts.heading, 22.0f * scale),
        ReservePlaceholder(g_fonts.title, 34.0f * scale),
    };
    io.Fonts->Build();
    for (const Placeholder& placeholder : placeholders)
        DrawPlaceholder(placeholder);
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / pixel_scale; // layout stays in CSS pixels
    g_fonts.pixel_scale = pixel_scale;
    g_fonts.text_scale = text_scale;
    return true;
}

} // namespace leeway::ui
