#include "core/generations.h"

#include <algorithm>
#include <set>

namespace leeway::core {

std::vector<int64_t> GenerationsToDrop(std::vector<Generation> generations,
                                       const GenerationPolicy& policy) {
    std::sort(generations.begin(), generations.end(),
              [](const Generation& a, const Generation& b) { return a.sequence > b.sequence; });
    std::set<int64_t> days_kept;
    std::vector<int64_t> drop;
    for (size_t index = 0; index < generations.size(); ++index) {
        const Generation& generation = generations[index];
        const int64_t day = DaysSinceEpoch(generation.saved_on);
        const bool recent = static_cast<int>(index) < policy.keep_newest;
        // Newest first, so the first generation seen of a day is that day's last save.
        const bool last_of_its_day =
            static_cast<int>(days_kept.size()) < policy.keep_days && days_kept.insert(day).second;
        if (!recent && !last_of_its_day)
            drop.push_back(generation.sequence);
    }
    return drop;
}

} // namespace leeway::core
