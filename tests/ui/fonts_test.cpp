// Fonts: the scripts a workbook is written in have glyphs, rasterized when a screen first shows
// them; a character the fonts lack is drawn as a placeholder box (never a "?" that reads as
// text) and stays whole in a field.
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "headless.h"
#include "platform/native/glyph_renderer_native.h"
#include "ui/fonts.h"

using leeway::testing::HeadlessApp;
using leeway::ui::LetterSet;

namespace {

constexpr ImWchar kPlaceholder = 0xFFFD;
constexpr const char* kChallenge = "Your challenge, in one sentence";

// The glyph's pixel in the atlas at a fraction of its width and height.
unsigned char GlyphPixel(const ImFontGlyph& glyph, float across, float down) {
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    const float u = glyph.U0 + (glyph.U1 - glyph.U0) * across;
    const float v = glyph.V0 + (glyph.V1 - glyph.V0) * down;
    const int x = std::min(width - 1, static_cast<int>(u * static_cast<float>(width)));
    const int y = std::min(height - 1, static_cast<int>(v * static_cast<float>(height)));
    return pixels[y * width + x];
}

// Types into the first screen's field, whose text is drawn in running text.
void TypeChallenge(HeadlessApp& app, const std::string& text) {
    app.Settle();
    app.Activate("textbox", kChallenge);
    app.TypeInto(kChallenge, text);
}

} // namespace

TEST_CASE(
    "the atlas starts with Leeway's own words, which are all a new workbook's first screen needs") {
    HeadlessApp app;
    app.Settle();
    CHECK(leeway::ui::GetFonts().letters == LetterSet::Basic);
    CHECK_FALSE(leeway::ui::DrewPlaceholder(*ImGui::GetDrawData()));
    const ImFont* body = leeway::ui::GetFonts().body;
    CHECK(body->FindGlyphNoFallback('Z') != nullptr);
    CHECK(body->FindGlyphNoFallback(0x2019) != nullptr); // ’, often pasted
    CHECK(body->FindGlyphNoFallback(0x00E9) == nullptr); // é comes with the Latin letters
}

TEST_CASE("a Czech or Polish name grows the atlas to the Latin letters, and no box is shown") {
    HeadlessApp app;
    TypeChallenge(app, "Zuzana Nov\u00E1kov\u00E1 in \u0141\u00F3d\u017A, 20 \u20AC");
    CHECK(leeway::ui::GetFonts().letters == LetterSet::Latin);
    CHECK_FALSE(leeway::ui::DrewPlaceholder(*ImGui::GetDrawData()));
    const leeway::ui::Fonts& fonts = leeway::ui::GetFonts();
    for (ImWchar letter :
         {ImWchar(0x00EB), ImWchar(0x00E9), ImWchar(0x0141), ImWchar(0x017A), ImWchar(0x0219)}) {
        CAPTURE(letter);
        CHECK(fonts.body->FindGlyphNoFallback(letter) != nullptr);
        CHECK(fonts.strong->FindGlyphNoFallback(letter) != nullptr);
        CHECK(fonts.heading->FindGlyphNoFallback(letter) != nullptr);
    }
    CHECK(fonts.body->FindGlyphNoFallback(0x041F) == nullptr); // no Cyrillic yet
}

TEST_CASE("Greek or Cyrillic text grows the atlas to every script, in running text and in bold") {
    HeadlessApp app;
    TypeChallenge(app, "\u0395\u03BB\u03AD\u03BD\u03B7 \u0438 \u041E\u043B\u0435\u043D\u0430");
    CHECK(leeway::ui::GetFonts().letters == LetterSet::AllScripts);
    CHECK_FALSE(leeway::ui::DrewPlaceholder(*ImGui::GetDrawData()));
    const leeway::ui::Fonts& fonts = leeway::ui::GetFonts();
    for (const ImFont* font : {fonts.body, fonts.strong, fonts.heading}) {
        for (ImWchar letter : {ImWchar(0x0141), ImWchar(0x0395), ImWchar(0x03AC), ImWchar(0x041F),
                               ImWchar(0x0432)}) {
            CAPTURE(letter);
            CHECK(font->FindGlyphNoFallback(letter) != nullptr);
        }
    }
}

TEST_CASE("typing goes on while the font files of new letters load, and the atlas is built again "
          "once they are in") {
    HeadlessApp app;
    leeway::platform::SetFontFilesLoading(true);
    const leeway::ui::Fonts& fonts = leeway::ui::GetFonts();
    // The atlas grows at once, without waiting: the browser draws the new letters from a font of
    // the system meanwhile.
    TypeChallenge(app, "Zuzana Nov\u00E1kov\u00E1");
    CHECK(fonts.letters == LetterSet::Latin);
    CHECK_FALSE(fonts.files_loaded);
    CHECK_FALSE(leeway::ui::FontFilesArrived());
    const std::string typed = "Zuzana Nov\u00E1kov\u00E1 in \u0141\u00F3d\u017A";
    app.TypeInto(kChallenge, typed);
    CHECK(app.FindItem("textbox", kChallenge)->at("value") == typed);
    CHECK_FALSE(leeway::ui::LoadFonts(fonts.pixel_scale, fonts.text_scale)); // not while they load

    leeway::platform::SetFontFilesLoading(false);
    CHECK(leeway::ui::FontFilesArrived()); // the loop draws a frame for it
    CHECK(leeway::ui::LoadFonts(fonts.pixel_scale, fonts.text_scale));
    CHECK(fonts.files_loaded);
    CHECK(fonts.letters == LetterSet::Latin);
    CHECK_FALSE(leeway::ui::FontFilesArrived());
    CHECK_FALSE(leeway::ui::LoadFonts(fonts.pixel_scale, fonts.text_scale)); // once is enough
    app.Settle();
    CHECK(app.FindItem("textbox", kChallenge)->at("value") == typed);
    CHECK_FALSE(leeway::ui::DrewPlaceholder(*ImGui::GetDrawData()));
}

