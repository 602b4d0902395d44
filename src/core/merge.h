#pragma once
// Merging two copies of a workbook (the one stored and one from a backup file) record by record.
// Records are matched by stable keys: ids for blockers, requests, measurements, reports, decision
// areas and ledger entries; the date for check-ins; freedom and date for ratings; and fixed names
// for the one-of-a-kind parts ("scope", "metric", ...). When both copies changed a record, the
// newer edit wins and the conflict is listed.

#include <string>
#include <vector>

#include "core/workbook.h"

namespace leeway::core {

// Records every record that differs between `before` and `after` (added, changed or removed) as
// edited at `now` in after.edited.
void StampEdits(const Workbook& before, Workbook& after, const std::string& now);

struct MergeConflict {
    std::string record;     // "Blocker \"Test devices are booked\""
    bool kept_file = false; // the file's version was newer and was kept; else ours was
};

struct MergeResult {
    Workbook workbook;
    int added = 0;   // records only the file had
    int removed = 0; // records the file had removed after they were last edited here
    std::vector<MergeConflict> conflicts;
    std::string program_moved_to_history; // the challenge of a program that had to give way
};

// `current` is what is stored; `incoming` what the file holds. Nothing is lost: a record only one
// side has is kept unless the other side removed it later, and when the two hold different
// programs the older one moves to history.
MergeResult MergeWorkbooks(const Workbook& current, const Workbook& incoming);

} // namespace leeway::core
