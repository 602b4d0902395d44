// Themes: every text colour readable on every background it is drawn on (WCAG AA, measured),
// the theme choice and text size reach the screen, controls are big enough for fingers.
#include <doctest/doctest.h>

#include <cstdio>

#include "headless.h"
#include "ui/fonts.h"
#include "ui/theme.h"

using leeway::testing::HeadlessApp;
using leeway::ui::ContrastPairs;
using leeway::ui::ContrastRatio;
using leeway::ui::Theme;
using leeway::ui::ThemeChoice;

namespace {

ImVec4 Gray(float level) { return ImVec4(level, level, level, 1.0f); }

const char* ThemeName(Theme theme) {
    switch (theme) {
    case Theme::Light: return "light";
    case Theme::Dark: return "dark";
    case Theme::HighContrast: return "high contrast";
    }
    return "?";
}

} // namespace

TEST_CASE("contrast ratio follows WCAG 2's definition") {
    CHECK(ContrastRatio(Gray(0.0f), Gray(1.0f)) == doctest::Approx(21.0f));
    CHECK(ContrastRatio(Gray(1.0f), Gray(0.0f)) == doctest::Approx(21.0f));
    CHECK(ContrastRatio(Gray(0.5f), Gray(0.5f)) == doctest::Approx(1.0f));
    // #767676 on white is the classic lightest gray that passes AA: 4.54:1.
    CHECK(ContrastRatio(Gray(118.0f / 255.0f), Gray(1.0f)) ==
          doctest::Approx(4.54f).epsilon(0.005));
    // #777777 just fails it.
    CHECK(ContrastRatio(Gray(119.0f / 255.0f), Gray(1.0f)) < 4.5f);
}

TEST_CASE("every theme's text is readable on each of its backgrounds (WCAG AA)") {
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        const std::vector<leeway::ui::ContrastPair> pairs = ContrastPairs(theme);
        REQUIRE(pairs.size() > 30);
        float lowest_text = 100.0f;
        float lowest_mark = 100.0f;
        for (const leeway::ui::ContrastPair& pair : pairs) {
            const float ratio = ContrastRatio(pair.foreground, pair.background);
            INFO(ThemeName(theme) << ": " << pair.what << " is " << ratio << ":1, needs "
                                  << pair.minimum);
            CHECK(ratio >= pair.minimum);
            float& lowest = pair.minimum >= 4.5f ? lowest_text : lowest_mark;
            if (ratio < lowest)
                lowest = ratio;
        }
        // The figures, for the record (ctest -V shows them).
        std::printf(
            "%s theme: lowest text contrast %.2f:1, lowest control edge %.2f:1 (%zu pairs)\n",
            ThemeName(theme), static_cast<double>(lowest_text), static_cast<double>(lowest_mark),
            pairs.size());
    }
}

TEST_CASE("the high-contrast theme goes beyond AA: text at least 7:1 (AAA)") {
    for (const leeway::ui::ContrastPair& pair : ContrastPairs(Theme::HighContrast)) {
        if (pair.minimum < 4.5f)
            continue;
        INFO(pair.what);
        CHECK(ContrastRatio(pair.foreground, pair.background) >= 7.0f);
    }
}

TEST_CASE("the system decides unless the user chose") {
    using leeway::ui::ResolveTheme;
    CHECK(ResolveTheme(ThemeChoice::System, false, false) == Theme::Light);
    CHECK(ResolveTheme(ThemeChoice::System, true, false) == Theme::Dark);
    CHECK(ResolveTheme(ThemeChoice::System, true, true) == Theme::HighContrast);
    CHECK(ResolveTheme(ThemeChoice::Light, true, true) == Theme::Light);
    CHECK(ResolveTheme(ThemeChoice::Dark, false, true) == Theme::Dark);
    CHECK(ResolveTheme(ThemeChoice::HighContrast, false, false) == Theme::HighContrast);
    for (ThemeChoice choice :
         {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast})
        CHECK(leeway::ui::ThemeChoiceFromKey(leeway::ui::ThemeChoiceKey(choice)) == choice);
    CHECK(leeway::ui::ThemeChoiceFromKey("sepia") == ThemeChoice::System);
}

TEST_CASE("display settings: theme and text size are chosen on screen") {
    HeadlessApp app;
    app.Settle();
    CHECK_FALSE(app.FindItem("radio", "High contrast"));
    app.Activate("button", "Settings and backup");
    REQUIRE(app.FindItem("radio", "Follow the system"));
    CHECK(app.FindItem("radio", "Follow the system")->at("checked") == true);
    app.Activate("radio", "High contrast");
    CHECK(app.ui.display.theme == ThemeChoice::HighContrast);
    CHECK(app.FindItem("radio", "High contrast")->at("checked") == true);

    CHECK(app.Shows("100 %"));
    app.Activate("button", "Larger text");
    app.Activate("button", "Larger text");
    CHECK(app.ui.display.text_percent == 125);
    CHECK(app.Shows("125 %"));
    for (int step = 0; step < 10; ++step)
        if (app.FindItem("button", "Smaller text")->value("disabled", false) == false)
            app.Activate("button", "Smaller text");
    CHECK(app.ui.display.text_percent == 80);
    app.Activate("button", "Normal text size");
    CHECK(app.ui.display.text_percent == 100);
    app.Activate("button", "Hide settings");
    CHECK_FALSE(app.FindItem("radio", "High contrast"));
}

TEST_CASE("the welcome screen and display settings fit a 360 px wide phone") {
    HeadlessApp app(360.0f, 740.0f);
    app.Settle();
    app.Activate("button", "Settings and backup");
    for (const nlohmann::json& item : app.Snapshot()["items"]) {
        INFO(item["name"].get<std::string>());
        CHECK(item["x"].get<float>() >= 0.0f);
        CHECK(item["x"].get<float>() + item["width"].get<float>() <= 360.0f);
    }
}

TEST_CASE("on touch screens every control is at least 44 px tall, at every text size") {
    for (float text_scale : {0.8f, 1.0f, 2.0f}) {
        HeadlessApp app(1100.0f, 2000.0f);
        leeway::ui::LoadFonts(1.0f, text_scale);
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
        leeway::ui::ApplyTheme(Theme::Light, text_scale, leeway::ui::kBodyFontSize * text_scale,
                               44.0f);
        app.ui.display.open = true;
        app.Settle();
        int controls = 0;
        for (const nlohmann::json& item : app.Snapshot()["items"]) {
            const std::string role = item["role"];
            if (role != "button" && role != "textbox" && role != "radio" && role != "link")
                continue;
            ++controls;
            INFO(text_scale << ": " << role << " " << item["name"].get<std::string>());
            CHECK(item["height"].get<float>() >= 44.0f);
        }
        CHECK(controls >= 8);
        leeway::ui::ApplyTheme(Theme::Light);
        leeway::ui::LoadFonts(1.0f, 1.0f);
    }
}
