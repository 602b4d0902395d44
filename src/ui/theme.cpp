#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace leeway::ui {

namespace {

ImVec4 Rgb(int hex, float alpha = 1.0f) {
    return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                  static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

ImVec4 Mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                  a.w + (b.w - a.w) * t);
}

ImVec4 Darker(const ImVec4& color, float factor) {
    return ImVec4(color.x * factor, color.y * factor, color.z * factor, color.w);
}

// Every text colour keeps at least 4.5:1 against every background it is drawn on, and control
// edges 3:1: tests/ui/theme_test.cpp measures each pair listed by ContrastPairs.
Palette MakeLight() {
    Palette p;
    p.text = Rgb(0x1F2933);
    p.muted_text = Rgb(0x4A5764);
    p.background = Rgb(0xF7F5F0);
    p.surface = Rgb(0xFFFFFF);
    p.accent = Rgb(0x2F6F62);
    p.accent_hovered = Darker(p.accent, 0.9f);
    p.accent_active = Darker(p.accent, 0.8f);
    p.accent_text = Rgb(0xFFFFFF);
    p.error = Rgb(0xB3261E);
    p.success = Rgb(0x2F6F62);
    p.phase[0] = Rgb(0x2F6A8F);
    p.phase[1] = Rgb(0x2F6F62);
    p.phase[2] = Rgb(0x8A5A9E);
    p.border = Rgb(0x7E8489);
    return p;
}

Palette MakeDark() {
    Palette p;
    p.text = Rgb(0xE4E7EB);
    p.muted_text = Rgb(0xA9B2BC);
    p.background = Rgb(0x161B20);
    p.surface = Rgb(0x20272E);
    p.accent = Rgb(0x6CC1AC);
    p.accent_hovered = Darker(p.accent, 0.9f);
    p.accent_active = Darker(p.accent, 0.8f);
    p.accent_text = Rgb(0x0E1A17);
    p.error = Rgb(0xF2A39B);
    p.success = Rgb(0x6CC1AC);
    p.phase[0] = Rgb(0x7DB8DE);
    p.phase[1] = Rgb(0x6CC1AC);
    p.phase[2] = Rgb(0xC59BD8);
    p.border = Rgb(0x767B80);
    return p;
}

// White on black, a yellow accent, every edge drawn in the text colour.
Palette MakeHighContrast() {
    Palette p;
    p.text = Rgb(0xFFFFFF);
    p.muted_text = Rgb(0xE6E6E6);
    p.background = Rgb(0x000000);
    p.surface = Rgb(0x000000);
    p.accent = Rgb(0xFFD23F);
    p.accent_hovered = Rgb(0xFFE27F);
    p.accent_active = Rgb(0xFFEDB0);
    p.accent_text = Rgb(0x000000);
    p.error = Rgb(0xFF9E9E);
    p.success = Rgb(0x7CF29C);
    p.phase[0] = Rgb(0x8CD3FF);
    p.phase[1] = Rgb(0x7CF29C);
    p.phase[2] = Rgb(0xE6B8FF);
    p.border = Rgb(0xFFFFFF);
    return p;
}

const Palette kLight = MakeLight();
const Palette kDark = MakeDark();
const Palette kHighContrast = MakeHighContrast();

Palette g_palette = kLight;
float g_size_scale = 1.0f;

float Linear(float channel) {
    return channel <= 0.04045f ? channel / 12.92f : std::pow((channel + 0.055f) / 1.055f, 2.4f);
}

float RelativeLuminance(const ImVec4& color) {
    return 0.2126f * Linear(color.x) + 0.7152f * Linear(color.y) + 0.0722f * Linear(color.z);
}

} // namespace

Theme ResolveTheme(ThemeChoice choice, bool system_prefers_dark,
                   bool system_prefers_more_contrast) {
    switch (choice) {
    case ThemeChoice::Light: return Theme::Light;
    case ThemeChoice::Dark: return Theme::Dark;
    case ThemeChoice::HighContrast: return Theme::HighContrast;
    case ThemeChoice::System: break;
    }
    if (system_prefers_more_contrast)
        return Theme::HighContrast;
    return system_prefers_dark ? Theme::Dark : Theme::Light;
}

const char* ThemeChoiceKey(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::System: return "system";
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::HighContrast: return "high-contrast";
    }
    return "system";
}

ThemeChoice ThemeChoiceFromKey(const std::string& key) {
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast})
        if (key == ThemeChoiceKey(choice))
            return choice;
    return ThemeChoice::System;
}

const Palette& GetPalette() { return g_palette; }

const Palette& PaletteFor(Theme theme) {
    switch (theme) {
    case Theme::Light: return kLight;
    case Theme::Dark: return kDark;
    case Theme::HighContrast: return kHighContrast;
    }
    return kLight;
}

