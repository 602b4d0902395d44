#pragma once
// The one-page report for a 1:1, built from the workbook: each section included or left out by
// the user, as Markdown or as a printable page.

#include <array>
#include <string>
#include <vector>

#include "core/workbook.h"

namespace leeway::core {

enum class ReportSection { Scope, OwnedDecision, Metric, Loop, Proposal, Feedback };
constexpr size_t kReportSectionCount = 6;
const char* ReportSectionName(ReportSection section); // "Scope", "Metric and trend", ...

struct ReportPart {
    std::string heading;
    std::vector<std::string> lines; // each a paragraph or list item
};

struct Report {
    std::string title;    // the challenge
    std::string subtitle; // "Day 24 of 30, Thu 26 Nov 2026"
    std::vector<ReportPart> parts;
};

// Sections with nothing written yet say so rather than disappear, so the user sees the gap.
Report BuildReport(const Workbook& workbook, const Date& today,
                   const std::array<bool, kReportSectionCount>& include);

std::string ReportToMarkdown(const Report& report);
// {"title", "subtitle", "parts": [{"heading", "lines": [...]}]}: what the printable page draws.
std::string ReportToJson(const Report& report);

// "leeway-report-2026-11-26.md"
std::string ReportFileName(const Date& today);

} // namespace leeway::core
