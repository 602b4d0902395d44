#include "ui/display_settings.h"

#include <imgui.h>

#include <cstdlib>
#include <string>

#include "core/date.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

float RadioWidth(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
           ImGui::CalcTextSize(label, nullptr, true).x;
}

void Label(const char* text) {
    ImGui::PushFont(GetFonts().strong);
    Paragraph(text);
    ImGui::PopFont();
}

int StepTextSize(int percent, int direction) {
    const int count = static_cast<int>(sizeof kTextSizes / sizeof kTextSizes[0]);
    int index = 0;
    while (index < count && kTextSizes[index] != percent)
        ++index;
    if (index == count)
        index = 2; // 100 %
    index += direction;
    return kTextSizes[index < 0 ? 0 : index >= count ? count - 1 : index];
}

} // namespace

int NearestTextSize(int percent) {
    int nearest = 100;
    for (int size : kTextSizes)
        if (std::abs(size - percent) < std::abs(nearest - percent))
            nearest = size;
    return nearest;
}

void DrawDisplaySettings(DisplaySettings& display, const AppModel& model, AppActions& actions) {
    // Outside a kiosk the backup lives here too, so it is one press away on every screen, with
    // or without a program running.
    const bool with_backup = !model.kiosk.on;
    const char* name = display.open ? (with_backup ? "Hide settings" : "Hide display settings")
                                    : (with_backup ? "Settings and backup" : "Display settings");
    // The compact layout puts a short button at the end of the status line.
    const bool compact = CompactLayout();
    const char* toggle = !compact       ? name
                         : display.open ? "Hide settings###settings"
                                        : "Settings###settings";
    if (compact)
        SameLineAtRightIfButtonFits(toggle);
    if (SecondaryButton(toggle, name)) {
        display.open = !display.open;
        display.scroll_to_panel = display.open && compact;
    }
    RecordLastItemExpanded(display.open);
    // The compact layout shows the panel at the top of the content, where it can scroll.
    if (display.open && !compact)
        DrawDisplaySettingsPanel(display, model, actions);
}

void DrawDisplaySettingsPanel(DisplaySettings& display, const AppModel& model,
                              AppActions& actions) {
    const bool with_backup = !model.kiosk.on;
    const bool compact = CompactLayout();
    if (compact) {
        Gap(8);
        StrongParagraph(with_backup ? "Settings and backup" : "Display settings");
    }
    if (with_backup) {
        Label("Your backup");
        const core::Workbook& workbook = model.workbook();
        MutedParagraph(workbook.last_export
                           ? "Last exported on " + core::FormatLongDate(*workbook.last_export) + "."
                           : "No backup exported yet.");
        if (compact && !StorageText(model.storage).empty())
            MutedParagraph(StorageText(model.storage));
        if (SecondaryButton("Export a backup file"))
            actions.ExportBackup();
        SameLineIfButtonFits("Import a backup file");
        ImGui::BeginDisabled(!CanEdit(model));
        if (SecondaryButton("Import a backup file"))
            actions.ChooseBackupToImport();
        ImGui::EndDisabled();
    }

    Label("Theme");
    struct Choice {
        const char* label;
        ThemeChoice choice;
    };
    const Choice choices[] = {
        {"Follow the system##theme", ThemeChoice::System},
        {"Light##theme", ThemeChoice::Light},
        {"Dark##theme", ThemeChoice::Dark},
        {"High contrast##theme", ThemeChoice::HighContrast},
    };
    bool first = true;
    for (const Choice& choice : choices) {
        if (!first)
            SameLineIfFits(RadioWidth(choice.label));
        first = false;
        if (RadioChoice(choice.label, display.theme == choice.choice))
            display.theme = choice.choice;
    }

    Label("Text size");
    const int percent = NearestTextSize(display.text_percent);
    ImGui::BeginDisabled(percent == kTextSizes[0]);
    if (SecondaryButton("Smaller", "Smaller text"))
        display.text_percent = StepTextSize(percent, -1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string size_text = std::to_string(percent) + " %";
    Paragraph(size_text);
    SameLineIfButtonFits("Larger");
    ImGui::BeginDisabled(percent == kTextSizes[sizeof kTextSizes / sizeof kTextSizes[0] - 1]);
    if (SecondaryButton("Larger", "Larger text"))
        display.text_percent = StepTextSize(percent, +1);
    ImGui::EndDisabled();
    SameLineIfButtonFits("Normal size");
    ImGui::BeginDisabled(percent == 100);
    if (SecondaryButton("Normal size", "Normal text size"))
        display.text_percent = 100;
    ImGui::EndDisabled();

    if (model.kiosk.on)
        return;
    Label("Examples from");
    for (int index = 0; index < core::kExampleSetCount; ++index) {
        const auto set = static_cast<core::ExampleSet>(index);
        const std::string label = std::string(core::ExampleSetName(set)) + "##examples";
        if (index > 0)
            SameLineIfFits(RadioWidth(label.c_str()));
        if (RadioChoice(label.c_str(), model.examples == set,
                        std::string("Examples from: ") + core::ExampleSetName(set)) &&
            model.examples != set)
            actions.ChooseExamples(set);
    }
}

} // namespace leeway::ui
