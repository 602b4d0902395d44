#pragma once
// Calm light and dark themes; the app follows the system setting.

#include <imgui.h>

namespace leeway::ui {

struct Palette {
    ImVec4 text;
    ImVec4 muted_text;
    ImVec4 background;
    ImVec4 surface; // cards and fields
    ImVec4 accent;  // primary actions, progress
    ImVec4 accent_text;
    ImVec4 error;
    ImVec4 success;
    ImVec4 phase[3]; // one tint per program phase
};

void ApplyTheme(bool dark);
const Palette& GetPalette();

} // namespace leeway::ui
