#include "core/autonomy_map.h"

#include <algorithm>

#include "core/clarity.h"
#include "core/program.h"
#include "core/records.h"

namespace leeway::core {

namespace {

constexpr FreedomInfo kFreedoms[] = {
    {Freedom::Methods, "Freedom over methods",
     "You choose how the work gets done: tools, steps, order."},
    {Freedom::Priorities, "Freedom over priorities",
     "You choose what comes first when everything cannot be done at once."},
    {Freedom::Outcomes, "Freedom over outcomes",
     "You help decide what result counts as done and good enough."},
};

constexpr LevelInfo kLevels[] = {
    {AutonomyLevel::Procedural, "Procedural autonomy",
     "How you do the work: methods, tools, the order of steps.",
     "What the goal is, or when it is due.",
     "Delivering reliably, so people stop checking your work."},
    {AutonomyLevel::Decision, "Decision autonomy",
     "How and when: methods and timing, as long as agreed quality standards are met.",
     "Which goals matter more, or which tradeoffs the team makes.",
     "Quick feedback loops and quality signals others can see."},
    {AutonomyLevel::Strategic, "Strategic autonomy",
     "What matters: you shape priorities and tradeoffs, not only delivery.",
     "Little on your own: the decisions are shared, and you answer for them in the open.",
     "Repeated results, trusted communication and sound judgment under pressure."},
};

} // namespace

const FreedomInfo& GetFreedomInfo(Freedom freedom) {
    return kFreedoms[static_cast<size_t>(freedom)];
}
const LevelInfo& GetLevelInfo(AutonomyLevel level) { return kLevels[static_cast<size_t>(level)]; }

bool RateFreedom(AutonomyMap& map, const Date& date, Freedom freedom, int rating,
                 std::string_view note) {
    const std::string tidy = NormalizeSentence(note);
    if (rating < kMinFreedomRating || rating > kMaxFreedomRating || tidy.size() > kMaxEntryBytes ||
        !IsValidDate(date))
        return false;
    for (FreedomRating& existing : map.ratings) {
        if (existing.freedom == freedom && existing.date == date) {
            existing.rating = rating;
            existing.note = tidy;
            return true;
        }
    }
    if (map.ratings.size() >= kMaxRatings)
        return false;
    InsertByDate(map.ratings, FreedomRating{date, freedom, rating, tidy});
    return true;
}

const FreedomRating* LatestRating(const AutonomyMap& map, Freedom freedom) {
    for (auto it = map.ratings.rbegin(); it != map.ratings.rend(); ++it)
        if (it->freedom == freedom)
            return &*it;
    return nullptr;
}

const FreedomRating* RatingBefore(const AutonomyMap& map, const FreedomRating& rating) {
    const FreedomRating* before = nullptr;
    for (const FreedomRating& candidate : map.ratings) {
        if (&candidate == &rating)
            break;
        if (candidate.freedom == rating.freedom)
            before = &candidate;
    }
    return before;
}

bool AddDecisionArea(AutonomyMap& map, std::string id, std::string_view name, AutonomyLevel level,
                     const Date& today) {
    const std::string tidy = NormalizeSentence(name);
    if (tidy.empty() || tidy.size() > kMaxEntryBytes || id.empty() ||
        map.areas.size() >= kMaxDecisionAreas || FindById(map.areas, id))
        return false;
    map.areas.push_back(DecisionArea{std::move(id), tidy, level, today});
    return true;
}

bool SetAreaLevel(AutonomyMap& map, std::string_view id, AutonomyLevel level, const Date& today) {
    DecisionArea* area = FindById(map.areas, id);
    if (!area || area->level == level)
        return false;
    area->level = level;
    area->placed_on = today;
    return true;
}

bool AreaHasLedgerEntries(const AutonomyMap& map, std::string_view id) {
    return std::any_of(map.ledger.begin(), map.ledger.end(),
                       [&](const LedgerEntry& entry) { return entry.area_id == id; });
}

bool RemoveDecisionArea(AutonomyMap& map, std::string_view id) {
    if (AreaHasLedgerEntries(map, id))
        return false;
    return RemoveById(map.areas, id);
}

const DecisionArea* FindArea(const AutonomyMap& map, std::string_view id) {
    return FindById(map.areas, id);
}

LedgerProblem CheckLedgerEntry(const AutonomyMap& map, std::string_view area_id,
                               std::string_view text) {
    const std::string tidy = NormalizeSentence(text);
    if (tidy.empty())
        return LedgerProblem::EmptyText;
    if (tidy.size() > kMaxEntryBytes)
        return LedgerProblem::TooLong;
    if (!area_id.empty() && !FindArea(map, area_id))
        return LedgerProblem::UnknownArea;
    if (map.ledger.size() >= kMaxLedgerEntries)
        return LedgerProblem::TooMany;
    return LedgerProblem::None;
}

bool AddLedgerEntry(AutonomyMap& map, std::string id, const Date& date, LedgerKind kind,
                    std::string_view area_id, std::string_view text) {
    if (CheckLedgerEntry(map, area_id, text) != LedgerProblem::None || id.empty() ||
        !IsValidDate(date) || FindById(map.ledger, id))
        return false;
    InsertByDate(map.ledger, LedgerEntry{std::move(id), date, kind, std::string(area_id),
                                         NormalizeSentence(text)});
    return true;
}

bool RemoveLedgerEntry(AutonomyMap& map, std::string_view id) { return RemoveById(map.ledger, id); }

LedgerTally TallyLedger(const AutonomyMap& map) {
    LedgerTally tally;
    for (const LedgerEntry& entry : map.ledger) {
        switch (entry.kind) {
        case LedgerKind::Permission: ++tally.permissions; break;
        case LedgerKind::Extension: ++tally.extensions; break;
        case LedgerKind::PullBack: ++tally.pull_backs; break;
        }
    }
    return tally;
}

const char* LevelName(AutonomyLevel level) {
    switch (level) {
    case AutonomyLevel::Procedural: return "Procedural";
    case AutonomyLevel::Decision: return "Decision";
    case AutonomyLevel::Strategic: return "Strategic";
    }
    return "Procedural";
}

const char* LedgerKindName(LedgerKind kind) {
    switch (kind) {
    case LedgerKind::Permission: return "permission earned";
    case LedgerKind::Extension: return "extension earned";
    case LedgerKind::PullBack: return "pull-back";
    }
    return "permission earned";
}

const char* FreedomShortName(Freedom freedom) {
    switch (freedom) {
    case Freedom::Methods: return "methods";
    case Freedom::Priorities: return "priorities";
    case Freedom::Outcomes: return "outcomes";
    }
    return "methods";
}

} // namespace leeway::core
