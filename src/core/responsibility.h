#pragma once
// Days 11-20, the Responsibility loop: one decision area the user fully owns, one outcome metric
// with a baseline and a target, the measurements, and reports of what changed, what failed and
// what was escalated. Edits return false (and change nothing) when refused.

#include <optional>
#include <string>
#include <string_view>

#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

bool SetOwnedArea(ResponsibilityLoop& loop, std::string_view area);

enum class MetricProblem {
    None,
    NoName,
    NoUnit,
    TooLong,
    BadNumber,
    TargetEqualsBaseline,
    TargetNotBetter
};
MetricProblem CheckMetric(const OutcomeMetric& metric);
// Setting the metric again keeps the measurements: fixing a typo in the unit loses nothing.
bool SetMetric(ResponsibilityLoop& loop, const OutcomeMetric& metric);

// Reads a number the way people type it: "2.5", "2,5", " 40 ". Nothing else.
std::optional<double> ParseMetricValue(std::string_view text);
// "2.5", "40", "-3.25": at most two decimals, no trailing zeros.
std::string FormatMetricValue(double value);

bool AddMeasurement(ResponsibilityLoop& loop, std::string id, const Date& date, double value,
                    std::string_view note);
bool RemoveMeasurement(ResponsibilityLoop& loop, std::string_view id);

// How far a value has come from the baseline towards the target: 0 at the baseline, 1 at the
// target, above 1 beyond it, below 0 when it got worse.
double ProgressTowardsTarget(const OutcomeMetric& metric, double value);
// True when the value is at least as good as the target, in the metric's better direction.
bool ReachedTarget(const OutcomeMetric& metric, double value);

enum class ReportProblem { None, Empty, TooLong };
ReportProblem CheckReport(std::string_view changed, std::string_view failed,
                          std::string_view escalated);
bool AddReport(ResponsibilityLoop& loop, std::string id, const Date& date, std::string_view changed,
               std::string_view failed, std::string_view escalated);
bool RemoveReport(ResponsibilityLoop& loop, std::string_view id);

const char* MetricKindName(MetricKind kind); // "handoff delay"

} // namespace leeway::core
