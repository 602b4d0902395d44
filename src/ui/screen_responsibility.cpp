// Days 11-20, Responsibility loop: the decision area the user owns, one outcome metric with its
// measurements and chart, and reports of what changed, what failed and what was escalated.
#include <imgui.h>

#include <iterator>

#include "core/program.h"
#include "core/responsibility.h"
#include "ui/example_hints.h"
#include "ui/metric_chart.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

constexpr const char* kKindLabels[] = {"Time", "Quality", "Handoff delay", "Rework"};
constexpr const char* kBetterLabels[] = {"Lower is better", "Higher is better"};
static_assert(std::size(kKindLabels) == core::kMetricKindCount);
static_assert(std::size(kBetterLabels) == core::kBetterDirectionCount);

void LoadForm(ResponsibilityForm& form, const core::ResponsibilityLoop& loop) {
    if (form.loaded)
        return;
    form.loaded = true;
    form.owned_area = loop.owned_area;
    if (loop.metric) {
        form.metric_kind = static_cast<int>(loop.metric->kind);
        form.metric_name = loop.metric->name;
        form.metric_unit = loop.metric->unit;
        form.metric_baseline = core::FormatMetricValue(loop.metric->baseline);
        form.metric_target = core::FormatMetricValue(loop.metric->target);
        form.metric_better = static_cast<int>(loop.metric->better);
    }
}

void DrawOwnedArea(const AppModel& model, ResponsibilityForm& form, AppActions& actions) {
    const core::ResponsibilityLoop& loop = model.workbook().program->responsibility;
    Heading("The decision area you own");
    MutedParagraph(
        "One area where the decisions are fully yours for these ten days: small enough to own "
        "completely, visible enough that others notice.");
    TextField("Decision area", "##owned-area", form.owned_area, Hints(model).owned_area,
              ImGui::CalcItemWidth());
    const std::vector<core::DecisionArea>& areas = model.workbook().map.areas;
    if (!areas.empty() && CanEdit(model)) {
        MutedParagraph("From your autonomy map:");
        FlowRow row;
        for (const core::DecisionArea& area : areas) {
            row.Next(FlowRow::ButtonWidth(area.name.c_str()));
            ImGui::PushID(area.id.c_str());
            if (SecondaryButton(area.name.c_str(), "Use decision area: " + area.name))
                form.owned_area = area.name;
            ImGui::PopID();
        }
    }
    const bool changed = core::NormalizeSentence(form.owned_area) != loop.owned_area;
    ImGui::BeginDisabled(!changed);
    if (SecondaryButton("Save decision area"))
        actions.Edit([&](core::Workbook& workbook) {
            return core::SetOwnedArea(workbook.program->responsibility, form.owned_area);
        });
    ImGui::EndDisabled();
    if (!changed && !loop.owned_area.empty())
        MutedParagraph("Saved.");
}

const char* MetricProblemText(core::MetricProblem problem) {
    switch (problem) {
    case core::MetricProblem::None: return nullptr;
    case core::MetricProblem::NoName: return "Say what exactly you will measure.";
    case core::MetricProblem::NoUnit: return "Give the unit: hours, days, tickets, percent...";
    case core::MetricProblem::TooLong:
        return "Keep the name to a line and the unit to a word or two.";
    case core::MetricProblem::BadNumber:
        return "Baseline and target must be numbers, such as 48 or 2.5.";
    case core::MetricProblem::TargetEqualsBaseline:
        return "The target should differ from where you are now.";
    case core::MetricProblem::TargetNotBetter:
        return "The target should be better than the baseline: check which direction is better.";
    }
    return nullptr;
}

