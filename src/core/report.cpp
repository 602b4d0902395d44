#include "core/report.h"

#include "core/clarity.h"
#include "core/json_text.h"
#include "core/program.h"
#include "core/responsibility.h"

namespace leeway::core {

namespace {

ReportPart ScopePart(const Program& program) {
    ReportPart part{ReportSectionName(ReportSection::Scope), {}};
    part.lines.push_back(program.clarity.scope.empty() ? "Not written yet."
                                                       : program.clarity.scope);
    return part;
}

ReportPart OwnedDecisionPart(const Program& program) {
    ReportPart part{ReportSectionName(ReportSection::OwnedDecision), {}};
    part.lines.push_back(program.responsibility.owned_area.empty()
                             ? "Not chosen yet."
                             : program.responsibility.owned_area);
    return part;
}

ReportPart MetricPart(const Program& program) {
    ReportPart part{ReportSectionName(ReportSection::Metric), {}};
    const ResponsibilityLoop& loop = program.responsibility;
    if (!loop.metric) {
        part.lines.push_back("No metric set yet.");
        return part;
    }
    const OutcomeMetric& metric = *loop.metric;
    part.lines.push_back(metric.name + " (" + MetricKindName(metric.kind) + "): baseline " +
                         FormatMetricValue(metric.baseline) + " " + metric.unit + ", target " +
                         FormatMetricValue(metric.target) + " " + metric.unit + ", " +
                         (metric.better == BetterDirection::Lower ? "lower" : "higher") +
                         " is better.");
    if (loop.measurements.empty()) {
        part.lines.push_back("No measurements yet.");
        return part;
    }
    // Each with its unit and a date a person reads: "18 hours on Thu 12 Mar 2026".
    std::string trend = "Measurements: ";
    for (size_t index = 0; index < loop.measurements.size(); ++index) {
        const Measurement& measurement = loop.measurements[index];
        trend += (index == 0 ? "" : ", ") + FormatMetricValue(measurement.value) + " " +
                 metric.unit + " on " + FormatLongDate(measurement.date);
    }
    part.lines.push_back(trend + ".");
    const double latest = loop.measurements.back().value;
    const int percent = static_cast<int>(ProgressTowardsTarget(metric, latest) * 100.0);
    part.lines.push_back(ReachedTarget(metric, latest)
                             ? "The latest value reaches the target."
                             : "The latest value is " + std::to_string(percent) +
                                   "% of the way from baseline to target.");
    return part;
}

ReportPart LoopPart(const Program& program) {
    ReportPart part{ReportSectionName(ReportSection::Loop), {}};
    for (const LoopReport& report : program.responsibility.reports) {
        std::string line = FormatLongDate(report.date) + ":";
        if (!report.changed.empty())
            line += " Changed: " + EndSentence(report.changed);
        if (!report.failed.empty())
            line += " Failed: " + EndSentence(report.failed);
        if (!report.escalated.empty())
            line += " Escalated: " + EndSentence(report.escalated);
        part.lines.push_back(line);
    }
    if (part.lines.empty())
        part.lines.push_back("No reports yet.");
    return part;
}

ReportPart ProposalPart(const Program& program) {
    ReportPart part{ReportSectionName(ReportSection::Proposal), {}};
    const InfluenceTrial& trial = program.influence;
    if (trial.proposal.empty()) {
        part.lines.push_back("No proposal yet.");
        return part;
    }
    part.lines.push_back(trial.proposal);
    std::string effect = "Expected effect: " + trial.effect;
    if (trial.expected_value && program.responsibility.metric)
        effect += " (" + program.responsibility.metric->name + ": " +
                  FormatMetricValue(*trial.expected_value) + " " +
                  program.responsibility.metric->unit + ")";
    part.lines.push_back(effect);
    return part;
}

ReportPart FeedbackPart(const Program& program) {
    ReportPart part{ReportSectionName(ReportSection::Feedback), {}};
    for (const auto& [who_is, ask] : {std::make_pair("Peer", &program.influence.peer),
                                      std::make_pair("Manager", &program.influence.manager)}) {
        if (ask->received_on)
            part.lines.push_back(std::string(who_is) + ", " + ask->who + " (" +
                                 FormatLongDate(*ask->received_on) + "): " + ask->said);
    }
    if (part.lines.empty())
        part.lines.push_back("No feedback received yet.");
    return part;
}

// The user's text as Markdown that every viewer shows as that text, sanitizing or not: HTML's
// three special characters become entities (so no tag, autolink or entity can form), every
// other character with a meaning in CommonMark or GitHub's dialect is escaped with a backslash,
// and a line break becomes a space (a new line could start a list, quote or heading).
std::string MarkdownEscape(const std::string& text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '&': escaped += "&amp;"; continue;
        case '<': escaped += "&lt;"; continue;
        case '>': escaped += "&gt;"; continue;
        case '\n':
        case '\r': escaped += ' '; continue;
        case '*':
        case '_':
        case '`':
        case '#':
        case '[':
        case ']':
        case '\\':
        case '|':
        case '~': escaped += '\\'; break;
        case ':': // so would a web address ("https://"), in GitHub's dialect
            if (text.compare(i, 3, "://") == 0)
                escaped += '\\';
            break;
        case '-':
        case '+':
        case '=':
        case '.':
            // Only where they could open a list or underline a heading: at the start, or after
            // the digits of "1." at the start; and the dot of "www." (a link in GitHub's dialect).
            if (i == 0 || (c == '.' && text.find_first_not_of("0123456789") == i) ||
                (c == '.' && i >= 3 && text.compare(i - 3, 3, "www") == 0))
                escaped += '\\';
            break;
        default: break;
        }
        escaped += c;
    }
    return escaped;
}

} // namespace

