#pragma once
// The user's display choices: theme and text size. Kept by the page (platform::SavePreference),
// never in the workbook; the app applies them before the next frame. The same panel offers the
// choice of examples, which the app keeps (AppActions::ChooseExamples).

#include "ui/app_model.h"
#include "ui/theme.h"

namespace leeway::ui {

struct DisplaySettings {
    ThemeChoice theme = ThemeChoice::System;
    int text_percent = 100;       // one of kTextSizes
    bool open = false;            // the settings row is shown
    bool scroll_to_panel = false; // just opened in the compact layout: the content goes to its top
};

// The text sizes offered, in percent of the normal size.
inline constexpr int kTextSizes[] = {80, 90, 100, 110, 125, 150, 175, 200};

// The nearest offered size (stored values may come from anywhere).
int NearestTextSize(int percent);

// A "Settings and backup" button that opens the backup's export and import, rows of theme
// choices, text-size buttons and where the examples come from. In a kiosk session (where the
// facilitator decides, and a session ends with its own way home) it is "Display settings": theme
// and text size only.
void DrawDisplaySettings(DisplaySettings& display, const AppModel& model, AppActions& actions);
// The panel itself, when open: under its button, or in the compact layout at the top of the
// content, where it scrolls with the rest (DrawApp draws it there).
void DrawDisplaySettingsPanel(DisplaySettings& display, const AppModel& model, AppActions& actions);

} // namespace leeway::ui