void DrawMetric(const AppModel& model, ResponsibilityForm& form, AppActions& actions) {
    const core::ResponsibilityLoop& loop = model.workbook().program->responsibility;
    Heading("Outcome metric");
    MutedParagraph(
        "One number that shows whether your decisions help: how long something takes, how good "
        "it is, how long handoffs wait, or how much gets redone.");
    form.metric_kind = ChoiceRow(kKindLabels, form.metric_kind, "Kind of metric");
    const float width = ImGui::CalcItemWidth();
    TextField("What you measure", "##metric-name", form.metric_name,
              Hints(model).metric_by_kind[form.metric_kind], width);
    TextField("Unit", "##metric-unit", form.metric_unit, "e.g. hours", std::min(width, 220.0f), {},
              core::kMaxMetricUnitBytes);
    // Side by side: each label stays above its own field.
    ImGui::BeginGroup();
    TextField("Baseline (now)", "##metric-baseline", form.metric_baseline, "e.g. 48", 150.0f);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    TextField("Target", "##metric-target", form.metric_target, "e.g. 8", 150.0f);
    ImGui::EndGroup();
    form.metric_better = ChoiceRow(kBetterLabels, form.metric_better, "Direction");

    const std::optional<double> baseline = core::ParseMetricValue(form.metric_baseline);
    const std::optional<double> target = core::ParseMetricValue(form.metric_target);
    core::OutcomeMetric metric{static_cast<core::MetricKind>(form.metric_kind),
                               core::NormalizeSentence(form.metric_name),
                               core::NormalizeSentence(form.metric_unit),
                               baseline.value_or(0),
                               target.value_or(0),
                               static_cast<core::BetterDirection>(form.metric_better)};
    core::MetricProblem problem = core::CheckMetric(metric);
    if (problem == core::MetricProblem::None && (!baseline || !target))
        problem = core::MetricProblem::BadNumber;
    if ((!form.metric_baseline.empty() && !baseline) || (!form.metric_target.empty() && !target))
        ErrorParagraph(MetricProblemText(core::MetricProblem::BadNumber));
    else if (form.tried_metric && problem != core::MetricProblem::None)
        ErrorParagraph(MetricProblemText(problem));
    const bool changed = !loop.metric || !(*loop.metric == metric);
    ImGui::BeginDisabled(!changed);
    if (SecondaryButton("Save metric")) {
        form.tried_metric = true;
        if (problem == core::MetricProblem::None)
            actions.Edit([&](core::Workbook& workbook) {
                return core::SetMetric(workbook.program->responsibility, metric);
            });
    }
    ImGui::EndDisabled();
    if (!changed)
        MutedParagraph("Saved.");
}

void DrawMeasurements(const AppModel& model, ResponsibilityForm& form, AppActions& actions) {
    const core::ResponsibilityLoop& loop = model.workbook().program->responsibility;
    Heading("Measurements");
    if (!loop.metric) {
        MutedParagraph("Save your metric first; then log its value whenever you measure it.");
        return;
    }
    const core::OutcomeMetric& metric = *loop.metric;
    MetricChart(metric, loop.measurements);
    Gap(6);
    const float width = ImGui::CalcItemWidth();
    TextField(("Value, in " + metric.unit).c_str(), "##measurement-value", form.measurement_value,
              "e.g. 26.5", 150.0f);
    TextField("Note (optional)", "##measurement-note", form.measurement_note,
              "What was different this time?", width);
    if (form.measurement_date.empty())
        form.measurement_date = core::FormatIsoDate(model.today);
    bool date_ok = true;
    const std::optional<core::Date> date =
        DateField("Measured on", "##measurement-date", form.measurement_date, model.today, date_ok);
    const std::optional<double> value = core::ParseMetricValue(form.measurement_value);
    if (form.tried_measurement && !value)
        ErrorParagraph("Write the value as a number, such as 26 or 26.5.");
    if (SecondaryButton("Log measurement")) {
        form.tried_measurement = true;
        const std::string id = actions.NewId();
        if (value && date && actions.Edit([&](core::Workbook& workbook) {
                return core::AddMeasurement(workbook.program->responsibility, id, *date, *value,
                                            form.measurement_note);
            })) {
            form.measurement_logged = "Logged " + core::FormatMetricValue(*value) + " " +
                                      metric.unit + " for " + core::FormatLongDate(*date) + ".";
            form.measurement_value.clear();
            form.measurement_note.clear();
            form.measurement_date.clear();
            form.tried_measurement = false;
        }
    }
    if (!form.measurement_logged.empty())
        MutedParagraph(form.measurement_logged, Role::Status);
    {
        MirrorGroup list(Container::List, "Measurements");
        for (auto it = loop.measurements.rbegin(); it != loop.measurements.rend(); ++it) {
            const core::Measurement& measurement = *it;
            ImGui::PushID(measurement.id.c_str());
            MirrorGroup row(Container::ListItem, measurement.id);
            const std::string text =
                core::FormatLongDate(measurement.date) + ": " +
                core::FormatMetricValue(measurement.value) + " " + metric.unit +
                (measurement.note.empty() ? "" : " (" + measurement.note + ")");
            Paragraph(text);
            if (CanEdit(model) && SecondaryButton("Remove", "Remove measurement: " + text)) {
                const std::string id = measurement.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::RemoveMeasurement(workbook.program->responsibility, id);
                });
            }
            ImGui::PopID();
        }
    }
}

