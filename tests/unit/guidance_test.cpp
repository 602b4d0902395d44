#include <doctest/doctest.h>

#include "core/check_in.h"
#include "core/clarity.h"
#include "core/guidance.h"
#include "core/influence.h"
#include "core/program.h"
#include "core/responsibility.h"

using namespace leeway::core;

namespace {

constexpr Date kStart{2026, 11, 1};
Date Day(int n) { return AddDays(kStart, n - 1); }

Workbook Started() {
    Workbook workbook;
    REQUIRE(StartProgram(workbook, "Builds wait two days for QA.", kStart));
    return workbook;
}

bool Has(const std::vector<WatchOut>& found, WatchOutKind kind) {
    for (const WatchOut& watch_out : found)
        if (watch_out.kind == kind)
            return true;
    return false;
}

void WithMetric(Program& program) {
    REQUIRE(SetMetric(program.responsibility, {MetricKind::HandoffDelay, "handoff hours", "hours",
                                               40, 8, BetterDirection::Lower}));
}

void CheckInOn(Program& program, int day, std::optional<int> stress = std::nullopt) {
    REQUIRE(RecordCheckIn(program, Day(day), 10, "worked on it", "", stress));
}

} // namespace

TEST_CASE("activity mistaken for progress: many check-ins, a metric that does not move") {
    Workbook workbook = Started();
    Program& program = *workbook.program;
    WithMetric(program);
    REQUIRE(AddMeasurement(program.responsibility, "m1", Day(11), 40, ""));
    REQUIRE(AddMeasurement(program.responsibility, "m2", Day(16), 38, ""));
    for (int day = 11; day <= 14; ++day)
        CheckInOn(program, day);
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(16)),
                    WatchOutKind::ActivityWithoutProgress)); // 4 check-ins
    CheckInOn(program, 15);
    const std::vector<WatchOut> found = FindWatchOuts(workbook, Day(16));
    REQUIRE(Has(found, WatchOutKind::ActivityWithoutProgress));
    CHECK(found[0].evidence ==
          "5 check-ins since you started measuring, and handoff hours is at 38 hours: 6% of the "
          "way to your target of 8.");
    CHECK_FALSE(found[0].next_step.empty());
    // Moving a tenth of the way or more is progress.
    REQUIRE(AddMeasurement(program.responsibility, "m3", Day(16), 36, ""));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(16)), WatchOutKind::ActivityWithoutProgress));
}

TEST_CASE("autonomy as a shield: an owned area and no report by day 14") {
    Workbook workbook = Started();
    REQUIRE(SetOwnedArea(workbook.program->responsibility, "Handoffs to QA"));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(13)), WatchOutKind::ShieldForPoorCommunication));
    CHECK(Has(FindWatchOuts(workbook, Day(14)), WatchOutKind::ShieldForPoorCommunication));
    REQUIRE(AddReport(workbook.program->responsibility, "r1", Day(14), "", "The bot failed", ""));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(14)), WatchOutKind::ShieldForPoorCommunication));
    Workbook no_area = Started();
    CHECK_FALSE(Has(FindWatchOuts(no_area, Day(15)), WatchOutKind::ShieldForPoorCommunication));
}

TEST_CASE("confidence mistaken for certainty: changes claimed, nothing measured since") {
    Workbook workbook = Started();
    Program& program = *workbook.program;
    WithMetric(program);
    REQUIRE(AddMeasurement(program.responsibility, "m1", Day(11), 40, ""));
    REQUIRE(AddReport(program.responsibility, "r1", Day(13), "QA hears sooner", "", ""));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(15)), WatchOutKind::ConfidenceWithoutCertainty));
    REQUIRE(AddReport(program.responsibility, "r2", Day(15), "Handoffs are faster", "", ""));
    const std::vector<WatchOut> found = FindWatchOuts(workbook, Day(15));
    REQUIRE(Has(found, WatchOutKind::ConfidenceWithoutCertainty));
    REQUIRE(AddMeasurement(program.responsibility, "m2", Day(15), 30, ""));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(15)), WatchOutKind::ConfidenceWithoutCertainty));
}

