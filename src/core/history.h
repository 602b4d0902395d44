#pragma once
// Finished programs: the summary of one, and moving it to history so a new one can start. The
// autonomy map (decision areas, ledger, ratings) belongs to the workbook, so it carries over.

#include <optional>
#include <string_view>

#include "core/clarity.h"
#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

struct ProgramSummary {
    int days_counted = 0; // program days lived through, pauses left out (at most 30)
    int days_checked_in = 0;
    int minutes_spent = 0;
    int blockers_listed = 0;
    int blockers_retired = 0;
    RequestTally requests;
    bool constraint_named = false;
    AskOutcome constraint_outcome = AskOutcome::NotAskedYet;
    bool metric_set = false;
    int measurements = 0;
    std::optional<double> latest_value;
    bool target_reached = false;
    int reports = 0;
    bool proposal_made = false;
    int feedback_received = 0; // of two: one peer, one manager
};

// The summary as of `end` (the day it finished, or today for a running program).
ProgramSummary SummarizeProgram(const Program& program, const Date& end);

// Moves the current program to history, finished today. Allowed before day 30 too: people
// change jobs and challenges, and what they wrote stays.
bool FinishProgram(Workbook& workbook, const Date& today, std::string_view reflection);

// Moves every date in the workbook by `days`: the example workbook is written once and shown as
// if it were running now.
void ShiftDates(Workbook& workbook, int64_t days);

} // namespace leeway::core
