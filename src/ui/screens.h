#pragma once
// The screen list: DrawApp picks the screen for the current state and draws the shared parts.

#include <string>

#include "ui/app_model.h"
#include "ui/ui_state.h"

namespace leeway::ui {

// Draws one frame of the whole app; returns the title of the screen shown.
std::string DrawApp(AppModel& model, UiState& ui, AppActions& actions);

// One function per screen, each in its own file.
void DrawLoadingScreen();
void DrawWelcomeScreen(AppModel& model, WelcomeForm& form, AppActions& actions);
void DrawHomeScreen(const AppModel& model, CheckInForm& check_in, AppActions& actions);
void DrawCheckIn(const AppModel& model, CheckInForm& form, AppActions& actions);
void DrawClarityScreen(const AppModel& model, ClarityForm& form, AppActions& actions);

// Links of the screens: "#/today", "#/clarity". Unknown links show Today.
const char* LinkForRoute(Route route);
Route RouteFromLink(const std::string& link);

// The tabs between the screens of a started program.
void DrawNavigation(Route current, AppActions& actions);

// Shared parts.
void DrawNoticeBanner(AppModel& model, AppActions& actions);
void DrawStatusBar(const AppModel& model);
void DrawImportDialog(AppModel& model, AppActions& actions);

} // namespace leeway::ui