TEST_CASE("overcorrecting into silence: every expected way of speaking up is missing") {
    Workbook workbook = Started();
    Program& program = *workbook.program;
    CHECK_FALSE(
        Has(FindWatchOuts(workbook, Day(7)), WatchOutKind::Silence)); // nothing expected yet
    CHECK(Has(FindWatchOuts(workbook, Day(8)), WatchOutKind::Silence));
    REQUIRE(SetConstraintAsk(program.clarity,
                             {"Approve test plans", "Head of QA", Day(8), AskOutcome::Pending}));
    CHECK_FALSE(
        Has(FindWatchOuts(workbook, Day(20)), WatchOutKind::Silence)); // one of two happened
    REQUIRE(SetConstraintAsk(program.clarity,
                             {"Approve test plans", "", std::nullopt, AskOutcome::NotAskedYet}));
    const std::vector<WatchOut> found = FindWatchOuts(workbook, Day(24));
    REQUIRE(Has(found, WatchOutKind::Silence));
    CHECK(found.back().evidence ==
          "No constraint asked about, nothing escalated, no feedback requested by day 24.");
    REQUIRE(SetFeedback(program.influence, FeedbackFrom::Peer, {"Ana", Day(24), std::nullopt, ""}));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(24)), WatchOutKind::Silence));
}

TEST_CASE("a dismissed watch-out stays away for this program, and needs a reason") {
    Workbook workbook = Started();
    CHECK_FALSE(DismissWatchOut(*workbook.program, WatchOutKind::Silence, Day(9), "  "));
    REQUIRE(DismissWatchOut(*workbook.program, WatchOutKind::Silence, Day(9), "I asked in person"));
    CHECK_FALSE(Has(FindWatchOuts(workbook, Day(9)), WatchOutKind::Silence));
    CHECK_FALSE(DismissWatchOut(*workbook.program, WatchOutKind::Silence, Day(10), "again"));
    // Paused or finished programs show no watch-outs.
    Workbook paused = Started();
    REQUIRE(PauseProgram(*paused.program, Day(8)));
    CHECK(FindWatchOuts(paused, Day(9)).empty());
}

TEST_CASE("stability: a collapse by a low rating or a sharp drop, then two good checks to expand") {
    auto check = [](int day, int ownership, int contribution, int communication) {
        return StabilityCheck{
            Day(day), {ownership, ""}, {contribution, ""}, {communication, ""}, ""};
    };
    Workbook workbook;
    CHECK(CheckStability(workbook.stability, Day(1)).state == StabilityState::NotChecked);
    REQUIRE(RecordStabilityCheck(workbook, check(1, 4, 4, 5)));
    StabilityStatus status = CheckStability(workbook.stability, Day(3));
    CHECK(status.state == StabilityState::Baseline);
    CHECK(status.starts_low.empty());
    CHECK_FALSE(status.due);
    CHECK(CheckStability(workbook.stability, Day(8)).due);

    REQUIRE(RecordStabilityCheck(workbook, check(8, 4, 4, 3))); // a drop of 2: collapsed
    status = CheckStability(workbook.stability, Day(8));
    CHECK(status.state == StabilityState::Collapsed);
    CHECK(status.collapsed == std::vector<Condition>{Condition::Communication});

    REQUIRE(RecordStabilityCheck(workbook, check(15, 2, 4, 3))); // low ownership
    CHECK(CheckStability(workbook.stability, Day(15)).collapsed ==
          std::vector<Condition>{Condition::Ownership});
    REQUIRE(RecordStabilityCheck(workbook, check(22, 3, 4, 3)));
    CHECK(CheckStability(workbook.stability, Day(22)).state == StabilityState::Repairing);
    REQUIRE(RecordStabilityCheck(workbook, check(29, 4, 4, 4)));
    CHECK(CheckStability(workbook.stability, Day(29)).state == StabilityState::Holding);

    // The same day again replaces that day's check; ratings stay on the scale.
    REQUIRE(RecordStabilityCheck(workbook, check(29, 1, 4, 4)));
    CHECK(workbook.stability.size() == 5);
    CHECK_FALSE(RecordStabilityCheck(workbook, check(30, 0, 4, 4)));
}

