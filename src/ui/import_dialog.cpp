// Asks before a backup replaces the workbook that is stored now.
#include <imgui.h>

#include "core/date.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

std::string Describe(const core::Workbook& workbook) {
    if (!workbook.program)
        return "no program yet";
    return "\"" + workbook.program->challenge + "\", started " +
           core::FormatLongDate(workbook.program->start_date);
}

} // namespace

void DrawImportDialog(AppModel& model, AppActions& actions) {
    constexpr const char* kPopup = "Replace your workbook?";
    if (model.pending_import && !ImGui::IsPopupOpen(kPopup))
        ImGui::OpenPopup(kPopup);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, viewport->WorkSize.x - 32.0f), 0));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize))
        return;
    if (!model.pending_import) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const PendingImport& pending = *model.pending_import;
    Heading("Replace your workbook?");
    Paragraph("The file " + pending.file_name + " holds " + Describe(*pending.result.workbook) + ".");
    Paragraph("This browser holds " + Describe(model.workbook) + ".");
    MutedParagraph("Replacing cannot be undone here. Export a backup first if you want to keep "
                   "what is stored now.");
    ImGui::Dummy(ImVec2(0, 4));
    if (PrimaryButton("Replace with the backup")) {
        actions.ConfirmImport();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (SecondaryButton("Keep what I have")) {
        actions.CancelImport();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace leeway::ui
