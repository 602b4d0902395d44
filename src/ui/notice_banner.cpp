#include <imgui.h>

#include "ui/screen_snapshot.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

void DrawNoticeBanner(AppModel& model, AppActions& actions) {
    if (!model.notice)
        return;
    const Palette& palette = GetPalette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette.surface);
    ImGui::PushStyleColor(ImGuiCol_Border,
                          model.notice->is_error ? palette.error : palette.success);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.5f);
    ImGui::BeginChild("notice", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::PopStyleColor(); // the border colour is for the banner, not the button inside
    ImGui::PushTextWrapPos(0.0f);
    if (model.notice->is_error)
        ErrorParagraph(model.notice->text, Role::Alert);
    else
        Paragraph(model.notice->text, Role::Status);
    ImGui::PopTextWrapPos();
    if (model.notice->offers_undo_import) {
        if (SecondaryButton("Undo import"))
            actions.UndoImport();
        ImGui::SameLine();
    }
    if (SecondaryButton("Dismiss##notice"))
        actions.DismissNotice();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace leeway::ui
