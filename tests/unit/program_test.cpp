#include <doctest/doctest.h>

#include "core/program.h"

using namespace leeway::core;

namespace {
Program ProgramStarting(Date start) { return Program{"Reviews wait on my lead.", start}; }
} // namespace

TEST_CASE("the start date is day 1 and each local date adds one") {
    const Program program = ProgramStarting({2026, 11, 26});
    ProgramDay day = ComputeProgramDay(program, {2026, 11, 26});
    CHECK(day.status == ProgramStatus::Running);
    CHECK(day.day == 1);
    CHECK(day.phase == Phase::ClarityBaseline);
    CHECK(day.day_in_phase == 1);
    CHECK(day.phase_length == 10);

    day = ComputeProgramDay(program, {2026, 12, 5});
    CHECK(day.day == 10);
    CHECK(day.phase == Phase::ClarityBaseline);

    day = ComputeProgramDay(program, {2026, 12, 6});
    CHECK(day.day == 11);
    CHECK(day.phase == Phase::ResponsibilityLoop);
    CHECK(day.day_in_phase == 1);

    day = ComputeProgramDay(program, {2026, 12, 16});
    CHECK(day.day == 21);
    CHECK(day.phase == Phase::InfluenceTrial);

    day = ComputeProgramDay(program, {2026, 12, 25});
    CHECK(day.day == 30);
    CHECK(day.day_in_phase == 10);
}

TEST_CASE("before the start and after day 30") {
    const Program program = ProgramStarting({2026, 12, 30});
    ProgramDay day = ComputeProgramDay(program, {2026, 12, 28});
    CHECK(day.status == ProgramStatus::NotStartedYet);
    CHECK(day.days_until_start == 2);

    day = ComputeProgramDay(program, {2027, 1, 29});
    CHECK(day.status == ProgramStatus::Finished);
    day = ComputeProgramDay(program, {2027, 1, 28});
    CHECK(day.status == ProgramStatus::Running);
    CHECK(day.day == 30);
}

TEST_CASE("phases cover the 30 days without gaps, in the guide's order") {
    int expected_first = 1;
    for (const PhaseInfo& info : AllPhases()) {
        CHECK(info.first_day == expected_first);
        expected_first = info.last_day + 1;
        for (int day = info.first_day; day <= info.last_day; ++day)
            CHECK(PhaseForDay(day) == info.phase);
    }
    CHECK(expected_first == kProgramDays + 1);
    CHECK(std::string(GetPhaseInfo(Phase::ClarityBaseline).name) == "Clarity baseline");
    CHECK(std::string(GetPhaseInfo(Phase::ResponsibilityLoop).name) == "Responsibility loop");
    CHECK(std::string(GetPhaseInfo(Phase::InfluenceTrial).name) == "Influence trial");
}

TEST_CASE("a challenge must be one sentence") {
    CHECK(CheckOneSentence("Releases slip because reviews wait on me.") == ChallengeProblem::None);
    CHECK(CheckOneSentence("Releases slip, e.g. last week.") == ChallengeProblem::None);
    CHECK(CheckOneSentence("Why do reviews wait on me?") == ChallengeProblem::None);
    CHECK(CheckOneSentence("Zoë's café order tool is slow in Łódź") == ChallengeProblem::None);
    CHECK(CheckOneSentence("   \n\t ") == ChallengeProblem::Empty);
    CHECK(CheckOneSentence("Reviews wait. Releases slip.") ==
          ChallengeProblem::MoreThanOneSentence);
    CHECK(CheckOneSentence("Reviews wait! Ελλάδα too.") == ChallengeProblem::MoreThanOneSentence);
    CHECK(CheckOneSentence(std::string(kMaxChallengeBytes + 1, 'a')) == ChallengeProblem::TooLong);
}

TEST_CASE("starting a program keeps a tidy sentence and refuses bad input") {
    Workbook workbook;
    CHECK_FALSE(StartProgram(workbook, "", {2026, 11, 26}));
    CHECK_FALSE(StartProgram(workbook, "One. Two.", {2026, 11, 26}));
    CHECK_FALSE(StartProgram(workbook, "Valid sentence", {2026, 2, 30}));
    CHECK_FALSE(workbook.program);

    REQUIRE(StartProgram(workbook, "  Reviews wait\n on my lead  ", {2026, 11, 26}));
    CHECK(workbook.program->challenge == "Reviews wait on my lead");
    CHECK(workbook.program->start_date == Date{2026, 11, 26});
}

