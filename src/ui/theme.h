#pragma once
// Calm light and dark themes and a high-contrast one. By default the app follows the system
// (dark or light, high contrast when the system asks for more contrast); the user can choose.

#include <imgui.h>

#include <string>
#include <vector>

namespace leeway::ui {

struct Palette {
    ImVec4 text;
    ImVec4 muted_text;
    ImVec4 background;
    ImVec4 surface; // cards and fields
    ImVec4 accent;  // primary actions, progress
    ImVec4 accent_hovered;
    ImVec4 accent_active;
    ImVec4 accent_text; // text on accent, accent_hovered and accent_active
    ImVec4 error;
    ImVec4 success;
    ImVec4 phase[3]; // one tint per program phase, also used for the phase heading's text
    ImVec4 border;   // fields, cards, buttons: visible against background and surface
};

enum class Theme { Light, Dark, HighContrast };
enum class ThemeChoice { System, Light, Dark, HighContrast };

Theme ResolveTheme(ThemeChoice choice, bool system_prefers_dark, bool system_prefers_more_contrast);
// "system", "light", "dark", "high-contrast": how a choice is stored and named in tests.
const char* ThemeChoiceKey(ThemeChoice choice);
ThemeChoice ThemeChoiceFromKey(const std::string& key); // unknown keys give System

// Sets Dear ImGui's style and the palette for the theme; sizes are multiplied by size_scale
// (the text-size setting), so spacing grows with the text. Buttons and fields are made at least
// min_control_height CSS pixels tall (44 on touch screens) for text of font_size pixels.
void ApplyTheme(Theme theme, float size_scale = 1.0f, float font_size = 17.0f,
                float min_control_height = 0.0f);
const Palette& GetPalette();
// The size_scale of the last ApplyTheme: fixed widths in the screens grow with the text.
float SizeScale();
const Palette& PaletteFor(Theme theme);
// The style ApplyTheme sets, built into a style of the caller's.
void BuildStyle(Theme theme, ImGuiStyle& style);

// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
float ContrastRatio(const ImVec4& a, const ImVec4& b);

// A colour drawn on another that must stay readable: minimum 4.5 for text (WCAG AA), 3 for the
// edges of controls and other non-text marks (WCAG 1.4.11).
struct ContrastPair {
    std::string what;
    ImVec4 foreground;
    ImVec4 background;
    float minimum;
};
// Every text colour of the theme on every background it is drawn on, and the control edges.
std::vector<ContrastPair> ContrastPairs(Theme theme);

} // namespace leeway::ui
