#include "core/program.h"

#include <algorithm>

#include "core/check_in.h"

namespace leeway::core {

namespace {

constexpr std::array<PhaseInfo, 3> kPhases = {{
    {Phase::ClarityBaseline,
     "Clarity baseline",
     1,
     10,
     "See your work as it is before you change anything.",
     {"Write your scope as a single sentence.",
      "Keep a list of the blockers that keep coming back.",
      "Sort incoming requests: which ones are avoidable noise?",
      "Ask for one specific constraint to be lifted."}},
    {Phase::ResponsibilityLoop,
     "Responsibility loop",
     11,
     20,
     "Own one area of decisions and show what happens.",
     {"Pick one decision area that can be fully yours.",
      "Choose one outcome metric: time, quality, handoff delay or rework.",
      "Report what changed, what failed and what you escalated.", nullptr}},
    {Phase::InfluenceTrial,
     "Influence trial",
     21,
     30,
     "Use what you learned to improve how the team works.",
     {"Propose one improvement to a process.", "Tie it to one effect you can measure.",
      "Ask one peer and one manager for feedback.", nullptr}},
}};

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool EndsSentence(char c) { return c == '.' || c == '!' || c == '?'; }

} // namespace

const std::array<PhaseInfo, 3>& AllPhases() { return kPhases; }

const PhaseInfo& GetPhaseInfo(Phase phase) { return kPhases[static_cast<size_t>(phase)]; }

Phase PhaseForDay(int day) {
    for (const PhaseInfo& info : kPhases)
        if (day <= info.last_day)
            return info.phase;
    return Phase::InfluenceTrial;
}

bool IsPaused(const Program& program) {
    return !program.pauses.empty() && !program.pauses.back().resumed;
}

namespace {

bool PauseCovers(const Pause& pause, const Date& date) {
    const bool after_start = DaysBetween(pause.from, date) >= 0;
    const bool before_end = !pause.resumed || DaysBetween(date, *pause.resumed) > 0;
    return after_start && before_end;
}

bool PauseCovers(const Program& program, const Date& date) {
    return std::any_of(program.pauses.begin(), program.pauses.end(),
                       [&](const Pause& pause) { return PauseCovers(pause, date); });
}

// Check-ins dated from `first` to `last`, both included; check-ins are sorted by date.
int64_t CheckInsBetween(const Program& program, const Date& first, const Date& last) {
    const auto before = [](const CheckIn& check_in, int64_t day) {
        return DaysSinceEpoch(check_in.date) < day;
    };
    const auto begin = std::lower_bound(program.check_ins.begin(), program.check_ins.end(),
                                        DaysSinceEpoch(first), before);
    const auto end =
        std::lower_bound(begin, program.check_ins.end(), DaysSinceEpoch(last) + 1, before);
    return end - begin;
}

} // namespace

bool IsPausedOn(const Program& program, const Date& date) {
    return PauseCovers(program, date) && CheckInsBetween(program, date, date) == 0;
}

int PausedDaysThrough(const Program& program, const Date& date) {
    int64_t days = 0;
    for (const Pause& pause : program.pauses) {
        const Date first =
            DaysBetween(program.start_date, pause.from) >= 0 ? pause.from : program.start_date;
        // Last paused day: the day before resuming, but never after `date`.
        Date last = pause.resumed ? AddDays(*pause.resumed, -1) : date;
        if (DaysBetween(date, last) > 0)
            last = date;
        const int64_t span = DaysBetween(first, last) + 1;
        if (span > 0)
            days += span - CheckInsBetween(program, first, last);
    }
    return static_cast<int>(days);
}

Date ProgramEndDate(const Program& program, const Date& today) {
    int paused = PausedDaysThrough(program, today);
    // While paused, the end that holds if the user resumes today: today then counts again.
    if (IsPaused(program) && IsPausedOn(program, today))
        --paused;
    return AddDays(program.start_date, kProgramDays - 1 + paused);
}

bool PauseProgram(Program& program, const Date& today) {
    if (IsPaused(program) || ComputeProgramDay(program, today).status != ProgramStatus::Running)
        return false;
    if (!program.pauses.empty() && program.pauses.back().resumed == today) {
        program.pauses.back().resumed.reset(); // resumed and paused again on one day: one pause
        return true;
    }
    program.pauses.push_back(Pause{today, std::nullopt});
    return true;
}

bool ResumeProgram(Program& program, const Date& today) {
    if (!IsPaused(program))
        return false;
    Pause& pause = program.pauses.back();
    if (pause.from == today)
        program.pauses.pop_back(); // paused and resumed on one day: nothing was missed
    else
        pause.resumed = today;
    return true;
}

ProgramDay ComputeProgramDay(const Program& program, const Date& today) {
    ProgramDay result;
    const int64_t calendar_days = DaysBetween(program.start_date, today);
    if (calendar_days < 0) {
        result.status = ProgramStatus::NotStartedYet;
        result.days_until_start = static_cast<int>(-calendar_days);
        return result;
    }
    // Program days lived through today; a paused today is not one of them.
    const int64_t worked = calendar_days + 1 - PausedDaysThrough(program, today);
    if (worked > kProgramDays) {
        result.status = ProgramStatus::Finished;
        result.day = kProgramDays;
        result.phase = Phase::InfluenceTrial;
        return result;
    }
    // Paused means a pause runs today, even when today was checked in before pausing.
    const bool paused = IsPaused(program) && PauseCovers(program, today);
    result.status = paused ? ProgramStatus::Paused : ProgramStatus::Running;
    // While paused the program stands on the day it will carry on from.
    result.day = std::clamp(static_cast<int>(worked) + (paused ? 1 : 0), 1, kProgramDays);
    result.phase = PhaseForDay(result.day);
    const PhaseInfo& info = GetPhaseInfo(result.phase);
    result.day_in_phase = result.day - info.first_day + 1;
    result.phase_length = info.last_day - info.first_day + 1;
    return result;
}

size_t CountCharacters(std::string_view text) {
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

std::string NormalizeSentence(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    // Word by word: a large import normalizes every check-in.
    for (size_t at = 0; at < text.size();) {
        if (IsSpace(text[at])) {
            ++at;
            continue;
        }
        size_t end = at;
        while (end < text.size() && !IsSpace(text[end]))
            ++end;
        if (!result.empty())
            result += ' ';
        result.append(text.data() + at, end - at);
        at = end;
    }
    return result;
}

std::string EndSentence(std::string text) {
    if (!text.empty() && !EndsSentence(text.back()) && text.back() != '"' && text.back() != ')')
        text += '.';
    return text;
}

std::string CapitalizeFirst(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

ChallengeProblem CheckOneSentence(std::string_view text) {
    const std::string sentence = NormalizeSentence(text);
    if (sentence.empty())
        return ChallengeProblem::Empty;
    if (sentence.size() > kMaxChallengeBytes)
        return ChallengeProblem::TooLong;
    // A sentence end, a space and a capital (or a non-ASCII letter, whose case we cannot
    // tell cheaply) starts a second sentence. "e.g. this" passes; "Mr. Smith" is a false
    // alarm we accept because the hint is gentle and the fix is easy.
    for (size_t i = 0; i + 2 < sentence.size(); ++i) {
        const unsigned char next = static_cast<unsigned char>(sentence[i + 2]);
        const bool starts_sentence = (next >= 'A' && next <= 'Z') || next >= 0x80;
        if (EndsSentence(sentence[i]) && sentence[i + 1] == ' ' && starts_sentence)
            return ChallengeProblem::MoreThanOneSentence;
    }
    return ChallengeProblem::None;
}

bool StartProgram(Workbook& workbook, std::string_view challenge, const Date& start_date) {
    if (CheckOneSentence(challenge) != ChallengeProblem::None || !IsValidDate(start_date))
        return false;
    workbook.program = Program{NormalizeSentence(challenge), start_date};
    return true;
}

} // namespace leeway::core