void BuildStyle(Theme theme, ImGuiStyle& style) {
    const Palette& p = PaletteFor(theme);
    const bool light = theme == Theme::Light;
    style = ImGuiStyle();
    light ? ImGui::StyleColorsLight(&style) : ImGui::StyleColorsDark(&style);

    style.WindowPadding = ImVec2(24, 24);
    style.FramePadding = ImVec2(12, 9);
    style.ItemSpacing = ImVec2(10, 12);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.FrameRounding = 6.0f;
    style.GrabRounding = 6.0f;
    style.PopupRounding = 8.0f;
    style.WindowRounding = 0.0f;
    style.ChildRounding = 8.0f;
    style.WindowBorderSize = 0.0f;
    style.FrameBorderSize = theme == Theme::HighContrast ? 2.0f : 1.0f;
    style.ChildBorderSize = theme == Theme::HighContrast ? 2.0f : 1.0f;
    style.PopupBorderSize = theme == Theme::HighContrast ? 2.0f : 1.0f;
    style.ScrollbarSize = 14.0f;

    ImVec4* colors = style.Colors;
    colors[ImGuiCol_Text] = p.text;
    colors[ImGuiCol_TextDisabled] = p.muted_text;
    colors[ImGuiCol_WindowBg] = p.background;
    colors[ImGuiCol_ChildBg] = p.surface;
    colors[ImGuiCol_PopupBg] = p.surface;
    colors[ImGuiCol_Border] = p.border;
    colors[ImGuiCol_FrameBg] = p.surface;
    colors[ImGuiCol_FrameBgHovered] = Mix(p.surface, p.accent, 0.08f);
    colors[ImGuiCol_FrameBgActive] = Mix(p.surface, p.accent, 0.14f);
    colors[ImGuiCol_Button] = Mix(p.background, p.text, 0.08f);
    colors[ImGuiCol_ButtonHovered] = Mix(p.background, p.text, 0.14f);
    colors[ImGuiCol_ButtonActive] = Mix(p.background, p.text, 0.20f);
    colors[ImGuiCol_PlotHistogram] = p.accent;
    colors[ImGuiCol_CheckMark] = p.accent;
    colors[ImGuiCol_TextSelectedBg] = Mix(p.surface, p.accent, 0.35f);
    colors[ImGuiCol_NavHighlight] = p.accent;
    colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, light ? 0.35f : 0.6f);
    colors[ImGuiCol_Separator] =
        Mix(p.background, p.text, theme == Theme::HighContrast ? 0.6f : 0.15f);
    colors[ImGuiCol_ScrollbarGrab] = Mix(p.background, p.text, 0.45f);
}

void ApplyTheme(Theme theme, float size_scale, float font_size, float min_control_height) {
    g_palette = PaletteFor(theme);
    g_size_scale = size_scale;
    ImGuiStyle& style = ImGui::GetStyle();
    BuildStyle(theme, style);
    if (size_scale != 1.0f)
        style.ScaleAllSizes(size_scale);
    const float padding_for_height = std::ceil((min_control_height - font_size) * 0.5f);
    style.FramePadding.y = std::max(style.FramePadding.y, padding_for_height);
}

float SizeScale() { return g_size_scale; }

float ContrastRatio(const ImVec4& a, const ImVec4& b) {
    const float la = RelativeLuminance(a);
    const float lb = RelativeLuminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

std::vector<ContrastPair> ContrastPairs(Theme theme) {
    const Palette& p = PaletteFor(theme);
    ImGuiStyle style;
    BuildStyle(theme, style);
    const ImVec4* c = style.Colors;
    struct Named {
        const char* name;
        ImVec4 color;
    };
    const Named window{"window", c[ImGuiCol_WindowBg]};
    const Named card{"card", c[ImGuiCol_ChildBg]};
    const Named popup{"dialog", c[ImGuiCol_PopupBg]};
    const Named field{"field", c[ImGuiCol_FrameBg]};
    const Named field_hovered{"hovered field", c[ImGuiCol_FrameBgHovered]};
    const Named field_active{"field being edited", c[ImGuiCol_FrameBgActive]};
    const Named button{"button", c[ImGuiCol_Button]};
    const Named button_hovered{"hovered button", c[ImGuiCol_ButtonHovered]};
    const Named button_pressed{"pressed button", c[ImGuiCol_ButtonActive]};
    const Named selection{"selected text", c[ImGuiCol_TextSelectedBg]};

    std::vector<ContrastPair> pairs;
    auto add = [&pairs](const char* what, const ImVec4& foreground,
                        std::initializer_list<Named> backgrounds, float minimum) {
        for (const Named& background : backgrounds)
            pairs.push_back({std::string(what) + " on " + background.name, foreground,
                             background.color, minimum});
    };
    constexpr float kText = 4.5f;
    constexpr float kMark = 3.0f;
    add("text", c[ImGuiCol_Text],
        {window, card, popup, field, field_hovered, field_active, button, button_hovered,
         button_pressed, selection},
        kText);
    // Muted text: hints in empty fields, secondary lines, the tabs not selected.
    add("muted text", c[ImGuiCol_TextDisabled],
        {window, card, popup, field, field_hovered, field_active, button, button_hovered,
         button_pressed},
        kText);
    add("error text", p.error, {window, card, popup}, kText);
    for (int phase = 0; phase < 3; ++phase)
        add(phase == 0   ? "phase 1 heading"
            : phase == 1 ? "phase 2 heading"
                         : "phase 3 heading",
            p.phase[phase], {window, card}, kText);
    add("primary button text", p.accent_text, {{"primary button", p.accent}}, kText);
    add("primary button text", p.accent_text, {{"hovered primary button", p.accent_hovered}},
        kText);
    add("primary button text", p.accent_text, {{"pressed primary button", p.accent_active}}, kText);
    add("field and card edge", c[ImGuiCol_Border], {window, card, field}, kMark);
    add("check mark and tab underline", c[ImGuiCol_CheckMark], {window, field}, kMark);
    add("error notice edge", p.error, {window, card}, kMark);
    add("success notice edge", p.success, {window, card}, kMark);
    add("focus ring", p.text, {window, card, button}, kMark);
    return pairs;
}

} // namespace leeway::ui
