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
    constexpr const char* kPopup = "Replace or merge your workbook?";
    if (model.pending_import && !ImGui::IsPopupOpen(kPopup))
        ImGui::OpenPopup(kPopup);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, viewport->WorkSize.x - 32.0f), 0));
    if (!ImGui::BeginPopupModal(kPopup, nullptr,
                                ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize))
        return;
    MirrorGroup dialog(Container::Dialog, kPopup);
    if (!model.pending_import) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const PendingImport& pending = *model.pending_import;
    ImGui::PushTextWrapPos(0.0f); // paragraphs wrap at the dialog's edge, as in the kiosk's dialogs
    Heading("Replace or merge your workbook?");
    Paragraph("The file " + pending.file_name + " holds " + Describe(*pending.result.workbook) +
              ".");
    Paragraph("This browser holds " + Describe(model.workbook()) + ".");
    MutedParagraph(
        "Merge keeps everything from both, matching entries one by one; where both changed "
        "the same entry, the newer change wins and you get the list. Replace puts the file's "
        "workbook in place of yours. Either way, one click on Undo import puts yours back.");
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushItemWidth(
        ImGui::GetContentRegionAvail().x); // the row may use the dialog's whole width
    FlowRow row;
    ImGui::PopItemWidth();
    row.Next(FlowRow::ButtonWidth("Merge with mine"));
    if (PrimaryButton("Merge with mine")) {
        actions.MergeImport();
        ImGui::CloseCurrentPopup();
    }
    row.Next(FlowRow::ButtonWidth("Replace with the backup"));
    if (SecondaryButton("Replace with the backup")) {
        actions.ConfirmImport();
        ImGui::CloseCurrentPopup();
    }
    row.Next(FlowRow::ButtonWidth("Keep what I have"));
    if (SecondaryButton("Keep what I have")) {
        actions.CancelImport();
        ImGui::CloseCurrentPopup();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

} // namespace leeway::ui
