#include <doctest/doctest.h>

#include "core/check_in.h"
#include "core/program.h"

using namespace leeway::core;

namespace {
Program StartedOn(Date start) { return Program{"Reviews wait on my lead", start}; }
} // namespace

TEST_CASE("a check-in needs what was done and sensible minutes") {
    CHECK(CheckCheckIn(10, "Listed two blockers", "") == CheckInProblem::None);
    CHECK(CheckCheckIn(10, "  ", "") == CheckInProblem::NothingDone);
    CHECK(CheckCheckIn(-1, "x", "") == CheckInProblem::BadMinutes);
    CHECK(CheckCheckIn(kMaxCheckInMinutes + 1, "x", "") == CheckInProblem::BadMinutes);
    CHECK(CheckCheckIn(5, std::string(2000, 'x'), "") == CheckInProblem::TooLong);
}

TEST_CASE("one check-in per day, kept in date order; the same day again replaces it") {
    Program program = StartedOn({2026, 11, 26});
    REQUIRE(RecordCheckIn(program, {2026, 11, 28}, 10, "Logged requests", ""));
    REQUIRE(RecordCheckIn(program, {2026, 11, 26}, 5, "Wrote my scope", "Harder than expected"));
    REQUIRE(RecordCheckIn(program, {2026, 11, 28}, 12, "Logged requests and sorted them", ""));
    REQUIRE(program.check_ins.size() == 2);
    CHECK(program.check_ins[0].date == Date{2026, 11, 26});
    CHECK(program.check_ins[1].minutes == 12);
    CHECK(FindCheckIn(program, {2026, 11, 28})->done == "Logged requests and sorted them");
    CHECK_FALSE(FindCheckIn(program, {2026, 11, 27}));
}

TEST_CASE("consistency is days checked in out of days so far, never a streak") {
    Program program = StartedOn({2026, 11, 26});
    CHECK(ComputeConsistency(program, {2026, 11, 25}).days_so_far == 0);
    RecordCheckIn(program, {2026, 11, 26}, 5, "a", "");
    RecordCheckIn(program, {2026, 11, 28}, 5, "b", "");
    const Consistency third_day = ComputeConsistency(program, {2026, 11, 28});
    CHECK(third_day.days_checked_in == 2);
    CHECK(third_day.days_so_far == 3);
    // After day 30 the count stops at 30 days; later check-ins do not count for the program.
    RecordCheckIn(program, {2027, 1, 5}, 5, "c", "");
    const Consistency after = ComputeConsistency(program, {2027, 2, 1});
    CHECK(after.days_so_far == 30);
    CHECK(after.days_checked_in == 2);
}

TEST_CASE("missing one day is fine; two in a row earn a gentle nudge") {
    Program program = StartedOn({2026, 11, 26});
    CHECK_FALSE(MissedTwoDaysInARow(program, {2026, 11, 27})); // only day 1 has passed
    CHECK(MissedTwoDaysInARow(program, {2026, 11, 28}));
    RecordCheckIn(program, {2026, 11, 27}, 5, "x", "");
    CHECK_FALSE(MissedTwoDaysInARow(program, {2026, 11, 28}));
    CHECK_FALSE(MissedTwoDaysInARow(program, {2026, 11, 29})); // only the 28th was missed
    CHECK(MissedTwoDaysInARow(program, {2026, 11, 30}));
    CHECK_FALSE(MissedTwoDaysInARow(program, {2026, 12, 27})); // the program is over
}

TEST_CASE("the daily budget stays within a normal week") {
    Program program = StartedOn({2026, 11, 26});
    CHECK(program.daily_budget_minutes == 15);
    CHECK(SetDailyBudget(program, 30));
    CHECK_FALSE(SetDailyBudget(program, 2));
    CHECK_FALSE(SetDailyBudget(program, 240));
    CHECK(program.daily_budget_minutes == 30);
}

TEST_CASE("paused days count neither as days so far nor as missed days") {
    Program program = StartedOn({2026, 11, 26});
    RecordCheckIn(program, {2026, 11, 26}, 5, "a", "");
    REQUIRE(PauseProgram(program, {2026, 11, 27}));
    REQUIRE(ResumeProgram(program, {2026, 12, 1}));
    const Consistency consistency = ComputeConsistency(program, {2026, 12, 1});
    CHECK(consistency.days_so_far == 2); // the 26th and the 1st; four paused days in between
    CHECK(consistency.days_checked_in == 1);
    CHECK_FALSE(MissedTwoDaysInARow(program, {2026, 12, 1}));
    CHECK(MissedTwoDaysInARow(program, {2026, 12, 4})); // 2nd and 3rd missed after resuming
}

TEST_CASE("a day checked in before pausing stays a program day, checked in") {
    Program program = StartedOn({2026, 3, 2});
    for (int day = 0; day < 14; day += 3) // days 1, 4, 7, 10, 13
        REQUIRE(RecordCheckIn(program, AddDays({2026, 3, 2}, day), 5, "a", ""));
    const Date day_15{2026, 3, 16};
    REQUIRE(RecordCheckIn(program, day_15, 5, "Checked in, then paused", ""));
    REQUIRE(PauseProgram(program, day_15));
    CHECK(ComputeProgramDay(program, day_15).status == ProgramStatus::Paused);
    Consistency consistency = ComputeConsistency(program, day_15);
    CHECK(consistency.days_checked_in == 6);
    CHECK(consistency.days_so_far == 15);
    CHECK(ProgramEndDate(program, day_15) == Date{2026, 3, 31}); // the pause moved nothing yet

    // Resumed the next day: day 15 was worked, so this is day 16 and it takes its own check-in.
    REQUIRE(ResumeProgram(program, AddDays(day_15, 1)));
    const ProgramDay next = ComputeProgramDay(program, AddDays(day_15, 1));
    CHECK(next.status == ProgramStatus::Running);
    CHECK(next.day == 16);
    CHECK_FALSE(FindCheckIn(program, AddDays(day_15, 1)));
    consistency = ComputeConsistency(program, AddDays(day_15, 1));
    CHECK(consistency.days_checked_in == 6);
    CHECK(consistency.days_so_far == 16);
    CHECK(ProgramEndDate(program, AddDays(day_15, 1)) == Date{2026, 3, 31});
}

TEST_CASE("while paused, the end date is the one that holds on resuming today") {
    Program program = StartedOn({2026, 3, 2});
    REQUIRE(PauseProgram(program, {2026, 3, 10}));
    for (const Date today : {Date{2026, 3, 10}, Date{2026, 3, 11}, Date{2026, 3, 14}}) {
        const Date while_paused = ProgramEndDate(program, today);
        Program resumed = program;
        REQUIRE(ResumeProgram(resumed, today));
        CHECK(ProgramEndDate(resumed, today) == while_paused);
    }
    CHECK(ProgramEndDate(program, {2026, 3, 14}) == Date{2026, 4, 4}); // 10th to 13th paused
}