TEST_CASE("a pause stops the day count and resuming goes on where it stopped") {
    Program program = ProgramStarting({2026, 11, 26});
    REQUIRE(PauseProgram(program, {2026, 11, 28})); // day 3 is the first paused day
    CHECK(IsPaused(program));
    CHECK_FALSE(PauseProgram(program, {2026, 11, 29}));
    ProgramDay day = ComputeProgramDay(program, {2026, 11, 30});
    CHECK(day.status == ProgramStatus::Paused);
    CHECK(day.day == 3); // where it stands, and carries on from
    CHECK(PausedDaysThrough(program, {2026, 11, 30}) == 3);

    REQUIRE(ResumeProgram(program, {2026, 12, 1}));
    CHECK_FALSE(IsPaused(program));
    day = ComputeProgramDay(program, {2026, 12, 1});
    CHECK(day.status == ProgramStatus::Running);
    CHECK(day.day == 3);
    CHECK(ProgramEndDate(program, {2026, 12, 1}) == Date{2026, 12, 28}); // three days later
    CHECK(ComputeProgramDay(program, {2026, 12, 28}).day == 30);
    CHECK(ComputeProgramDay(program, {2026, 12, 29}).status == ProgramStatus::Finished);
    CHECK(IsPausedOn(program, {2026, 11, 30}));
    CHECK_FALSE(IsPausedOn(program, {2026, 12, 1}));
}

TEST_CASE("pausing on day 1, same-day resume, and nothing to pause outside the program") {
    Program program = ProgramStarting({2026, 11, 26});
    CHECK_FALSE(PauseProgram(program, {2026, 11, 25})); // not started yet
    REQUIRE(PauseProgram(program, {2026, 11, 26}));
    CHECK(ComputeProgramDay(program, {2026, 11, 27}).day == 1);
    CHECK(ComputeProgramDay(program, {2026, 11, 27}).status == ProgramStatus::Paused);
    REQUIRE(ResumeProgram(program, {2026, 11, 26})); // changed their mind the same day
    CHECK(program.pauses.empty());
    CHECK_FALSE(ResumeProgram(program, {2026, 11, 27}));
    CHECK_FALSE(PauseProgram(program, {2026, 12, 30})); // finished
    // Resume and pause again on one day make one pause, not two.
    REQUIRE(PauseProgram(program, {2026, 11, 28}));
    REQUIRE(ResumeProgram(program, {2026, 11, 30}));
    REQUIRE(PauseProgram(program, {2026, 11, 30}));
    CHECK(program.pauses.size() == 1);
    CHECK(ComputeProgramDay(program, {2026, 12, 2}).day == 3);
}

TEST_CASE("month ends, leap days and daylight-saving changes move the count by exactly one day") {
    // Program days are local calendar dates: a 23- or 25-hour day is still one day.
    const Program leap = ProgramStarting({2028, 2, 15});
    CHECK(ComputeProgramDay(leap, {2028, 2, 29}).day == 15);
    CHECK(ComputeProgramDay(leap, {2028, 3, 1}).day == 16);
    CHECK(ProgramEndDate(leap, {2028, 2, 15}) == Date{2028, 3, 15});
    const Program not_leap = ProgramStarting({2027, 2, 15});
    CHECK(ComputeProgramDay(not_leap, {2027, 3, 1}).day == 15);
    // Europe springs forward on 29 Mar 2026 and falls back on 25 Oct 2026.
    const Program spring = ProgramStarting({2026, 3, 20});
    CHECK(ComputeProgramDay(spring, {2026, 3, 29}).day == 10);
    CHECK(ComputeProgramDay(spring, {2026, 3, 30}).day == 11);
    const Program autumn = ProgramStarting({2026, 10, 20});
    CHECK(ComputeProgramDay(autumn, {2026, 10, 25}).day == 6);
    CHECK(ComputeProgramDay(autumn, {2026, 10, 26}).day == 7);
    // Across the year's end.
    const Program new_year = ProgramStarting({2026, 12, 20});
    CHECK(ComputeProgramDay(new_year, {2027, 1, 1}).day == 13);
    CHECK(ComputeProgramDay(new_year, {2027, 1, 18}).day == 30);
}

TEST_CASE("a start date in the future counts down, then day 1 arrives on the date itself") {
    const Program program = ProgramStarting({2027, 1, 4});
    ProgramDay day = ComputeProgramDay(program, {2026, 12, 31});
    CHECK(day.status == ProgramStatus::NotStartedYet);
    CHECK(day.days_until_start == 4);
    CHECK(ProgramEndDate(program, {2026, 12, 31}) == Date{2027, 2, 2});
    Program paused = program;
    CHECK_FALSE(PauseProgram(paused, {2026, 12, 31})); // nothing to pause yet
    day = ComputeProgramDay(program, {2027, 1, 4});
    CHECK(day.status == ProgramStatus::Running);
    CHECK(day.day == 1);
}

TEST_CASE("text the user wrote ends as a sentence, once") {
    CHECK(EndSentence("Sorted requests") == "Sorted requests.");
    CHECK(EndSentence("Sorted requests.") == "Sorted requests.");
    CHECK(EndSentence("Why wait?") == "Why wait?");
    CHECK(EndSentence("He said \"soon\"") == "He said \"soon\"");
    CHECK(EndSentence("") == "");
}
