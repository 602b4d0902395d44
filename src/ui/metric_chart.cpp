#include "ui/metric_chart.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/responsibility.h"
#include "ui/screen_snapshot.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

// "3 Dec": the axis has no room for weekday and year.
std::string ShortDate(const core::Date& date) {
    std::string text = core::FormatLongDate(date);
    text = text.substr(text.find(' ') + 1);
    return text.substr(0, text.rfind(' '));
}

std::string ValueWithUnit(const core::OutcomeMetric& metric, double value) {
    return core::FormatMetricValue(value) + " " + metric.unit;
}

void DashedLine(ImDrawList* draw, float x0, float x1, float y, ImU32 color, float thickness) {
    constexpr float kDash = 6.0f;
    for (float x = x0; x < x1; x += kDash * 2.0f)
        draw->AddLine(ImVec2(x, y), ImVec2(std::min(x + kDash, x1), y), color, thickness);
}

ImU32 WithAlpha(const ImVec4& color, float alpha) {
    return ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, alpha));
}

// Round values for the y-axis between low and high, three to six of them: steps of 1, 2 or 5
// times a power of ten.
std::vector<double> AxisTicks(double low, double high) {
    std::vector<double> ticks;
    const double range = high - low;
    if (!(range > 0.0) || !std::isfinite(range))
        return ticks;
    const double power = std::pow(10.0, std::floor(std::log10(range / 4.0)));
    double step = power;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = power * factor;
        if (range / step <= 5.0)
            break;
    }
    for (double tick = std::ceil(low / step) * step; tick <= high && ticks.size() < 8; tick += step)
        ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

// The chart's data as a table for screen readers (date, value, note), over the chart's area.
void RecordChartTable(const core::OutcomeMetric& metric,
                      const std::vector<core::Measurement>& measurements) {
    if (measurements.empty())
        return;
    MirrorGroup table(Container::Table, "Measurements of " + metric.name);
    {
        MirrorGroup header(Container::Row, "header");
        for (const char* column : {"Date", "Value", "Note"})
            RecordLastItemAsText(Role::ColumnHeader, column);
    }
    for (const core::Measurement& measurement : measurements) {
        MirrorGroup row(Container::Row, measurement.id);
        RecordLastItemAsText(Role::Cell, core::FormatLongDate(measurement.date));
        RecordLastItemAsText(Role::Cell, ValueWithUnit(metric, measurement.value));
        RecordLastItemAsText(Role::Cell, measurement.note.empty() ? "-" : measurement.note);
    }
}

} // namespace

std::string DescribeMetricChart(const core::OutcomeMetric& metric,
                                const std::vector<core::Measurement>& measurements) {
    std::string text =
        "Chart of " + metric.name + ": baseline " + ValueWithUnit(metric, metric.baseline) +
        ", target " + ValueWithUnit(metric, metric.target) + " (" +
        (metric.better == core::BetterDirection::Lower ? "lower" : "higher") + " is better). ";
    if (measurements.empty())
        return text + "No measurements yet.";
    const core::Measurement& latest = measurements.back();
    text += std::to_string(measurements.size()) +
            (measurements.size() == 1 ? " measurement" : " measurements");
    if (measurements.size() > 1)
        text += " from " + core::FormatLongDate(measurements.front().date) + " to " +
                core::FormatLongDate(latest.date);
    const int percent =
        static_cast<int>(std::lround(core::ProgressTowardsTarget(metric, latest.value) * 100.0));
    text += "; latest " + ValueWithUnit(metric, latest.value) + ", " +
            (core::ReachedTarget(metric, latest.value)
                 ? "the target is reached."
                 : std::to_string(percent) + "% of the way to the target.");
    return text;
}

