// History: finished programs with their summaries, each one open to read in full.
#include <imgui.h>

#include "core/history.h"
#include "core/program.h"
#include "core/responsibility.h"
#include "ui/metric_chart.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

void DrawSummary(const core::FinishedProgram& finished) {
    const core::ProgramSummary summary =
        core::SummarizeProgram(finished.program, finished.finished_on);
    Paragraph("Checked in on " + std::to_string(summary.days_checked_in) + " of " +
              Plural(summary.days_counted, "day", "days") + ", " +
              Plural(summary.minutes_spent, "minute", "minutes") + " in all.");
    Paragraph(
        "Clarity baseline: " + Plural(summary.blockers_listed, "blocker", "blockers") + " (" +
        std::to_string(summary.blockers_retired) + " retired), " +
        Plural(summary.requests.needed + summary.requests.avoidable_noise, "request", "requests") +
        " sorted (" + std::to_string(summary.requests.avoidable_noise) +
        " avoidable noise), constraint " +
        (summary.constraint_named ? core::OutcomeName(summary.constraint_outcome) : "not named") +
        ".");
    const core::ResponsibilityLoop& loop = finished.program.responsibility;
    std::string responsibility = "Responsibility loop: ";
    if (!summary.metric_set) {
        responsibility += "no metric set";
    } else {
        responsibility += loop.metric->name + " from " +
                          core::FormatMetricValue(loop.metric->baseline) + " towards " +
                          core::FormatMetricValue(loop.metric->target) + " " + loop.metric->unit;
        if (summary.latest_value)
            responsibility += ", last " + core::FormatMetricValue(*summary.latest_value) +
                              (summary.target_reached ? " (target reached)" : "");
    }
    Paragraph(responsibility + "; " + Plural(summary.reports, "report", "reports") + ".");
    Paragraph("Influence trial: " +
              (summary.proposal_made ? "proposed \"" + finished.program.influence.proposal + "\""
                                     : std::string("no proposal")) +
              ", " + std::to_string(summary.feedback_received) + " of 2 answers received.");
    if (!finished.reflection.empty())
        Paragraph("Your reflection: \"" + finished.reflection + "\"");
}

void DrawDetails(const core::Program& program) {
    const core::ClarityBaseline& clarity = program.clarity;
    StrongParagraph("Scope");
    Paragraph(clarity.scope.empty() ? "Not written." : clarity.scope);
    if (!clarity.blockers.empty()) {
        StrongParagraph("Blockers");
        for (const core::Blocker& blocker : clarity.blockers)
            Paragraph("\xE2\x80\xA2 " + blocker.text + " (" +
                      Plural(blocker.occurrences, "time", "times") +
                      (blocker.retired ? ", retired)" : ")"));
    }
    if (!clarity.requests.empty()) {
        StrongParagraph("Requests");
        for (const core::LoggedRequest& request : clarity.requests)
            Paragraph("\xE2\x80\xA2 " + request.text + ": " + core::VerdictName(request.verdict) +
                      ", " + request.reason);
    }
    if (!clarity.constraint.what.empty()) {
        StrongParagraph("Constraint asked about");
        Paragraph(clarity.constraint.what +
                  (clarity.constraint.asked_of.empty()
                       ? ""
                       : ", asked of " + clarity.constraint.asked_of) +
                  ": " + core::OutcomeName(clarity.constraint.outcome) + ".");
    }
    const core::ResponsibilityLoop& loop = program.responsibility;
    if (!loop.owned_area.empty()) {
        StrongParagraph("Decision area owned");
        Paragraph(loop.owned_area);
    }
    if (loop.metric) {
        StrongParagraph("Metric");
        MetricChart(*loop.metric, loop.measurements);
    }
    if (!loop.reports.empty()) {
        StrongParagraph("Reports");
        for (const core::LoopReport& report : loop.reports) {
            std::string text = core::FormatLongDate(report.date) + ".";
            if (!report.changed.empty())
                text += " Changed: " + core::EndSentence(report.changed);
            if (!report.failed.empty())
                text += " Failed: " + core::EndSentence(report.failed);
            if (!report.escalated.empty())
                text += " Escalated: " + core::EndSentence(report.escalated);
            Paragraph(text);
        }
    }
    const core::InfluenceTrial& trial = program.influence;
    if (!trial.proposal.empty()) {
        StrongParagraph("Proposal");
        Paragraph(core::EndSentence(trial.proposal) +
                  " Expected effect: " + core::EndSentence(trial.effect));
        for (const core::FeedbackAsk* ask : {&trial.peer, &trial.manager}) {
            if (ask->who.empty())
                continue;
            Paragraph(
                (ask == &trial.peer ? "Peer, " : "Manager, ") + ask->who + ": " +
                (ask->received_on ? "\"" + ask->said + "\"" : std::string("no answer recorded")));
        }
    }
}

} // namespace

void DrawHistoryScreen(const AppModel& model, HistoryForm& form) {
    const std::vector<core::FinishedProgram>& history = model.workbook().history;
    Gap(8);
    Title("History");
    if (history.empty()) {
        MutedParagraph(
            "Finished programs land here with their summary. When day 30 is behind you, finish the "
            "program on Today; your autonomy map carries over to the next one.");
        return;
    }
    MutedParagraph(
        Plural(static_cast<int>(history.size()), "finished program", "finished programs") +
        ", newest first. Your autonomy map carried over from each to the next.");
    {
        MirrorGroup list(Container::List, "Finished programs");
        for (int index = static_cast<int>(history.size()) - 1; index >= 0; --index) {
            const core::FinishedProgram& finished = history[static_cast<size_t>(index)];
            ImGui::PushID(index);
            MirrorGroup row(Container::ListItem, std::to_string(index));
            Gap(10);
            ColumnSeparator();
            Gap(4);
            Heading(finished.program.challenge);
            MutedParagraph("Started " + core::FormatLongDate(finished.program.start_date) +
                           ", finished " + core::FormatLongDate(finished.finished_on) + ".");
            DrawSummary(finished);
            const bool open = form.open_index == index;
            if (SecondaryButton(open ? "Hide the details" : "Show the details",
                                (open ? "Hide the details: " : "Show the details: ") +
                                    finished.program.challenge))
                form.open_index = open ? -1 : index;
            if (open) {
                Gap(6);
                DrawDetails(finished.program);
            }
            ImGui::PopID();
        }
    }
    Gap(20);
}

} // namespace leeway::ui
