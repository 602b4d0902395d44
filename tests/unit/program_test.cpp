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
    CHECK(CheckOneSentence("Reviews wait. Releases slip.") == ChallengeProblem::MoreThanOneSentence);
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
