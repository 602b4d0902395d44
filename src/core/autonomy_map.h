#pragma once
// The autonomy map: how free the user feels over methods, priorities and outcomes (rated over
// time), which level each of their decision areas sits on, and the ledger of permissions,
// extensions and pull-backs. It outlives any one program. Edits return false when refused.

#include <optional>
#include <string>
#include <string_view>

#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

struct FreedomInfo {
    Freedom freedom;
    const char* name;    // "Freedom over methods"
    const char* meaning; // what having it looks like, one line
};
const FreedomInfo& GetFreedomInfo(Freedom freedom);
constexpr Freedom kAllFreedoms[] = {Freedom::Methods, Freedom::Priorities, Freedom::Outcomes};

struct LevelInfo {
    AutonomyLevel level;
    const char* name;       // "Procedural autonomy"
    const char* can_decide; // what a person at this level decides
    const char* cannot_decide;
    const char* grows_by; // what usually earns the next level
};
const LevelInfo& GetLevelInfo(AutonomyLevel level);
constexpr AutonomyLevel kAllLevels[] = {AutonomyLevel::Procedural, AutonomyLevel::Decision,
                                        AutonomyLevel::Strategic};

// Rates a freedom on a date; a second rating of the same freedom on the same date replaces it.
bool RateFreedom(AutonomyMap& map, const Date& date, Freedom freedom, int rating,
                 std::string_view note);
// The newest rating of a freedom, and the one before it (to show the change).
const FreedomRating* LatestRating(const AutonomyMap& map, Freedom freedom);
const FreedomRating* RatingBefore(const AutonomyMap& map, const FreedomRating& rating);

bool AddDecisionArea(AutonomyMap& map, std::string id, std::string_view name, AutonomyLevel level,
                     const Date& today);
bool SetAreaLevel(AutonomyMap& map, std::string_view id, AutonomyLevel level, const Date& today);
// Refused while ledger entries point at the area: the ledger is history and keeps its meaning.
bool RemoveDecisionArea(AutonomyMap& map, std::string_view id);
bool AreaHasLedgerEntries(const AutonomyMap& map, std::string_view id);
const DecisionArea* FindArea(const AutonomyMap& map, std::string_view id);

enum class LedgerProblem { None, EmptyText, TooLong, UnknownArea, TooMany };
LedgerProblem CheckLedgerEntry(const AutonomyMap& map, std::string_view area_id,
                               std::string_view text);
bool AddLedgerEntry(AutonomyMap& map, std::string id, const Date& date, LedgerKind kind,
                    std::string_view area_id, std::string_view text);
bool RemoveLedgerEntry(AutonomyMap& map, std::string_view id);

struct LedgerTally {
    int permissions = 0;
    int extensions = 0;
    int pull_backs = 0;
};
LedgerTally TallyLedger(const AutonomyMap& map);

const char* LevelName(AutonomyLevel level);    // "Procedural"
const char* LedgerKindName(LedgerKind kind);   // "permission earned"
const char* FreedomShortName(Freedom freedom); // "methods"

} // namespace leeway::core
