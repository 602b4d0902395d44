#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "platform/glyph_renderer.h"
#include "ui/embedded_fonts.h"

namespace leeway::ui {

namespace {

Fonts g_fonts;
LetterSet g_next_letters = LetterSet::Basic;

// The user's letters bold text takes from Regular (see LoadFonts): Latin Extended-A and
// Romanian comma-below letters; then modern Greek and Cyrillic (with Ukrainian Ґ) too.
const ImWchar kLatinLetterRanges[] = {0x0100, 0x017F, 0x0218, 0x021B, 0};
const ImWchar kUserLetterRanges[] = {
    0x0100, 0x017F, 0x0218, 0x021B, 0x0386, 0x03CE, 0x0400, 0x045F, 0x0490, 0x0491, 0,
};

// Where each font's placeholder box lies in the atlas, in texture coordinates.
struct PlaceholderArea {
    float u0 = 0.0f, v0 = 0.0f, u1 = 0.0f, v1 = 0.0f;
};
PlaceholderArea g_placeholder_areas[4];
int g_placeholder_count = 0;

ImFont* AddFont(const FontFile& file, float css_pixels, float pixel_scale, const ImWchar* ranges,
                bool merge = false) {
    ImFontConfig config;
    config.MergeMode = merge;
    config.FontDataOwnedByAtlas = false; // the bytes (or face) live in the binary
    config.OversampleH = 1;              // rasterized at device resolution already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<void*>(file.data),
                                                      static_cast<int>(file.size),
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
        if (g_placeholder_count < static_cast<int>(std::size(g_placeholder_areas)))
            g_placeholder_areas[g_placeholder_count++] = {glyph->U0, glyph->V0, glyph->U1,
                                                          glyph->V1};
    }
}

// The characters an atlas of these letters takes from each weight.
const ImWchar* RegularRanges(LetterSet letters) {
    return letters == LetterSet::Basic   ? kBasicTextRanges
           : letters == LetterSet::Latin ? kLatinTextRanges
                                         : kUserTextRanges;
}

const ImWchar* SemiBoldRanges(LetterSet letters) {
    return letters == LetterSet::Basic ? kBasicTextRanges : kAppTextRanges;
}

// On the web, whether the browser has the font files of these letters (or gave up on them).
bool FontFilesLoaded(LetterSet letters) {
    return platform::FontFilesLoaded(RegularRanges(letters), SemiBoldRanges(letters));
}

} // namespace

const Fonts& GetFonts() { return g_fonts; }

const char* LetterSetKey(LetterSet letters) {
    switch (letters) {
    case LetterSet::Basic: return "basic";
    case LetterSet::Latin: return "latin";
    case LetterSet::AllScripts: return "all";
    }
    return "basic";
}

LetterSet LetterSetFromKey(const std::string& key) {
    for (LetterSet letters : {LetterSet::Latin, LetterSet::AllScripts})
        if (key == LetterSetKey(letters))
            return letters;
    return LetterSet::Basic;
}

void SetLetterSet(LetterSet letters) { g_next_letters = letters; }

bool DrewPlaceholder(const ImDrawData& draw_data) {
    for (int list = 0; list < draw_data.CmdListsCount; ++list) {
        for (const ImDrawVert& vertex : draw_data.CmdLists[list]->VtxBuffer) {
            for (int area = 0; area < g_placeholder_count; ++area) {
                const PlaceholderArea& box = g_placeholder_areas[area];
                if (vertex.uv.x >= box.u0 && vertex.uv.x <= box.u1 && vertex.uv.y >= box.v0 &&
                    vertex.uv.y <= box.v1)
                    return true;
            }
        }
    }
    return false;
}

std::optional<LetterSet> GrowLettersIfMissing(const ImDrawData& draw_data) {
    if (g_fonts.letters == LetterSet::AllScripts || g_next_letters != g_fonts.letters ||
        !DrewPlaceholder(draw_data))
        return std::nullopt;
    // Which letter was missing is not known, only that one was: one step at a time keeps the
    // atlas of a French or Polish workbook at the Latin letters.
    g_next_letters = g_fonts.letters == LetterSet::Basic ? LetterSet::Latin : LetterSet::AllScripts;
    return g_next_letters;
}

bool FontFilesArrived() {
    return !g_fonts.files_loaded && g_fonts.body && FontFilesLoaded(g_fonts.letters);
}

bool LoadFonts(float pixel_scale, float text_scale) {
    if (pixel_scale <= 0.0f)
        pixel_scale = 1.0f;
    if (text_scale <= 0.0f)
        text_scale = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    const bool atlas_is_ours = !io.Fonts->Fonts.empty() && io.Fonts->Fonts[0] == g_fonts.body;
    const bool current = pixel_scale == g_fonts.pixel_scale && text_scale == g_fonts.text_scale &&
                         g_next_letters == g_fonts.letters && atlas_is_ours;
    if (current && g_fonts.files_loaded)
        return false;
    // Never waits for font files: whatever the browser lacks it draws from a font of the system
    // until they are in, so typing goes on while they load.
    const bool files_loaded = FontFilesLoaded(g_next_letters);
    if (current && !files_loaded)
        return false;
    io.Fonts->Clear();
    // Rasterized at the final size in device pixels, so text is crisp at every density and size.
    const float scale = pixel_scale * text_scale;
    const LetterSet letters = g_next_letters;
    const bool basic = letters == LetterSet::Basic;
    const ImWchar* body_ranges = RegularRanges(letters);
    const ImWchar* bold_ranges = SemiBoldRanges(letters);
    const ImWchar* merged_ranges =
        letters == LetterSet::Latin ? kLatinLetterRanges : kUserLetterRanges;
    g_fonts.body = AddFont(kInterRegular, kBodyFontSize, scale, body_ranges);
    // Bold labels and headings sometimes carry the user's own words (a decision area, a finished
    // program's challenge). SemiBold ships only Leeway's own characters to stay small, so every
    // other letter comes from Regular, merged in: a lighter Ł beats a box.
    // Only the letters of the living European alphabets are merged: every glyph adds to the time
    // the atlas takes.
    g_fonts.strong = AddFont(kInterSemiBold, kBodyFontSize, scale, bold_ranges);
    if (!basic)
        AddFont(kInterRegular, kBodyFontSize, scale, merged_ranges, true);
    g_fonts.heading = AddFont(kInterSemiBold, 22.0f, scale, bold_ranges);
    if (!basic)
        AddFont(kInterRegular, 22.0f, scale, merged_ranges, true);
    g_fonts.title = AddFont(kInterSemiBold, 34.0f, scale, kBasicTextRanges);
    const Placeholder placeholders[] = {
        ReservePlaceholder(g_fonts.body, kBodyFontSize * scale),
        ReservePlaceholder(g_fonts.strong, kBodyFontSize * scale),
        ReservePlaceholder(g_fonts.heading, 22.0f * scale),
        ReservePlaceholder(g_fonts.title, 34.0f * scale),
    };
    io.Fonts->Build();
    g_placeholder_count = 0;
    for (const Placeholder& placeholder : placeholders)
        DrawPlaceholder(placeholder);
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / pixel_scale; // layout stays in CSS pixels
    g_fonts.pixel_scale = pixel_scale;
    g_fonts.text_scale = text_scale;
    g_fonts.letters = letters;
    g_fonts.files_loaded = files_loaded;
    return true;
}

} // namespace leeway::ui
