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
