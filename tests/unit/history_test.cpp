#include <doctest/doctest.h>

#include "core/autonomy_map.h"
#include "core/check_in.h"
#include "core/history.h"
#include "core/program.h"
#include "core/responsibility.h"

using namespace leeway::core;

namespace {

Workbook RunningWorkbook() {
    Workbook workbook;
    REQUIRE(StartProgram(workbook, "Handoffs to QA wait two days.", {2026, 11, 1}));
    Program& program = *workbook.program;
    REQUIRE(RecordCheckIn(program, {2026, 11, 1}, 10, "Wrote my scope", ""));
    REQUIRE(RecordCheckIn(program, {2026, 11, 3}, 25, "Sorted requests", ""));
    REQUIRE(AddBlocker(program.clarity, "b1", "Devices booked", {2026, 11, 1}));
    REQUIRE(AddBlocker(program.clarity, "b2", "Late sign-off", {2026, 11, 2}));
    REQUIRE(SetBlockerRetired(program.clarity, "b2", true));
    REQUIRE(LogRequest(program.clarity, "r1", {2026, 11, 2}, "Status deck",
                       RequestVerdict::AvoidableNoise, "dup"));
    REQUIRE(SetMetric(program.responsibility, {MetricKind::Rework, "Reopened tickets", "tickets",
                                               10, 2, BetterDirection::Lower}));
    REQUIRE(AddMeasurement(program.responsibility, "m1", {2026, 11, 12}, 6, ""));
    REQUIRE(AddMeasurement(program.responsibility, "m2", {2026, 11, 18}, 2, ""));
    REQUIRE(
        AddDecisionArea(workbook.map, "a1", "Test plan", AutonomyLevel::Decision, {2026, 11, 1}));
    REQUIRE(AddLedgerEntry(workbook.map, "l1", {2026, 11, 20}, LedgerKind::Permission, "a1",
                           "Owns the plan"));
    return workbook;
}

} // namespace

TEST_CASE("the summary counts what the program holds up to its end") {
    const Workbook workbook = RunningWorkbook();
    const ProgramSummary summary = SummarizeProgram(*workbook.program, {2026, 11, 30});
    CHECK(summary.days_counted == 30);
    CHECK(summary.days_checked_in == 2);
    CHECK(summary.minutes_spent == 35);
    CHECK(summary.blockers_listed == 2);
    CHECK(summary.blockers_retired == 1);
    CHECK(summary.requests.avoidable_noise == 1);
    CHECK(summary.metric_set);
    CHECK(summary.measurements == 2);
    CHECK(summary.latest_value == 2);
    CHECK(summary.target_reached);
    CHECK_FALSE(summary.proposal_made);

    // Halfway through, only what happened by then counts.
    const ProgramSummary early = SummarizeProgram(*workbook.program, {2026, 11, 2});
    CHECK(early.days_counted == 2);
    CHECK(early.days_checked_in == 1);
}

TEST_CASE("finishing moves the program to history; the map carries over to the next one") {
    Workbook workbook = RunningWorkbook();
    CHECK(FinishProgram(workbook, {2026, 12, 1}, " Ask early. "));
    CHECK_FALSE(workbook.program);
    REQUIRE(workbook.history.size() == 1);
    CHECK(workbook.history[0].finished_on == Date{2026, 12, 1});
    CHECK(workbook.history[0].reflection == "Ask early.");
    CHECK(workbook.history[0].program.responsibility.measurements.size() == 2);

    REQUIRE(StartProgram(workbook, "Own the release calendar.", {2026, 12, 2}));
    CHECK(workbook.map.areas.size() == 1);
    CHECK(workbook.map.ledger.size() == 1);
    CHECK(workbook.program->responsibility.measurements.empty());
    CHECK(FinishProgram(workbook, {2026, 12, 10}, ""));
    CHECK(workbook.history.size() == 2);
}

TEST_CASE("finishing early is allowed, finishing before the start or with nothing running is not") {
    Workbook workbook = RunningWorkbook();
    CHECK_FALSE(FinishProgram(workbook, {2026, 10, 31}, ""));
    REQUIRE(PauseProgram(*workbook.program, {2026, 11, 5}));
    CHECK(FinishProgram(workbook, {2026, 11, 8}, ""));
    // The pause that was running is closed on the day the program finished.
    CHECK(workbook.history[0].program.pauses.back().resumed == Date{2026, 11, 8});
    CHECK_FALSE(FinishProgram(workbook, {2026, 11, 9}, ""));
}

TEST_CASE("shifting dates moves every dated record by the same number of days") {
    Workbook workbook = RunningWorkbook();
    REQUIRE(RateFreedom(workbook.map, {2026, 11, 1}, Freedom::Methods, 3, ""));
    workbook.last_export = Date{2026, 11, 30};
    const Workbook before = workbook;
    ShiftDates(workbook, 45);
    CHECK(workbook.program->start_date == Date{2026, 12, 16});
    CHECK(workbook.program->check_ins[1].date == Date{2026, 12, 18});
    CHECK(workbook.program->responsibility.measurements[1].date == Date{2027, 1, 2});
    CHECK(workbook.map.ledger[0].date == Date{2027, 1, 4});
    CHECK(workbook.map.ratings[0].date == Date{2026, 12, 16});
    CHECK(workbook.last_export == Date{2027, 1, 14});
    ShiftDates(workbook, -45);
    CHECK(workbook == before);
}

TEST_CASE("History counts check-in days exactly as the check-in card does, pauses included") {
    Workbook workbook;
    REQUIRE(StartProgram(workbook, "Handoffs to QA wait two days.", {2026, 3, 2}));
    Program& program = *workbook.program;
    for (int day = 0; day < 30; day += 5)
        REQUIRE(RecordCheckIn(program, AddDays({2026, 3, 2}, day), 5, "a", ""));
    // Checked in on the 17th, paused the same day, resumed on the 19th.
    REQUIRE(PauseProgram(program, {2026, 3, 17}));
    REQUIRE(ResumeProgram(program, {2026, 3, 19}));
    for (const Date end : {Date{2026, 3, 17}, Date{2026, 3, 18}, Date{2026, 4, 2}}) {
        const Consistency today = ComputeConsistency(program, end);
        const ProgramSummary history = SummarizeProgram(program, end);
        CHECK(history.days_checked_in == today.days_checked_in);
        CHECK(history.days_counted == today.days_so_far);
    }
    CHECK(SummarizeProgram(program, {2026, 4, 2}).days_counted == 30);
    CHECK(SummarizeProgram(program, {2026, 4, 2}).days_checked_in == 6);
}
