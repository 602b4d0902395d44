#pragma once
// The measurement log drawn against the baseline and the target.

#include <string>
#include <vector>

#include "core/workbook.h"

namespace leeway::ui {

// Spans the column's width; its height follows the width, so it stays readable on a phone.
void MetricChart(const core::OutcomeMetric& metric,
                 const std::vector<core::Measurement>& measurements);

// What the chart shows, in words: the name the chart has for screen readers.
std::string DescribeMetricChart(const core::OutcomeMetric& metric,
                                const std::vector<core::Measurement>& measurements);

} // namespace leeway::ui