TEST_CASE("a letter no font has stays a box, and the atlas stops growing at every script") {
    HeadlessApp app;
    TypeChallenge(app, "\u6F22");
    CHECK(leeway::ui::GetFonts().letters == LetterSet::AllScripts);
    CHECK(leeway::ui::DrewPlaceholder(*ImGui::GetDrawData()));
    CHECK_FALSE(leeway::ui::GrowLettersIfMissing(*ImGui::GetDrawData()).has_value());
}

TEST_CASE("a device that needed more letters before starts with them") {
    for (LetterSet letters : {LetterSet::Basic, LetterSet::Latin, LetterSet::AllScripts}) {
        CAPTURE(leeway::ui::LetterSetKey(letters));
        CHECK(leeway::ui::LetterSetFromKey(leeway::ui::LetterSetKey(letters)) == letters);
    }
    CHECK(leeway::ui::LetterSetFromKey("") == LetterSet::Basic);
    CHECK(leeway::ui::LetterSetFromKey("klingon") == LetterSet::Basic);
    HeadlessApp app;
    leeway::ui::SetLetterSet(LetterSet::AllScripts);
    app.Settle();
    CHECK(leeway::ui::GetFonts().letters == LetterSet::AllScripts);
    CHECK(leeway::ui::GetFonts().body->FindGlyphNoFallback(0x041F) != nullptr);
}

TEST_CASE(
    "with every script, bold labels and headings keep SemiBold's own shapes where it has them") {
    HeadlessApp app;
    leeway::ui::SetLetterSet(LetterSet::AllScripts);
    app.Settle();
    const leeway::ui::Fonts& fonts = leeway::ui::GetFonts();
    for (const ImFont* font : {fonts.strong, fonts.heading}) {
        // Letters SemiBold has keep their bold shape: wider than Regular's at the same size.
        const float bold_width = font->FindGlyphNoFallback('W')->AdvanceX;
        const float regular_width =
            fonts.body->FindGlyphNoFallback('W')->AdvanceX * font->FontSize / fonts.body->FontSize;
        CHECK(bold_width > regular_width);
    }
}

TEST_CASE("screen titles have every printable ASCII character, and the placeholder") {
    HeadlessApp app;
    const ImFont* title = leeway::ui::GetFonts().title;
    for (ImWchar character = 0x21; character < 0x7F; ++character) {
        CAPTURE(character);
        CHECK(title->FindGlyphNoFallback(character) != nullptr);
    }
    CHECK(title->FindGlyphNoFallback(kPlaceholder) != nullptr);
    CHECK(title->FindGlyphNoFallback(0x2019) != nullptr); // the apostrophe of "Here’s"
}

TEST_CASE("characters the font lacks are drawn as an outlined box standing on the baseline") {
    HeadlessApp app;
    const leeway::ui::Fonts& fonts = leeway::ui::GetFonts();
    for (const ImFont* font : {fonts.body, fonts.strong, fonts.heading, fonts.title}) {
        const ImFontGlyph* box = font->FindGlyphNoFallback(kPlaceholder);
        REQUIRE(box != nullptr);
        CHECK(font->FallbackChar == kPlaceholder);
        CHECK(font->FindGlyph(0x6F22) == box);  // 漢
        CHECK(font->FindGlyph(0x1F642) == box); // 🙂, beyond U+FFFF
        CHECK(font->FindGlyph('?') != box);
        CHECK(box->Y1 == std::round(font->Ascent));
        CHECK(box->Y1 - box->Y0 > font->FontSize * 0.5f);
        CHECK(GlyphPixel(*box, 0.02f, 0.5f) == 0xFF); // the left edge
        CHECK(GlyphPixel(*box, 0.5f, 0.02f) == 0xFF); // the top edge
        CHECK(GlyphPixel(*box, 0.5f, 0.5f) == 0x00);  // an empty middle
    }
}

TEST_CASE("an emoji typed into a field is one character to Backspace and is kept intact") {
    HeadlessApp app;
    app.Settle();
    app.Activate("textbox", "Your challenge, in one sentence");
    ImGuiIO& io = ImGui::GetIO();
    io.AddInputCharactersUTF8("a\xF0\x9F\x99\x82\xE6\xBC\xA2"); // a🙂漢
    app.Settle();
    REQUIRE(app.FindItem("textbox", "Your challenge, in one sentence"));
    CHECK((*app.FindItem("textbox", "Your challenge, in one sentence"))["value"] ==
          "a\xF0\x9F\x99\x82\xE6\xBC\xA2");
    for (int press = 0; press < 2; ++press) {
        io.AddKeyEvent(ImGuiKey_Backspace, true);
        app.Settle();
        io.AddKeyEvent(ImGuiKey_Backspace, false);
        app.Settle();
    }
    CHECK((*app.FindItem("textbox", "Your challenge, in one sentence"))["value"] == "a");
}
