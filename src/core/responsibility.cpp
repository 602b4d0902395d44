#include "core/responsibility.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/clarity.h"
#include "core/program.h"
#include "core/records.h"

namespace leeway::core {

namespace {

bool IsUsableNumber(double value) {
    return std::isfinite(value) && std::fabs(value) <= kMaxMetricMagnitude;
}

bool BetterThan(BetterDirection better, double a, double b) {
    return better == BetterDirection::Lower ? a < b : a > b;
}

} // namespace

bool SetOwnedArea(ResponsibilityLoop& loop, std::string_view area) {
    const std::string tidy = NormalizeSentence(area);
    if (tidy.size() > kMaxEntryBytes)
        return false;
    loop.owned_area = tidy;
    return true;
}

MetricProblem CheckMetric(const OutcomeMetric& metric) {
    if (NormalizeSentence(metric.name).empty())
        return MetricProblem::NoName;
    if (NormalizeSentence(metric.unit).empty())
        return MetricProblem::NoUnit;
    if (metric.name.size() > kMaxEntryBytes || metric.unit.size() > kMaxMetricUnitBytes)
        return MetricProblem::TooLong;
    if (!IsUsableNumber(metric.baseline) || !IsUsableNumber(metric.target))
        return MetricProblem::BadNumber;
    if (metric.baseline == metric.target)
        return MetricProblem::TargetEqualsBaseline;
    if (!BetterThan(metric.better, metric.target, metric.baseline))
        return MetricProblem::TargetNotBetter;
    return MetricProblem::None;
}

bool SetMetric(ResponsibilityLoop& loop, const OutcomeMetric& metric) {
    if (CheckMetric(metric) != MetricProblem::None)
        return false;
    OutcomeMetric tidy = metric;
    tidy.name = NormalizeSentence(metric.name);
    tidy.unit = NormalizeSentence(metric.unit);
    loop.metric = tidy;
    return true;
}

std::optional<double> ParseMetricValue(std::string_view text) {
    std::string tidy = NormalizeSentence(text);
    if (tidy.empty() || tidy.size() > 40)
        return std::nullopt;
    // A decimal comma is as common as a point; thousands separators are not accepted.
    size_t separators = 0;
    for (char& c : tidy) {
        if (c == ',')
            c = '.';
        if (c == '.')
            ++separators;
        const bool allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+';
        if (!allowed)
            return std::nullopt;
    }
    if (separators > 1)
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(tidy.c_str(), &end);
    if (end != tidy.c_str() + tidy.size() || !IsUsableNumber(value))
        return std::nullopt;
    return value;
}

std::string FormatMetricValue(double value) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text == "-0" ? "0" : text;
}

bool AddMeasurement(ResponsibilityLoop& loop, std::string id, const Date& date, double value,
                    std::string_view note) {
    const std::string tidy = NormalizeSentence(note);
    if (!loop.metric || !IsUsableNumber(value) || tidy.size() > kMaxEntryBytes || id.empty() ||
        !IsValidDate(date) || loop.measurements.size() >= kMaxMeasurements ||
        FindById(loop.measurements, id))
        return false;
    InsertByDate(loop.measurements, Measurement{std::move(id), date, value, tidy});
    return true;
}

bool RemoveMeasurement(ResponsibilityLoop& loop, std::string_view id) {
    return RemoveById(loop.measurements, id);
}

double ProgressTowardsTarget(const OutcomeMetric& metric, double value) {
    const double span = metric.target - metric.baseline;
    return span == 0 ? 0 : (value - metric.baseline) / span;
}

bool ReachedTarget(const OutcomeMetric& metric, double value) {
    return value == metric.target || BetterThan(metric.better, value, metric.target);
}

ReportProblem CheckReport(std::string_view changed, std::string_view failed,
                          std::string_view escalated) {
    const std::string parts[] = {NormalizeSentence(changed), NormalizeSentence(failed),
                                 NormalizeSentence(escalated)};
    bool any = false;
    for (const std::string& part : parts) {
        if (part.size() > kMaxEntryBytes)
            return ReportProblem::TooLong;
        any = any || !part.empty();
    }
    return any ? ReportProblem::None : ReportProblem::Empty;
}

bool AddReport(ResponsibilityLoop& loop, std::string id, const Date& date, std::string_view changed,
               std::string_view failed, std::string_view escalated) {
    if (CheckReport(changed, failed, escalated) != ReportProblem::None || id.empty() ||
        !IsValidDate(date) || loop.reports.size() >= kMaxReports || FindById(loop.reports, id))
        return false;
    loop.reports.push_back(LoopReport{std::move(id), date, NormalizeSentence(changed),
                                      NormalizeSentence(failed), NormalizeSentence(escalated)});
    return true;
}

bool RemoveReport(ResponsibilityLoop& loop, std::string_view id) {
    return RemoveById(loop.reports, id);
}

const char* MetricKindName(MetricKind kind) {
    switch (kind) {
    case MetricKind::Time: return "time";
    case MetricKind::Quality: return "quality";
    case MetricKind::HandoffDelay: return "handoff delay";
    case MetricKind::Rework: return "rework";
    }
    return "time";
}

} // namespace leeway::core
