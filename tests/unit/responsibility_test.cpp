#include <doctest/doctest.h>

#include "core/responsibility.h"

using namespace leeway::core;

namespace {

OutcomeMetric HandoffHours() {
    return OutcomeMetric{
        MetricKind::HandoffDelay, "Hours from build ready to QA start", "hours", 48, 8,
        BetterDirection::Lower};
}

} // namespace

TEST_CASE("a metric needs a name, a unit, and a target better than its baseline") {
    CHECK(CheckMetric(HandoffHours()) == MetricProblem::None);
    OutcomeMetric metric = HandoffHours();
    metric.name = "  ";
    CHECK(CheckMetric(metric) == MetricProblem::NoName);
    metric = HandoffHours();
    metric.unit = "";
    CHECK(CheckMetric(metric) == MetricProblem::NoUnit);
    metric = HandoffHours();
    metric.target = 48;
    CHECK(CheckMetric(metric) == MetricProblem::TargetEqualsBaseline);
    metric.target = 60; // more hours is worse when lower is better
    CHECK(CheckMetric(metric) == MetricProblem::TargetNotBetter);
    metric.better = BetterDirection::Higher;
    CHECK(CheckMetric(metric) == MetricProblem::None);
    metric.target = 1e12;
    CHECK(CheckMetric(metric) == MetricProblem::BadNumber);
}

TEST_CASE("changing the metric keeps the measurements already logged") {
    ResponsibilityLoop loop;
    CHECK_FALSE(AddMeasurement(loop, "m1", {2026, 12, 1}, 40, "")); // no metric yet
    REQUIRE(SetMetric(loop, HandoffHours()));
    CHECK(AddMeasurement(loop, "m1", {2026, 12, 1}, 40, ""));
    OutcomeMetric fixed = HandoffHours();
    fixed.unit = "working hours";
    CHECK(SetMetric(loop, fixed));
    CHECK(loop.measurements.size() == 1);
    CHECK(loop.metric->unit == "working hours");
}

TEST_CASE("measurements are kept in date order and can be removed") {
    ResponsibilityLoop loop;
    REQUIRE(SetMetric(loop, HandoffHours()));
    CHECK(AddMeasurement(loop, "m2", {2026, 12, 3}, 20, "after the ping"));
    CHECK(AddMeasurement(loop, "m1", {2026, 12, 1}, 40, ""));
    CHECK(AddMeasurement(loop, "m3", {2026, 12, 3}, 18, "second build"));
    REQUIRE(loop.measurements.size() == 3);
    CHECK(loop.measurements[0].id == "m1");
    CHECK(loop.measurements[2].id == "m3");
    CHECK_FALSE(AddMeasurement(loop, "m1", {2026, 12, 4}, 10, ""));
    CHECK(RemoveMeasurement(loop, "m2"));
    CHECK_FALSE(RemoveMeasurement(loop, "m2"));
    CHECK(loop.measurements.size() == 2);
}

TEST_CASE("progress runs from 0 at the baseline to 1 at the target, either direction") {
    const OutcomeMetric lower = HandoffHours();
    CHECK(ProgressTowardsTarget(lower, 48) == doctest::Approx(0));
    CHECK(ProgressTowardsTarget(lower, 28) == doctest::Approx(0.5));
    CHECK(ProgressTowardsTarget(lower, 8) == doctest::Approx(1));
    CHECK(ProgressTowardsTarget(lower, 60) < 0);
    CHECK(ReachedTarget(lower, 8));
    CHECK(ReachedTarget(lower, 4));
    CHECK_FALSE(ReachedTarget(lower, 9));

    const OutcomeMetric higher{MetricKind::Quality,    "First-pass test rate", "%", 60, 90,
                               BetterDirection::Higher};
    CHECK(ProgressTowardsTarget(higher, 75) == doctest::Approx(0.5));
    CHECK(ReachedTarget(higher, 95));
    CHECK_FALSE(ReachedTarget(higher, 89.5));
}

TEST_CASE("values are read as people type them") {
    CHECK(ParseMetricValue("2.5") == 2.5);
    CHECK(ParseMetricValue(" 2,5 ") == 2.5);
    CHECK(ParseMetricValue("-3") == -3);
    CHECK(ParseMetricValue("40") == 40);
    CHECK_FALSE(ParseMetricValue(""));
    CHECK_FALSE(ParseMetricValue("1.000,5"));
    CHECK_FALSE(ParseMetricValue("12h"));
    CHECK_FALSE(ParseMetricValue("nan"));
    CHECK_FALSE(ParseMetricValue("1e99"));
    CHECK(FormatMetricValue(26.5) == "26.5");
    CHECK(FormatMetricValue(40) == "40");
    CHECK(FormatMetricValue(1.0 / 3) == "0.33");
    CHECK(FormatMetricValue(-0.001) == "0");
}

TEST_CASE("a report needs at least one of changed, failed or escalated") {
    ResponsibilityLoop loop;
    CHECK(CheckReport("", " ", "") == ReportProblem::Empty);
    CHECK_FALSE(AddReport(loop, "r1", {2026, 12, 1}, "", "", ""));
    CHECK(AddReport(loop, "r1", {2026, 12, 1}, "", "The ping bot broke on Friday.", ""));
    CHECK(AddReport(loop, "r2", {2026, 12, 2}, "QA starts the same day.", "",
                    "Device clash to the release manager."));
    CHECK(CheckReport(std::string(1001, 'x'), "", "") == ReportProblem::TooLong);
    REQUIRE(loop.reports.size() == 2);
    CHECK(loop.reports[0].failed == "The ping bot broke on Friday.");
    CHECK(RemoveReport(loop, "r1"));
    CHECK(loop.reports.size() == 1);
}

TEST_CASE("the owned area is one tidy line") {
    ResponsibilityLoop loop;
    CHECK(SetOwnedArea(loop, "  Which fixes go in\nafter code freeze "));
    CHECK(loop.owned_area == "Which fixes go in after code freeze");
    CHECK_FALSE(SetOwnedArea(loop, std::string(1001, 'x')));
}
