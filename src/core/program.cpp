#include "core/program.h"

namespace leeway::core {

namespace {

constexpr std::array<PhaseInfo, 3> kPhases = {{
    {Phase::ClarityBaseline,
     "Clarity baseline",
     1,
     10,
     "See your work as it is before you change anything.",
     {"Write your scope as a single sentence.", "Keep a list of the blockers that keep coming back.",
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

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

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

ProgramDay ComputeProgramDay(const Program& program, const Date& today) {
    ProgramDay result;
    const int64_t elapsed = DaysBetween(program.start_date, today);
    if (elapsed < 0) {
        result.status = ProgramStatus::NotStartedYet;
        result.days_until_start = static_cast<int>(-elapsed);
        return result;
    }
    if (elapsed >= kProgramDays) {
        result.status = ProgramStatus::Finished;
        result.day = kProgramDays;
        result.phase = Phase::InfluenceTrial;
        return result;
    }
    result.status = ProgramStatus::Running;
    result.day = static_cast<int>(elapsed) + 1;
    result.phase = PhaseForDay(result.day);
    const PhaseInfo& info = GetPhaseInfo(result.phase);
    result.day_in_phase = result.day - info.first_day + 1;
    result.phase_length = info.last_day - info.first_day + 1;
    return result;
}

std::string NormalizeSentence(std::string_view text) {
    std::string result;
    bool pending_space = false;
    for (char c : text) {
        if (IsSpace(c)) {
            pending_space = !result.empty();
            continue;
        }
        if (pending_space)
            result += ' ';
        pending_space = false;
        result += c;
    }
    return result;
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
