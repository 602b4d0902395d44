#pragma once
// The rules of the 30-day program: which day it is, which phase, and what the phase asks.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

constexpr int kProgramDays = 30;

enum class Phase { ClarityBaseline, ResponsibilityLoop, InfluenceTrial };

struct PhaseInfo {
    Phase phase;
    const char* name;
    int first_day;
    int last_day;
    const char* purpose;             // why this phase exists, one line
    std::array<const char*, 4> asks; // what the phase asks of the user; unused entries are null
};

const PhaseInfo& GetPhaseInfo(Phase phase);

// The phase a program day (1..30) belongs to; days outside the range clamp to the nearest.
Phase PhaseForDay(int day);
const std::array<PhaseInfo, 3>& AllPhases();

enum class ProgramStatus { NotStartedYet, Running, Paused, Finished };

struct ProgramDay {
    ProgramStatus status = ProgramStatus::NotStartedYet;
    int day = 0;              // 1..30 while running; while paused, the day it carries on from
    int days_until_start = 0; // while not started yet
    Phase phase = Phase::ClarityBaseline;
    int day_in_phase = 0; // 1-based while running
    int phase_length = 0;
};

// Day 1 is the start date itself; the day changes at local midnight. Paused days do not count:
// while paused the day stands still, and after resuming it goes on where it stopped.
ProgramDay ComputeProgramDay(const Program& program, const Date& today);

bool IsPaused(const Program& program);
// A paused day is one a pause covers and that has no check-in: a day checked in before the
// pause began was worked, and counts as a program day like any other.
bool IsPausedOn(const Program& program, const Date& date);
// Paused days from the start date up to and including `date`.
int PausedDaysThrough(const Program& program, const Date& date);
// The date day 30 falls on with the pauses so far; while paused, the one that holds if the user
// resumes today.
Date ProgramEndDate(const Program& program, const Date& today);

// Pausing starts today; resuming makes today count again. Both refuse what makes no sense
// (pausing twice, resuming when not paused, pausing before the start).
bool PauseProgram(Program& program, const Date& today);
bool ResumeProgram(Program& program, const Date& today);

enum class ChallengeProblem { None, Empty, TooLong, MoreThanOneSentence };

// The guide asks for the challenge (and later the scope) in one sentence.
ChallengeProblem CheckOneSentence(std::string_view text);

// Trims surrounding whitespace and collapses line breaks into spaces.
std::string NormalizeSentence(std::string_view text);
// Characters (code points) in UTF-8 text, as a person counts them.
size_t CountCharacters(std::string_view text);

// The text with its first letter upper case, for names that open a sentence ("pull-back").
// ASCII only: our own names are plain English.
std::string CapitalizeFirst(std::string text);
// "Sorted requests" -> "Sorted requests.": text the user wrote, ended as a sentence so that the
// next one does not run into it. Text that already ends a sentence is kept as it is.
std::string EndSentence(std::string text);

// Starts a program on the workbook; the text must pass CheckOneSentence.
bool StartProgram(Workbook& workbook, std::string_view challenge, const Date& start_date);

} // namespace leeway::core
