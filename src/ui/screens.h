#pragma once
// The screen list: DrawApp picks the screen for the current state and draws the shared parts.

#include <string>

#include "core/program.h"
#include "ui/app_model.h"
#include "ui/ui_state.h"

namespace leeway::ui {

// Draws one frame of the whole app; returns the title of the screen shown.
std::string DrawApp(AppModel& model, UiState& ui, AppActions& actions);

// One function per screen, each in its own file.
void DrawLoadingScreen();
void DrawWelcomeScreen(AppModel& model, WelcomeForm& form, AppActions& actions);
void DrawHomeScreen(const AppModel& model, UiState& ui, AppActions& actions);
void DrawCheckIn(const AppModel& model, CheckInForm& form, AppActions& actions);
void DrawMapScreen(const AppModel& model, MapForm& form, AppActions& actions);
void DrawClarityScreen(const AppModel& model, ClarityForm& form, RealityForm& reality,
                       AppActions& actions);
void DrawResponsibilityScreen(const AppModel& model, ResponsibilityForm& form, AppActions& actions);
void DrawInfluenceScreen(const AppModel& model, InfluenceForm& form, AppActions& actions);
void DrawHistoryScreen(const AppModel& model, HistoryForm& form);
void DrawStabilityScreen(const AppModel& model, StabilityForm& form, AppActions& actions);
void DrawReportScreen(const AppModel& model, ReportForm& form, AppActions& actions);
void DrawSafetyScreen(const AppModel& model, SafetyForm& form, AppActions& actions);

// Guidance shown where it matters (guidance_cards.cpp): support first when a safety flag is
// marked, the stress rule, the watch-outs, a due stability check, and the reality check.
// link: whether to offer the way to the safety screen (not on that screen itself).
void DrawSafetyFirst(const AppModel& model, AppActions& actions, bool link = true);
void DrawStressCard(const AppModel& model, AppActions& actions);
void DrawWatchOuts(const AppModel& model, WatchOutForm& form, AppActions& actions);
void DrawStabilityDue(const AppModel& model, AppActions& actions);
void DrawRealityCheck(const AppModel& model, RealityForm& form, AppActions& actions);

// Links of the screens: "#/today", "#/map", "#/clarity", ... Unknown links show Today.
const char* LinkForRoute(Route route);
Route RouteFromLink(const std::string& link);

// The tabs between the screens; the phase screens only while a program runs. In the compact
// layout they are a menu, opened by one button that names the screen shown
// (DrawScreensMenuButton, drawn above the scrolling content), and listed at the content's top.
void DrawNavigation(const AppModel& model, Route current, ChromeState& chrome, AppActions& actions,
                    bool menu_button_drawn);
void DrawScreensMenuButton(Route current, ChromeState& chrome);

// "Days 11-20 of your program. Today is day 12." and what the phase is for.
std::string PhaseTiming(const AppModel& model, core::Phase phase);

// While the example workbook is shown: says so, and offers the way back; beside_navigation puts
// only its button at the end of the row just drawn (the compact layout's screens menu).
void DrawExampleBanner(const AppModel& model, AppActions& actions, bool beside_navigation);

// Shared parts.
void DrawNoticeBanner(AppModel& model, AppActions& actions);
void DrawStatusBar(const AppModel& model);
// What the browser promised about keeping the data, in words that say what to do about it; ""
// before it was asked.
std::string StorageText(const StorageInfo& storage);
void DrawImportDialog(AppModel& model, AppActions& actions);

} // namespace leeway::ui
