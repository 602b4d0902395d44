#pragma once
// Which saved generations of the workbook storage keeps: enough to step back a few edits and a
// few days, without growing without bound.

#include <cstdint>
#include <vector>

#include "core/date.h"

namespace leeway::core {

struct Generation {
    int64_t sequence = 0; // grows by one with every save
    Date saved_on;        // local date of the save
};

struct GenerationPolicy {
    int keep_newest = 12; // every one of the latest saves: "undo a few edits"
    int keep_days = 7;    // plus the last save of each of the latest days: "go back a few days"
};

// The sequences to delete so that only what the policy keeps remains. Order does not matter.
std::vector<int64_t> GenerationsToDrop(std::vector<Generation> generations,
                                       const GenerationPolicy& policy = {});

} // namespace leeway::core
