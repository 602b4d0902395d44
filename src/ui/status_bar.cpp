#include <imgui.h>

#include "ui/screen_snapshot.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

// Always visible, so the user knows at a glance whether their work is safe.
void DrawStatusBar(const AppModel& model) {
    ImGui::Separator();
    std::string text;
    bool is_problem = false;
    switch (model.save_status) {
    case SaveStatus::Opening: text = "Opening storage..."; break;
    case SaveStatus::NothingYet: text = "Nothing stored yet. What you start here is saved in this browser."; break;
    case SaveStatus::Saved: text = "Saved in this browser."; break;
    case SaveStatus::Pending:
    case SaveStatus::Saving: text = "Saving..."; break;
    case SaveStatus::Failed:
        text = "Not saved: " + model.save_problem + ". Leeway keeps trying; export a backup to be safe.";
        is_problem = true;
        break;
    case SaveStatus::SessionOnly:
        text = "Session only: " + model.save_problem +
               " Nothing is kept after you close this tab, so export a backup first.";
        is_problem = true;
        break;
    }
    if (is_problem)
        ErrorParagraph(text, Role::Status);
    else
        MutedParagraph(text, Role::Status);
}

} // namespace leeway::ui
