// The report for a 1:1: the user picks the sections, sees the page, and takes it out as Markdown,
// a printable page or the clipboard.
#include <imgui.h>

#include "core/report.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

void DrawReportScreen(const AppModel& model, ReportForm& form, AppActions& actions) {
    Gap(8);
    Title("Report for a 1:1");
    MutedParagraph(
        "One page for a conversation with your manager or mentor, built from what you wrote. Leave "
        "out any section you would rather not share.");
    Gap();
    StrongParagraph("Sections");
    std::array<bool, core::kReportSectionCount> include{};
    for (size_t section = 0; section < core::kReportSectionCount; ++section) {
        const char* name = core::ReportSectionName(static_cast<core::ReportSection>(section));
        ImGui::PushID(static_cast<int>(section));
        if (CheckboxChoice(name, form.include[section], std::string("Include: ") + name))
            form.include[section] = !form.include[section];
        ImGui::PopID();
        include[section] = form.include[section];
    }
    const core::Report report = core::BuildReport(model.workbook(), model.today, include);
    Gap(8);
    FlowRow row;
    row.Next(FlowRow::ButtonWidth("Open printable page"));
    if (PrimaryButton("Open printable page"))
        actions.PrintReport(report);
    row.Next(FlowRow::ButtonWidth("Download as Markdown"));
    if (SecondaryButton("Download as Markdown"))
        actions.DownloadReport(report);
    row.Next(FlowRow::ButtonWidth("Copy to clipboard"));
    if (SecondaryButton("Copy to clipboard"))
        actions.CopyReport(report);
    Gap(12);
    ColumnSeparator();
    Gap(4);
    Heading("Preview");
    StrongParagraph(report.title);
    MutedParagraph(report.subtitle);
    if (report.parts.empty())
        MutedParagraph("Pick at least one section.");
    for (const core::ReportPart& part : report.parts) {
        Gap(6);
        StrongParagraph(part.heading);
        for (const std::string& line : part.lines)
            Paragraph(part.lines.size() > 1 ? "\xE2\x80\xA2 " + line : line);
    }
    Gap(20);
}

} // namespace leeway::ui
