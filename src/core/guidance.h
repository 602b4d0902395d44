#pragma once
// Guidance read from the user's own workbook: the guide's failure modes as watch-outs, the weekly
// stability check of the three conditions, the reality check for constraints planning cannot
// fix, and the stress rule. Every rule and threshold is here, with the reason for it.

#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

// --- Watch-outs ---------------------------------------------------------------------------------
//
// Activity without progress: at least 5 check-ins since the first measurement, at least 2
//   measurements, and the latest is less than 10% of the way from baseline to target (or worse).
// Autonomy as a shield for poor communication: a decision area is owned, the program is on day 14
//   or later (four days into the Responsibility loop), and no report has been written.
// Confidence mistaken for certainty: 2 or more reports claim a change, and no measurement was
//   taken on or after the first of them.
// Overcorrecting into silence: none of the ways of speaking up the program has asked for by now
//   has happened: asking for the constraint (expected from day 8), escalating something (from
//   day 17), asking for feedback (from day 24).
// A watch-out the user dismissed stays hidden for the rest of the program.

constexpr int kActivityCheckIns = 5;
constexpr double kActivityProgress = 0.10;
constexpr int kShieldFromDay = 14;
constexpr int kCertaintyReports = 2;
constexpr int kAskExpectedFromDay = 8;
constexpr int kEscalationExpectedFromDay = 17;
constexpr int kFeedbackExpectedFromDay = 24;

struct WatchOut {
    WatchOutKind kind;
    std::string title;     // the guide's name for it
    std::string evidence;  // what in the workbook shows it
    std::string next_step; // one thing to do about it
};

// The watch-outs that apply today, not counting dismissed ones. Empty without a running program.
std::vector<WatchOut> FindWatchOuts(const Workbook& workbook, const Date& today);

bool DismissWatchOut(Program& program, WatchOutKind kind, const Date& today,
                     std::string_view reason);
const char* WatchOutName(WatchOutKind kind); // "activity mistaken for progress"

// --- Stability ----------------------------------------------------------------------------------
//
// The first check is a baseline: it shows where each condition starts, and a low start is not a
// collapse. After that, a condition has collapsed when the latest check rates it 2 or lower, or 2
// points below the check before. After a collapse, expanding again waits until two checks in a row
// rate all three conditions 3 or higher. A check is due every 7 days.

constexpr int kCollapsedAtOrBelow = 2;
constexpr int kCollapseDrop = 2;
constexpr int kHoldingAtOrAbove = 3;
constexpr int kChecksToExpand = 2;
constexpr int kDaysBetweenStabilityChecks = 7;

enum class Condition { Ownership, Contribution, Communication };
const char* ConditionName(Condition condition); // "clearly defined ownership"

enum class StabilityState {
    NotChecked, // no check yet
    Baseline,   // one check so far: where things start, nothing to compare with yet
    Holding,    // all three hold: expanding is fine
    Collapsed,  // the latest check shows a collapse: pull back and repair
    Repairing,  // better again, but not yet for two checks in a row
};

struct StabilityStatus {
    StabilityState state = StabilityState::NotChecked;
    std::vector<Condition> collapsed;  // when Collapsed
    std::vector<Condition> starts_low; // when Baseline: rated 2 or lower
    bool due = true;                   // a week or more since the last check
};

StabilityStatus CheckStability(const std::vector<StabilityCheck>& checks, const Date& today);

enum class StabilityProblem { None, BadRating, TooLong, TooMany };
StabilityProblem CheckStabilityCheck(const StabilityCheck& check);
// Records the check of its date, replacing one made earlier that day.
bool RecordStabilityCheck(Workbook& workbook, const StabilityCheck& check);

// --- Reality check ------------------------------------------------------------------------------
//
// Fires when the constraint ask was refused, or when blockers marked as coming from outside the
// user's reach have come back 3 times or more in all: then more planning is not the answer.

constexpr int kOutsideReachOccurrences = 3;

struct RealityCheck {
    bool applies = false;
    bool ask_refused = false;
    int outside_reach_occurrences = 0;
};
RealityCheck CheckReality(const Program& program);

bool SetBlockerOutsideReach(ClarityBaseline& clarity, std::string_view id, bool outside);
bool SetBoundaryNote(Program& program, std::string_view note);

// --- Stress and safety --------------------------------------------------------------------------
//
// Stress is climbing when the latest check-in rates it 5, or the last three rated check-ins are
// all 4 or higher. Then the app suggests pausing and getting qualified support.

bool StressIsClimbing(const Program& program);

bool AnySafetyFlag(const SafetyCheck& safety);
bool SetSafetyCheck(Workbook& workbook, const SafetyCheck& safety);

} // namespace leeway::core
