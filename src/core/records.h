#pragma once
// Lookups shared by the lists of records that carry a stable id.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace leeway::core {

template <typename Record> Record* FindById(std::vector<Record>& records, std::string_view id) {
    const auto found = std::find_if(records.begin(), records.end(),
                                    [&](const Record& record) { return record.id == id; });
    return found == records.end() ? nullptr : &*found;
}

template <typename Record>
const Record* FindById(const std::vector<Record>& records, std::string_view id) {
    return FindById(const_cast<std::vector<Record>&>(records), id);
}

template <typename Record> bool RemoveById(std::vector<Record>& records, std::string_view id) {
    const auto found = std::find_if(records.begin(), records.end(),
                                    [&](const Record& record) { return record.id == id; });
    if (found == records.end())
        return false;
    records.erase(found);
    return true;
}

// Keeps a list sorted by date: a new record goes after those of the same date. The search runs
// from the end, where records of today and of a chronological import land at once.
template <typename Record> void InsertByDate(std::vector<Record>& records, Record record) {
    const std::int64_t day = DaysSinceEpoch(record.date);
    std::size_t at = records.size();
    while (at > 0 && DaysSinceEpoch(records[at - 1].date) > day)
        --at;
    records.insert(records.begin() + static_cast<std::ptrdiff_t>(at), std::move(record));
}

} // namespace leeway::core
