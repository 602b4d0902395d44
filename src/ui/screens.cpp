#include "ui/screens.h"

#include <imgui.h>

#include "core/program.h"
#include "ui/display_settings.h"
#include "ui/widgets.h"

namespace leeway::ui {

std::string DrawApp(AppModel& model, UiState& ui, AppActions& actions) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Leeway", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoMove);

    std::string title = "Leeway";
    // The footer (notice and status line) is measured as it is drawn; the content above uses
    // last frame's height, which settles within the frames drawn after every change.
    ImGui::BeginChild("content", ImVec2(0, -ui.footer_height), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground);
    BeginColumn(720.0f);
    if (!model.storage_answered) {
        DrawLoadingScreen();
    } else if (!model.workbook.program) {
        DrawWelcomeScreen(model, ui.welcome, actions);
        title = "Leeway: start your 30 days";
    } else {
        DrawNavigation(ui.route, actions);
        switch (ui.route) {
        case Route::Today: {
            DrawHomeScreen(model, ui.check_in, actions);
            const core::ProgramDay day = core::ComputeProgramDay(*model.workbook.program, model.today);
            title = day.status == core::ProgramStatus::Running
                        ? "Leeway: day " + std::to_string(day.day) + " of " + std::to_string(core::kProgramDays)
                        : day.status == core::ProgramStatus::Paused ? "Leeway: paused" : "Leeway";
            break;
        }
        case Route::Clarity:
            DrawClarityScreen(model, ui.clarity, actions);
            title = "Leeway: Clarity baseline";
            break;
        }
    }
    EndColumn();
    ImGui::EndChild();

    const float footer_top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(0.0f); // the footer spans the window and wraps at its edge
    DrawNoticeBanner(model, actions);
    DrawStatusBar(model);
    DrawDisplaySettings(ui.display);
    ImGui::PopTextWrapPos();
    ui.footer_height = ImGui::GetCursorPosY() - footer_top;
    DrawImportDialog(model, actions);
    ImGui::End();
    return title;
}

void DrawLoadingScreen() { MutedParagraph("Opening your workbook..."); }

const char* LinkForRoute(Route route) {
    switch (route) {
    case Route::Today: return "#/today";
    case Route::Clarity: return "#/clarity";
    }
    return "#/today";
}

Route RouteFromLink(const std::string& link) {
    return link == LinkForRoute(Route::Clarity) ? Route::Clarity : Route::Today;
}

void DrawNavigation(Route current, AppActions& actions) {
    ImGui::Dummy(ImVec2(0, 4));
    if (NavigationTab("Today", current == Route::Today) && current != Route::Today)
        actions.Navigate(Route::Today);
    ImGui::SameLine();
    if (NavigationTab("Clarity baseline", current == Route::Clarity) && current != Route::Clarity)
        actions.Navigate(Route::Clarity);
    ColumnSeparator();
}

} // namespace leeway::ui