void DrawReports(const AppModel& model, ResponsibilityForm& form, AppActions& actions) {
    const core::ResponsibilityLoop& loop = model.workbook().program->responsibility;
    Heading("Reports");
    MutedParagraph(
        "Every few days, three short lines: what changed, what failed, and what you escalated. "
        "Saying what failed is part of owning the area.");
    const float width = ImGui::CalcItemWidth();
    TextField("What changed", "##report-changed", form.report_changed, Hints(model).report_changed,
              width);
    TextField("What failed", "##report-failed", form.report_failed, Hints(model).report_failed,
              width);
    TextField("What was escalated", "##report-escalated", form.report_escalated,
              Hints(model).report_escalated, width);
    const core::ReportProblem problem =
        core::CheckReport(form.report_changed, form.report_failed, form.report_escalated);
    if (form.tried_report && problem == core::ReportProblem::Empty)
        ErrorParagraph("Fill in at least one of the three.");
    else if (problem == core::ReportProblem::TooLong)
        ErrorParagraph("Keep each line short.");
    if (SecondaryButton("Save report")) {
        form.tried_report = true;
        const std::string id = actions.NewId();
        if (problem == core::ReportProblem::None && actions.Edit([&](core::Workbook& workbook) {
                return core::AddReport(workbook.program->responsibility, id, model.today,
                                       form.report_changed, form.report_failed,
                                       form.report_escalated);
            })) {
            form.report_changed.clear();
            form.report_failed.clear();
            form.report_escalated.clear();
            form.tried_report = false;
        }
    }
    {
        MirrorGroup list(Container::List, "Reports");
        for (auto it = loop.reports.rbegin(); it != loop.reports.rend(); ++it) {
            const core::LoopReport& report = *it;
            ImGui::PushID(report.id.c_str());
            MirrorGroup row(Container::ListItem, report.id);
            Gap(4);
            StrongParagraph("Report of " + core::FormatLongDate(report.date));
            if (!report.changed.empty())
                Paragraph("Changed: " + report.changed);
            if (!report.failed.empty())
                Paragraph("Failed: " + report.failed);
            if (!report.escalated.empty())
                Paragraph("Escalated: " + report.escalated);
            // Named by its first line too: two reports of one day are two different buttons to a
            // screen reader.
            const std::string& first_line = !report.changed.empty()  ? report.changed
                                            : !report.failed.empty() ? report.failed
                                                                     : report.escalated;
            if (CanEdit(model) &&
                SecondaryButton("Remove", "Remove report of " + core::FormatLongDate(report.date) +
                                              ": " + first_line)) {
                const std::string id = report.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::RemoveReport(workbook.program->responsibility, id);
                });
            }
            ImGui::PopID();
        }
    }
}

} // namespace

void DrawResponsibilityScreen(const AppModel& model, ResponsibilityForm& form,
                              AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    LoadForm(form, program.responsibility);
    Gap(8);
    Title("Responsibility loop");
    MutedParagraph(PhaseTiming(model, core::Phase::ResponsibilityLoop));
    ImGui::BeginDisabled(!CanEdit(model));
    Gap();
    DrawOwnedArea(model, form, actions);
    Gap(20);
    DrawMetric(model, form, actions);
    Gap(20);
    DrawMeasurements(model, form, actions);
    Gap(20);
    DrawReports(model, form, actions);
    ImGui::EndDisabled();
    Gap(20);
}

} // namespace leeway::ui