TEST_CASE("the first stability check is a baseline: a low start is not a collapse") {
    Workbook workbook;
    REQUIRE(RecordStabilityCheck(
        workbook, StabilityCheck{Day(1), {4, ""}, {2, "Nobody sees the handoffs"}, {3, ""}, ""}));
    StabilityStatus status = CheckStability(workbook.stability, Day(1));
    CHECK(status.state == StabilityState::Baseline);
    CHECK(status.collapsed.empty());
    CHECK(status.starts_low == std::vector<Condition>{Condition::Contribution});
    // The second check compares: still at 2 is now a collapse to repair.
    REQUIRE(RecordStabilityCheck(workbook, StabilityCheck{Day(8), {4, ""}, {2, ""}, {3, ""}, ""}));
    status = CheckStability(workbook.stability, Day(8));
    CHECK(status.state == StabilityState::Collapsed);
    CHECK(status.collapsed == std::vector<Condition>{Condition::Contribution});
}

TEST_CASE(
    "the reality check: a refused ask, or blockers from outside reach that keep coming back") {
    Workbook workbook = Started();
    ClarityBaseline& clarity = workbook.program->clarity;
    CHECK_FALSE(CheckReality(*workbook.program).applies);
    REQUIRE(AddBlocker(clarity, "b1", "Another team books the devices", Day(1)));
    REQUIRE(SetBlockerOutsideReach(clarity, "b1", true));
    REQUIRE(CountBlockerAgain(clarity, "b1", Day(2)));
    CHECK_FALSE(CheckReality(*workbook.program).applies); // twice so far
    REQUIRE(CountBlockerAgain(clarity, "b1", Day(3)));
    CHECK(CheckReality(*workbook.program).applies);
    CHECK(CheckReality(*workbook.program).outside_reach_occurrences == 3);
    REQUIRE(SetBlockerRetired(clarity, "b1", true));
    CHECK_FALSE(CheckReality(*workbook.program).applies);
    REQUIRE(SetConstraintAsk(clarity,
                             {"Approve test plans", "Head of QA", Day(5), AskOutcome::Refused}));
    CHECK(CheckReality(*workbook.program).ask_refused);
    CHECK(CheckReality(*workbook.program).applies);
    REQUIRE(SetConstraintAsk(
        clarity, {"Approve test plans", "Head of QA", Day(5), AskOutcome::PartlyLifted}));
    CHECK_FALSE(CheckReality(*workbook.program).applies);
}

TEST_CASE("stress climbing: a 5, or three 4s or more in a row") {
    Workbook workbook = Started();
    Program& program = *workbook.program;
    CheckInOn(program, 1, 4);
    CheckInOn(program, 2); // not rated: skipped
    CheckInOn(program, 3, 4);
    CHECK_FALSE(StressIsClimbing(program));
    CheckInOn(program, 4, 4);
    CHECK(StressIsClimbing(program));
    CheckInOn(program, 5, 2);
    CHECK_FALSE(StressIsClimbing(program));
    CheckInOn(program, 6, 5);
    CHECK(StressIsClimbing(program));
    CHECK_FALSE(RecordCheckIn(program, Day(7), 10, "x", "", 6));
}

TEST_CASE("safety flags") {
    Workbook workbook;
    CHECK_FALSE(AnySafetyFlag(workbook.safety));
    SafetyCheck safety;
    safety.unsafe_directives = true;
    safety.support_contacts = "HR: Ana, ext. 2211";
    REQUIRE(SetSafetyCheck(workbook, safety));
    CHECK(AnySafetyFlag(workbook.safety));
    safety.support_contacts = std::string(3000, 'x');
    CHECK_FALSE(SetSafetyCheck(workbook, safety));
}
