#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/influence.h"
#include "core/program.h"
#include "core/report.h"
#include "core/responsibility.h"

using namespace leeway::core;

TEST_CASE("the 1:1 report holds exactly the chosen sections, in order, as Markdown") {
    Workbook workbook;
    REQUIRE(StartProgram(workbook, "Builds wait two days for QA.", {2026, 11, 1}));
    Program& program = *workbook.program;
    program.clarity.scope = "I own the release checklist.";
    REQUIRE(SetOwnedArea(program.responsibility, "Handoff of builds to QA"));
    REQUIRE(SetMetric(program.responsibility, {MetricKind::HandoffDelay, "Handoff hours", "hours",
                                               40, 8, BetterDirection::Lower}));
    REQUIRE(AddMeasurement(program.responsibility, "m1", {2026, 11, 12}, 40, ""));
    REQUIRE(AddMeasurement(program.responsibility, "m2", {2026, 11, 20}, 24, ""));
    REQUIRE(AddReport(program.responsibility, "r1", {2026, 11, 15}, "QA hears sooner",
                      "The bot failed", ""));
    REQUIRE(SetFeedback(program.influence, FeedbackFrom::Peer,
                        {"Tomás", Date{2026, 11, 22}, Date{2026, 11, 23}, "Yes"}));

    std::array<bool, kReportSectionCount> include{};
    include.fill(true);
    include[static_cast<size_t>(ReportSection::Proposal)] = false;
    const Report report = BuildReport(workbook, {2026, 11, 24}, include);
    REQUIRE(report.parts.size() == 5);
    CHECK(report.subtitle == "Day 24 of 30, Tue 24 Nov 2026");
    CHECK(report.parts[2].heading == "Metric and trend");
    CHECK(report.parts[2].lines[1] ==
          "Measurements: 40 hours on Thu 12 Nov 2026, 24 hours on Fri 20 Nov 2026.");
    CHECK(report.parts[2].lines[2] ==
          "The latest value is 50% of the way from baseline to target.");
    CHECK(report.parts[4].lines[0] == "Peer, Tomás (Mon 23 Nov 2026): Yes");

    const std::string markdown = ReportToMarkdown(report);
    CHECK(markdown.rfind("# Builds wait two days for QA.\n\nDay 24 of 30, Tue 24 Nov 2026\n", 0) ==
          0);
    CHECK(markdown.find("## Scope\n\nI own the release checklist.\n") != std::string::npos);
    CHECK(markdown.find("## What changed, failed and was escalated\n\nSun 15 Nov 2026: Changed: QA "
                        "hears sooner. Failed: "
                        "The bot failed.\n") != std::string::npos);
    CHECK(markdown.find("Proposal") == std::string::npos);

    include.fill(false);
    include[static_cast<size_t>(ReportSection::Proposal)] = true;
    const Report only_proposal = BuildReport(workbook, {2026, 11, 24}, include);
    REQUIRE(only_proposal.parts.size() == 1);
    CHECK(only_proposal.parts[0].lines == std::vector<std::string>{"No proposal yet."});
}

TEST_CASE("Markdown characters in the user's text are escaped") {
    Workbook workbook;
    REQUIRE(StartProgram(workbook, "Fix *all* the [things]", {2026, 11, 1}));
    std::array<bool, kReportSectionCount> include{};
    CHECK(ReportToMarkdown(BuildReport(workbook, {2026, 11, 2}, include))
              .rfind("# Fix \\*all\\* the \\[things\\]\n", 0) == 0);
    CHECK(ReportFileName({2026, 11, 2}) == "leeway-report-2026-11-02.md");
}

TEST_CASE("HTML, entities and autolinks in the user's text reach the Markdown as text") {
    Workbook workbook;
    REQUIRE(StartProgram(workbook,
                         "Fix <img src=x onerror=alert(1)> & <https://evil.example> &amp; now",
                         {2026, 11, 1}));
    std::array<bool, kReportSectionCount> include{};
    const std::string markdown = ReportToMarkdown(BuildReport(workbook, {2026, 11, 2}, include));
    CHECK(markdown.rfind("# Fix &lt;img src=x onerror=alert(1)&gt; &amp; "
                         "&lt;https\\://evil.example&gt; &amp;amp; now\n",
                         0) == 0);
    CHECK(markdown.find('<') == std::string::npos);
}

TEST_CASE("the printable report's JSON holds every part, read back by nlohmann") {
    Report report;
    report.title = "Report for a 1:1 \"draft\"";
    report.subtitle = "Day 12 of 30 — ünïcode";
    report.parts = {{"Scope", {"I own the <handoff> sheet"}},
                    {"Measurements", {"18 hours", "16.5 hours"}},
                    {"Empty", {}}};
    const nlohmann::json read = nlohmann::json::parse(ReportToJson(report));
    CHECK(read.at("title") == report.title);
    CHECK(read.at("subtitle") == report.subtitle);
    REQUIRE(read.at("parts").size() == 3);
    CHECK(read.at("parts")[1].at("heading") == "Measurements");
    CHECK(read.at("parts")[1].at("lines") == nlohmann::json::array({"18 hours", "16.5 hours"}));
    CHECK(read.at("parts")[2].at("lines").empty());
}