const char* ReportSectionName(ReportSection section) {
    switch (section) {
    case ReportSection::Scope: return "Scope";
    case ReportSection::OwnedDecision: return "Decision area I own";
    case ReportSection::Metric: return "Metric and trend";
    case ReportSection::Loop: return "What changed, failed and was escalated";
    case ReportSection::Proposal: return "Proposal and its effect";
    case ReportSection::Feedback: return "Feedback received";
    }
    return "";
}

Report BuildReport(const Workbook& workbook, const Date& today,
                   const std::array<bool, kReportSectionCount>& include) {
    Report report;
    if (!workbook.program)
        return report;
    const Program& program = *workbook.program;
    report.title = program.challenge;
    const ProgramDay day = ComputeProgramDay(program, today);
    report.subtitle =
        (day.status == ProgramStatus::NotStartedYet ? "Not started yet"
                                                    : "Day " + std::to_string(day.day) + " of 30") +
        ", " + FormatLongDate(today);
    using Builder = ReportPart (*)(const Program&);
    constexpr Builder kBuilders[kReportSectionCount] = {ScopePart, OwnedDecisionPart, MetricPart,
                                                        LoopPart,  ProposalPart,      FeedbackPart};
    for (size_t section = 0; section < kReportSectionCount; ++section)
        if (include[section])
            report.parts.push_back(kBuilders[section](program));
    return report;
}

std::string ReportToMarkdown(const Report& report) {
    std::string text =
        "# " + MarkdownEscape(report.title) + "\n\n" + MarkdownEscape(report.subtitle) + "\n";
    for (const ReportPart& part : report.parts) {
        text += "\n## " + MarkdownEscape(part.heading) + "\n\n";
        const bool list = part.lines.size() > 1;
        for (const std::string& line : part.lines)
            text += (list ? "- " : "") + MarkdownEscape(line) + "\n";
    }
    return text;
}

std::string ReportToJson(const Report& report) {
    std::string document;
    JsonWriter json(document, JsonWriter::Layout::Compact);
    json.BeginObject();
    json.Key("title");
    json.String(report.title);
    json.Key("subtitle");
    json.String(report.subtitle);
    json.Key("parts");
    json.BeginArray();
    for (const ReportPart& part : report.parts) {
        json.BeginObject();
        json.Key("heading");
        json.String(part.heading);
        json.Key("lines");
        json.BeginArray();
        for (const std::string& line : part.lines)
            json.String(line);
        json.EndArray();
        json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    return document;
}

std::string ReportFileName(const Date& today) {
    return "leeway-report-" + FormatIsoDate(today) + ".md";
}

} // namespace leeway::core
