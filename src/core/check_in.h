#pragma once
// The daily check-in: short, inside a time budget the user sets, and counted as consistency
// (days checked in out of days so far), never as a streak that breaks.

#include <optional>
#include <string_view>

#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

enum class CheckInProblem { None, NothingDone, TooLong, BadMinutes };
CheckInProblem CheckCheckIn(int minutes, std::string_view done, std::string_view note);

// Records the check-in of `date`, replacing an earlier one of the same date. Stress, when given,
// is 1 (calm) to 5 (overwhelmed).
bool RecordCheckIn(Program& program, const Date& date, int minutes, std::string_view done,
                   std::string_view note, std::optional<int> stress = std::nullopt);
const CheckIn* FindCheckIn(const Program& program, const Date& date);

bool SetDailyBudget(Program& program, int minutes);

struct Consistency {
    int days_checked_in = 0; // program days up to today with a check-in
    int days_so_far = 0;     // program days up to and including today
};
Consistency ComputeConsistency(const Program& program, const Date& today);

// True when the two program days before today both passed without a check-in: time for a
// gentle word, not a penalty.
bool MissedTwoDaysInARow(const Program& program, const Date& today);

} // namespace leeway::core
