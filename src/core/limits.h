#pragma once

#include <cstddef>

// Every limit on what a workbook holds, in one place. The screens stop input at these, the
// importer refuses more, and the published schema (assets/schema/leeway-backup.schema.json)
// states the same numbers: kPublishedLimits names where each applies in a backup file, and
// tests/unit/limits_test.cpp reads each one there, and fails on any limit the schema states
// that is not listed here.

namespace leeway::core {

// A backup file as a whole: keeps a hostile or broken file from exhausting memory or the stack.
constexpr size_t kMaxBackupBytes = 16 * 1024 * 1024;
constexpr int kMaxBackupNesting = 32;

// Longest text a single entry may hold; longer belongs in a document, not a log line.
constexpr size_t kMaxEntryBytes = 1000;
// The challenge, in one sentence. The importer takes longer ones than the welcome screen does,
// so a file edited by hand is not refused over a long sentence.
constexpr size_t kMaxChallengeBytes = 300;
constexpr size_t kMaxImportedChallengeBytes = 4 * kMaxChallengeBytes;
// A metric's unit: a word or two.
constexpr size_t kMaxMetricUnitBytes = 100;
// The support contacts: a few names and numbers, more than one entry's worth.
constexpr size_t kMaxSupportContactsBytes = 2000;

// Clarity baseline.
constexpr size_t kMaxBlockers = 200;
constexpr int kMaxBlockerOccurrences = 1000000;
constexpr size_t kMaxRequests = 5000;

// Daily check-ins and pauses.
constexpr int kMinBudgetMinutes = 5;
constexpr int kMaxBudgetMinutes = 120;
constexpr size_t kMaxCheckIns = 5000;
constexpr int kMaxCheckInMinutes = 600;
constexpr int kMinStress = 1;
constexpr int kMaxStress = 5;
constexpr size_t kMaxPauses = 1000;

// Responsibility loop. Metric values stay within kMaxMetricMagnitude: enough for any time,
// count or score, and safe to draw.
constexpr size_t kMaxMeasurements = 3000;
constexpr size_t kMaxReports = 1000;
constexpr double kMaxMetricMagnitude = 1e9;

// Guidance: watch-outs, stability checks.
constexpr size_t kMaxDismissedWatchOuts = 100;
constexpr size_t kMaxStabilityChecks = 1000;
constexpr int kMinConditionRating = 1; // not at all
constexpr int kMaxConditionRating = 5; // fully

// Autonomy map.
constexpr int kMinFreedomRating = 1;
constexpr int kMaxFreedomRating = 5;
constexpr size_t kMaxRatings = 3000;
constexpr size_t kMaxDecisionAreas = 50;
constexpr size_t kMaxLedgerEntries = 2000;

// History and edit times.
constexpr size_t kMaxFinishedPrograms = 100;
constexpr size_t kMaxEditTimes = 20000;
constexpr size_t kMaxEditKeyBytes = 200;

// Where each limit applies in a backup file, as the schema states it. `where` walks the
// schema: a member's name after ".", "[]" for a list's items, "{}" for an object's values, and
// "$name" for the shared definition `name`. Every other text member is limited to
// kMaxEntryBytes, which the test checks too.
struct PublishedLimit {
    const char* where;
    const char* keyword; // maxItems, maxLength, minimum or maximum
    double value;
};

constexpr PublishedLimit kPublishedLimits[] = {
    {"workbook.map.ratings", "maxItems", kMaxRatings},
    {"workbook.map.ratings[].rating", "minimum", kMinFreedomRating},
    {"workbook.map.ratings[].rating", "maximum", kMaxFreedomRating},
    {"workbook.map.areas", "maxItems", kMaxDecisionAreas},
    {"workbook.map.ledger", "maxItems", kMaxLedgerEntries},
    {"workbook.history", "maxItems", kMaxFinishedPrograms},
    {"workbook.edited", "maxProperties", kMaxEditTimes},
    {"workbook.edited", "propertyNames.maxLength", kMaxEditKeyBytes},
    {"workbook.stability", "maxItems", kMaxStabilityChecks},
    {"workbook.safety.support_contacts", "maxLength", kMaxSupportContactsBytes},
    {"$condition.rating", "minimum", kMinConditionRating},
    {"$condition.rating", "maximum", kMaxConditionRating},
    {"$program.challenge", "maxLength", kMaxImportedChallengeBytes},
    {"$program.clarity.blockers", "maxItems", kMaxBlockers},
    {"$program.clarity.blockers[].occurrences", "minimum", 1},
    {"$program.clarity.blockers[].occurrences", "maximum", kMaxBlockerOccurrences},
    {"$program.clarity.requests", "maxItems", kMaxRequests},
    {"$program.daily_budget_minutes", "minimum", kMinBudgetMinutes},
    {"$program.daily_budget_minutes", "maximum", kMaxBudgetMinutes},
    {"$program.check_ins", "maxItems", kMaxCheckIns},
    {"$program.check_ins[].minutes", "minimum", 0},
    {"$program.check_ins[].minutes", "maximum", kMaxCheckInMinutes},
    {"$program.check_ins[].stress", "minimum", kMinStress},
    {"$program.check_ins[].stress", "maximum", kMaxStress},
    {"$program.pauses", "maxItems", kMaxPauses},
    {"$program.responsibility.metric.unit", "maxLength", kMaxMetricUnitBytes},
    {"$program.responsibility.metric.baseline", "minimum", -kMaxMetricMagnitude},
    {"$program.responsibility.metric.baseline", "maximum", kMaxMetricMagnitude},
    {"$program.responsibility.metric.target", "minimum", -kMaxMetricMagnitude},
    {"$program.responsibility.metric.target", "maximum", kMaxMetricMagnitude},
    {"$program.responsibility.measurements", "maxItems", kMaxMeasurements},
    {"$program.responsibility.measurements[].value", "minimum", -kMaxMetricMagnitude},
    {"$program.responsibility.measurements[].value", "maximum", kMaxMetricMagnitude},
    {"$program.responsibility.reports", "maxItems", kMaxReports},
    {"$program.influence.expected_value", "minimum", -kMaxMetricMagnitude},
    {"$program.influence.expected_value", "maximum", kMaxMetricMagnitude},
    {"$program.dismissed", "maxItems", kMaxDismissedWatchOuts},
};

} // namespace leeway::core
