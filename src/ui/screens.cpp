#include "ui/screens.h"

#include <imgui.h>

#include "core/program.h"
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
        DrawHomeScreen(model, actions);
        const core::ProgramDay day = core::ComputeProgramDay(*model.workbook.program, model.today);
        title = day.status == core::ProgramStatus::Running
                    ? "Leeway: day " + std::to_string(day.day) + " of " +
                          std::to_string(core::kProgramDays)
                    : "Leeway";
    }
    EndColumn();
    ImGui::EndChild();

    const float footer_top = ImGui::GetCursorPosY();
    DrawNoticeBanner(model, actions);
    DrawStatusBar(model);
    ui.footer_height = ImGui::GetCursorPosY() - footer_top;
    DrawImportDialog(model, actions);
    ImGui::End();
    return title;
}

void DrawLoadingScreen() { MutedParagraph("Opening your workbook..."); }

} // namespace leeway::ui
