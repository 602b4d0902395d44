#include <doctest/doctest.h>

#include "core/autonomy_map.h"
#include "core/clarity.h"
#include "core/influence.h"
#include "core/next_step.h"
#include "core/program.h"
#include "core/responsibility.h"

using namespace leeway::core;

namespace {

constexpr Date kStart{2026, 11, 1};

Date Day(int n) { return AddDays(kStart, n - 1); }

Workbook Started() {
    Workbook workbook;
    REQUIRE(StartProgram(workbook, "Handoffs to QA wait two days.", kStart));
    return workbook;
}

} // namespace

TEST_CASE("in the Clarity baseline the step walks through what is still missing") {
    Workbook workbook = Started();
    ClarityBaseline& clarity = workbook.program->clarity;
    CHECK(SuggestStep(workbook, Day(1)).place == StepPlace::Clarity);
    CHECK(SuggestStep(workbook, Day(1)).text.find("scope") != std::string::npos);
    REQUIRE(SetScope(clarity, "I own the release checklist."));
    CHECK(SuggestStep(workbook, Day(2)).place == StepPlace::Map);
    REQUIRE(RateFreedom(workbook.map, Day(2), Freedom::Methods, 3, ""));
    CHECK(SuggestStep(workbook, Day(2)).text.find("blocker") != std::string::npos);
    REQUIRE(AddBlocker(clarity, "b1", "Devices booked", Day(2)));
    CHECK(SuggestStep(workbook, Day(3)).text.find("requests") != std::string::npos);
    for (int i = 0; i < 5; ++i)
        REQUIRE(LogRequest(clarity, "r" + std::to_string(i), Day(3), "Deck", RequestVerdict::Needed,
                           "why"));
    CHECK(SuggestStep(workbook, Day(4)).text.find("constraint") != std::string::npos);
    REQUIRE(SetConstraintAsk(clarity, {"Approve test plans myself", "Head of QA", std::nullopt,
                                       AskOutcome::NotAskedYet}));
    CHECK(SuggestStep(workbook, Day(5)).text ==
          "Ask Head of QA to lift it: Approve test plans myself");
    REQUIRE(SetConstraintAsk(
        clarity, {"Approve test plans myself", "Head of QA", Day(5), AskOutcome::Pending}));
    CHECK(SuggestStep(workbook, Day(6)).text.find("pending") != std::string::npos);
}

TEST_CASE("in the Responsibility loop the step asks for the area, the metric, then regular logs") {
    Workbook workbook = Started();
    ResponsibilityLoop& loop = workbook.program->responsibility;
    CHECK(SuggestStep(workbook, Day(11)).place == StepPlace::Responsibility);
    CHECK(SuggestStep(workbook, Day(11)).text.find("decision area") != std::string::npos);
    REQUIRE(SetOwnedArea(loop, "Which fixes go in after freeze"));
    CHECK(SuggestStep(workbook, Day(11)).text.find("metric") != std::string::npos);
    REQUIRE(SetMetric(
        loop, {MetricKind::Rework, "reopened tickets", "tickets", 10, 2, BetterDirection::Lower}));
    CHECK(SuggestStep(workbook, Day(11)).text == "Measure reopened tickets and log the value.");
    REQUIRE(AddMeasurement(loop, "m1", Day(11), 8, ""));
    CHECK(SuggestStep(workbook, Day(11)).text.find("report") != std::string::npos);
    REQUIRE(AddReport(loop, "r1", Day(11), "Triage moved to mornings.", "", ""));
    CHECK(SuggestStep(workbook, Day(12)).text.find("Keep deciding") == 0);
    // Two days without a measurement: time to log the metric again.
    CHECK(SuggestStep(workbook, Day(13)).text.find("Measure") == 0);
}

TEST_CASE("in the Influence trial the step asks for the proposal, then the two people") {
    Workbook workbook = Started();
    InfluenceTrial& trial = workbook.program->influence;
    CHECK(SuggestStep(workbook, Day(21)).text.find("process improvement") != std::string::npos);
    REQUIRE(SetProposal(trial, "Name a test-plan owner.", "Delay falls to 8 hours.", 8.0));
    CHECK(SuggestStep(workbook, Day(22)).text.find("peer") != std::string::npos);
    REQUIRE(SetFeedback(trial, FeedbackFrom::Peer, {"Ana", Day(22), std::nullopt, ""}));
    CHECK(SuggestStep(workbook, Day(22)).text.find("manager") != std::string::npos);
    REQUIRE(SetFeedback(trial, FeedbackFrom::Manager, {"Priya", Day(22), std::nullopt, ""}));
    CHECK(SuggestStep(workbook, Day(23)).text.find("waiting") != std::string::npos);
}

TEST_CASE("before the start, while paused and after day 30 the step says so") {
    Workbook workbook = Started();
    CHECK(SuggestStep(workbook, AddDays(kStart, -3)).place == StepPlace::Map);
    REQUIRE(PauseProgram(*workbook.program, Day(4)));
    CHECK(SuggestStep(workbook, Day(6)).text.find("paused") != std::string::npos);
    REQUIRE(ResumeProgram(*workbook.program, Day(8)));
    CHECK(SuggestStep(workbook, Day(40)).text.find("finish") != std::string::npos);
    CHECK(SuggestStep(Workbook{}, kStart).text.find("Start") == 0);
}
