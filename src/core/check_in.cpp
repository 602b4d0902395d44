#include "core/check_in.h"

#include <algorithm>

#include "core/clarity.h"
#include "core/guidance.h"
#include "core/program.h"

namespace leeway::core {

namespace {

// The check on text already normalized, so that recording normalizes each text once.
CheckInProblem CheckNormalizedCheckIn(int minutes, const std::string& done,
                                      const std::string& note) {
    if (minutes < 0 || minutes > kMaxCheckInMinutes)
        return CheckInProblem::BadMinutes;
    if (done.empty())
        return CheckInProblem::NothingDone;
    if (done.size() > kMaxEntryBytes || note.size() > kMaxEntryBytes)
        return CheckInProblem::TooLong;
    return CheckInProblem::None;
}

} // namespace

CheckInProblem CheckCheckIn(int minutes, std::string_view done, std::string_view note) {
    return CheckNormalizedCheckIn(minutes, NormalizeSentence(done), NormalizeSentence(note));
}

bool RecordCheckIn(Program& program, const Date& date, int minutes, std::string_view done,
                   std::string_view note, std::optional<int> stress) {
    CheckIn check_in{date, minutes, NormalizeSentence(done), NormalizeSentence(note), stress};
    if (CheckNormalizedCheckIn(minutes, check_in.done, check_in.note) != CheckInProblem::None ||
        !IsValidDate(date) || (stress && (*stress < kMinStress || *stress > kMaxStress)))
        return false;
    const auto position =
        std::lower_bound(program.check_ins.begin(), program.check_ins.end(), date,
                         [](const CheckIn& existing, const Date& wanted) {
                             return DaysSinceEpoch(existing.date) < DaysSinceEpoch(wanted);
                         });
    if (position != program.check_ins.end() && position->date == date)
        *position = std::move(check_in);
    else
        program.check_ins.insert(position, std::move(check_in));
    return true;
}

const CheckIn* FindCheckIn(const Program& program, const Date& date) {
    for (const CheckIn& check_in : program.check_ins)
        if (check_in.date == date)
            return &check_in;
    return nullptr;
}

bool SetDailyBudget(Program& program, int minutes) {
    if (minutes < kMinBudgetMinutes || minutes > kMaxBudgetMinutes)
        return false;
    program.daily_budget_minutes = minutes;
    return true;
}

// Paused days count neither as days so far nor as check-ins.
Consistency ComputeConsistency(const Program& program, const Date& today) {
    Consistency consistency;
    if (DaysBetween(program.start_date, today) < 0)
        return consistency;
    const Date last_day =
        std::min(today, ProgramEndDate(program, today),
                 [](const Date& a, const Date& b) { return DaysBetween(a, b) > 0; });
    for (Date date = program.start_date; DaysBetween(date, last_day) >= 0;
         date = AddDays(date, 1)) {
        if (IsPausedOn(program, date))
            continue;
        ++consistency.days_so_far;
        if (FindCheckIn(program, date))
            ++consistency.days_checked_in;
    }
    return consistency;
}

bool MissedTwoDaysInARow(const Program& program, const Date& today) {
    const Date yesterday = AddDays(today, -1);
    const Date day_before = AddDays(today, -2);
    // Both days must be program days (started, not paused), and the program must be running today.
    if (DaysBetween(program.start_date, day_before) < 0 ||
        ComputeProgramDay(program, today).status != ProgramStatus::Running ||
        IsPausedOn(program, yesterday) || IsPausedOn(program, day_before))
        return false;
    return !FindCheckIn(program, yesterday) && !FindCheckIn(program, day_before);
}

} // namespace leeway::core