void MetricChart(const core::OutcomeMetric& metric,
                 const std::vector<core::Measurement>& measurements) {
    const Palette& palette = GetPalette();
    const float width = ImGui::CalcItemWidth();
    const float height = std::clamp(width * 0.5f, 170.0f, 260.0f);
    const float font = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height),
                        ImGui::GetColorU32(palette.surface), 6.0f);

    double low = std::min(metric.baseline, metric.target);
    double high = std::max(metric.baseline, metric.target);
    for (const core::Measurement& measurement : measurements) {
        low = std::min(low, measurement.value);
        high = std::max(high, measurement.value);
    }
    const double margin = (high - low) * 0.08;
    low -= margin;
    high += margin;
    const std::vector<double> ticks = AxisTicks(low, high);
    float gutter = 0.0f; // the y-axis values, left of the plot
    for (double tick : ticks)
        gutter = std::max(gutter, ImGui::CalcTextSize(core::FormatMetricValue(tick).c_str()).x);

    // The plot leaves room for the axis values on its left, for a line's label above the top
    // line and below the bottom one, and under that for the dates.
    const float left = origin.x + 10.0f + gutter + 8.0f;
    const float right = origin.x + width - 10.0f;
    const float top = origin.y + font + 10.0f;
    const float bottom = origin.y + height - font * 2.0f - 14.0f;
    const float dates_y = origin.y + height - font - 6.0f;
    auto y_of = [&](double value) {
        return bottom - static_cast<float>((value - low) / (high - low)) * (bottom - top);
    };

    for (double tick : ticks) {
        const float y = y_of(tick);
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), WithAlpha(palette.muted_text, 0.18f),
                      1.0f);
        const std::string value = core::FormatMetricValue(tick);
        draw->AddText(ImVec2(left - 8.0f - ImGui::CalcTextSize(value.c_str()).x, y - font * 0.5f),
                      ImGui::GetColorU32(palette.muted_text), value.c_str());
    }
    const float baseline_y = y_of(metric.baseline);
    const float target_y = y_of(metric.target);
    DashedLine(draw, left, right, baseline_y, WithAlpha(palette.muted_text, 0.9f), 1.5f);
    DashedLine(draw, left, right, target_y, ImGui::GetColorU32(palette.success), 2.0f);
    // Each label sits on the side of its line away from the other line, so they never overlap.
    const bool target_above = target_y < baseline_y;
    const std::string baseline_label = "Baseline " + ValueWithUnit(metric, metric.baseline);
    const std::string target_label = "Target " + ValueWithUnit(metric, metric.target);
    draw->AddText(ImVec2(left, target_above ? baseline_y + 3.0f : baseline_y - font - 3.0f),
                  ImGui::GetColorU32(palette.muted_text), baseline_label.c_str());
    const float target_width = ImGui::CalcTextSize(target_label.c_str()).x;
    draw->AddText(
        ImVec2(right - target_width, target_above ? target_y - font - 3.0f : target_y + 3.0f),
        ImGui::GetColorU32(palette.success), target_label.c_str());

    if (!measurements.empty()) {
        const int64_t first_day = core::DaysSinceEpoch(measurements.front().date);
        const int64_t last_day = core::DaysSinceEpoch(measurements.back().date);
        const float inset = 16.0f;
        auto x_of = [&](const core::Date& date) {
            if (last_day == first_day)
                return (left + right) * 0.5f;
            const double fraction = static_cast<double>(core::DaysSinceEpoch(date) - first_day) /
                                    static_cast<double>(last_day - first_day);
            return left + inset + static_cast<float>(fraction) * (right - left - inset * 2.0f);
        };
        std::vector<ImVec2> points;
        for (const core::Measurement& measurement : measurements)
            points.emplace_back(x_of(measurement.date), y_of(measurement.value));
        draw->AddPolyline(points.data(), static_cast<int>(points.size()),
                          ImGui::GetColorU32(palette.accent), 0, 2.5f);
        for (const ImVec2& point : points) {
            draw->AddCircleFilled(point, 4.5f, ImGui::GetColorU32(palette.accent));
            draw->AddCircle(point, 4.5f, ImGui::GetColorU32(palette.surface), 0, 1.5f);
        }
        const ImU32 axis_text = ImGui::GetColorU32(palette.muted_text);
        const std::string first_label = ShortDate(measurements.front().date);
        draw->AddText(ImVec2(left, dates_y), axis_text, first_label.c_str());
        if (last_day != first_day) {
            const std::string last_label = ShortDate(measurements.back().date);
            draw->AddText(ImVec2(right - ImGui::CalcTextSize(last_label.c_str()).x, dates_y),
                          axis_text, last_label.c_str());
        }
    } else {
        const char* empty = "Your measurements will appear here.";
        const ImVec2 size = ImGui::CalcTextSize(empty);
        draw->AddText(ImVec2((left + right - size.x) * 0.5f, (top + bottom - size.y) * 0.5f),
                      ImGui::GetColorU32(palette.muted_text), empty);
    }
    ImGui::Dummy(ImVec2(width, height));
    RecordLastItemAsText(Role::Text, DescribeMetricChart(metric, measurements));
    RecordChartTable(metric, measurements);
}

} // namespace leeway::ui
