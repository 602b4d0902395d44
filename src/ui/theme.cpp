#include "ui/theme.h"

namespace leeway::ui {

namespace {

ImVec4 Rgb(int hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f,
                  (hex & 0xFF) / 255.0f, alpha);
}

// Text colours keep at least 4.5:1 contrast against their background (WCAG AA).
const Palette kLight = {
    Rgb(0x1F2933), Rgb(0x52606D), Rgb(0xF7F5F0), Rgb(0xFFFFFF), Rgb(0x2F6F62), Rgb(0xFFFFFF),
    Rgb(0xB3261E), Rgb(0x2F6F62), {Rgb(0x3D7EA6), Rgb(0x2F6F62), Rgb(0x8A5A9E)},
};
const Palette kDark = {
    Rgb(0xE4E7EB), Rgb(0xA9B2BC), Rgb(0x161B20), Rgb(0x20272E), Rgb(0x6CC1AC), Rgb(0x0E1A17),
    Rgb(0xF2A39B), Rgb(0x6CC1AC), {Rgb(0x7DB8DE), Rgb(0x6CC1AC), Rgb(0xC59BD8)},
};

Palette g_palette = kLight;

ImVec4 Mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                  a.w + (b.w - a.w) * t);
}

} // namespace

const Palette& GetPalette() { return g_palette; }

void ApplyTheme(bool dark) {
    g_palette = dark ? kDark : kLight;
    const Palette& p = g_palette;
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    dark ? ImGui::StyleColorsDark(&style) : ImGui::StyleColorsLight(&style);

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
    style.FrameBorderSize = 1.0f;
    style.ScrollbarSize = 14.0f;

    ImVec4* colors = style.Colors;
    colors[ImGuiCol_Text] = p.text;
    colors[ImGuiCol_TextDisabled] = p.muted_text;
    colors[ImGuiCol_WindowBg] = p.background;
    colors[ImGuiCol_ChildBg] = p.surface;
    colors[ImGuiCol_PopupBg] = p.surface;
    colors[ImGuiCol_Border] = Mix(p.background, p.text, 0.22f);
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
    colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, dark ? 0.6f : 0.35f);
    colors[ImGuiCol_Separator] = Mix(p.background, p.text, 0.15f);
}

} // namespace leeway::ui
