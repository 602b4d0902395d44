#pragma once
// Kiosk mode's screens: the facilitator's setup and panel, the participant's welcome,
// the session bar, the finish screen with the take-home code, and "Still there?".

#include <string>

#include "ui/app_model.h"
#include "ui/ui_state.h"

namespace leeway::ui {

// Draws the kiosk screen that replaces the usual content, if one does, and returns true with
// the page title set. During a session it returns false: the workbook's screens are drawn, with
// the session bar (DrawKioskSessionBar) above them.
bool DrawKioskScreens(AppModel& model, UiState& ui, AppActions& actions, std::string& title);
// True when DrawKioskScreens draws a screen of its own for this route.
bool KioskScreenShown(const AppModel& model, Route route);

// Over everything: the idle countdown, and the offer to import a take-home link.
void DrawKioskOverlays(AppModel& model, AppActions& actions);

// screen_kiosk_setup.cpp
void DrawKioskSetupScreen(AppModel& model, KioskForm& form, AppActions& actions);
void DrawFacilitatorPanel(AppModel& model, KioskForm& form, AppActions& actions);
// A PIN field: digits only, drawn as dots, and mirrored as dots too.
bool PinField(const char* label, const char* id, std::string& pin);

// screen_kiosk_session.cpp
void DrawParticipantWelcome(AppModel& model, KioskForm& form, AppActions& actions);
void DrawKioskSessionBar(const AppModel& model, AppActions& actions);
void DrawKioskFinishScreen(const AppModel& model, KioskForm& form, AppActions& actions);

} // namespace leeway::ui
