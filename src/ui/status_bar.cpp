#include <imgui.h>

#include <cstdio>

#include "ui/screen_snapshot.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

std::string FormatBytes(double bytes) {
    char text[32];
    if (bytes < 1024.0 * 1024.0)
        std::snprintf(text, sizeof text, "%.0f KB", bytes / 1024.0);
    else if (bytes < 1024.0 * 1024.0 * 1024.0)
        std::snprintf(text, sizeof text, "%.1f MB", bytes / (1024.0 * 1024.0));
    else
        std::snprintf(text, sizeof text, "%.1f GB", bytes / (1024.0 * 1024.0 * 1024.0));
    return text;
}

std::string SaveStatusText(const AppModel& model, bool& is_problem) {
    is_problem = false;
    switch (model.save_status) {
    case SaveStatus::Opening: return "Opening storage...";
    case SaveStatus::NothingYet:
        return "Nothing stored yet. What you start here is saved in this browser.";
    case SaveStatus::Saved: return "Saved in this browser.";
    case SaveStatus::Pending:
    case SaveStatus::Saving: return "Saving...";
    case SaveStatus::Failed:
        is_problem = true;
        return "Not saved: " + model.save_problem +
               ". Your work is safe in this tab and Leeway keeps trying; export a backup to be "
               "sure.";
    case SaveStatus::SessionOnly:
        is_problem = true;
        return "Session only: " + model.save_problem +
               " Nothing is kept after you close this tab, so export a backup before you close it.";
    }
    return {};
}

// A line for the compact layout's footer; problems are said in full all the same.
std::string ShortSaveStatusText(const AppModel& model) {
    switch (model.save_status) {
    case SaveStatus::NothingYet: return "Nothing stored yet.";
    case SaveStatus::Saved: return "Saved in this browser.";
    default: return {};
    }
}

} // namespace

std::string StorageText(const StorageInfo& storage) {
    if (!storage.asked || !storage.supported)
        return {};
    std::string text =
        storage.persisted ? "The browser keeps this data until you delete it."
                          : "The browser may clear this data if the device runs short of space, so "
                            "export a backup now and then.";
    if (storage.quota_bytes > 0)
        text += " Using " + FormatBytes(storage.usage_bytes) + " of " +
                FormatBytes(storage.quota_bytes) + ".";
    return text;
}

// Always visible, so the user knows at a glance whether their work is safe.
void DrawStatusBar(const AppModel& model) {
    ImGui::Separator();
    if (model.read_only) {
        ErrorParagraph(
            "Read-only: Leeway is open in another tab, which saves your work. Changes made "
            "there show up here; close that tab to edit here.",
            Role::Status);
    }
    bool is_problem = false;
    const bool compact = CompactLayout();
    std::string status = SaveStatusText(model, is_problem);
    if (compact && !is_problem && !ShortSaveStatusText(model).empty())
        status = ShortSaveStatusText(model);
    // In the compact layout the settings button shares this line (see DrawDisplaySettings).
    if (compact)
        ImGui::AlignTextToFramePadding();
    // "Saving..." lasts a moment: worth seeing, not worth interrupting a screen reader for.
    const bool transient =
        model.save_status == SaveStatus::Pending || model.save_status == SaveStatus::Saving;
    if (is_problem)
        ErrorParagraph(status, Role::Status);
    else
        MutedParagraph(status, transient ? Role::Text : Role::Status);
    // The compact layout says it under "Settings and backup", next to the export.
    const std::string storage = StorageText(model.storage);
    if (!storage.empty() && !compact)
        MutedParagraph(storage);
}

} // namespace leeway::ui
