#pragma once
// The user's display choices: theme and text size. Kept by the page (platform::SavePreference),
// never in the workbook; the app applies them before the next frame.

#include "ui/theme.h"

namespace leeway::ui {

struct DisplaySettings {
    ThemeChoice theme = ThemeChoice::System;
    int text_percent = 100; // one of kTextSizes
    bool open = false;      // the settings row is shown
};

// The text sizes offered, in percent of the normal size.
inline constexpr int kTextSizes[] = {80, 90, 100, 110, 125, 150, 175, 200};

// The nearest offered size (stored values may come from anywhere).
int NearestTextSize(int percent);

// A "Display" button that opens a row of theme choices and text-size buttons.
void DrawDisplaySettings(DisplaySettings& display);

} // namespace leeway::ui
