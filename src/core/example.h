#pragma once
// The example workbook: written once with fixed dates, shown as if it were running today.

#include <optional>
#include <string_view>

#include "core/workbook.h"

namespace leeway::core {

// The program day the example is shown on: deep in the Influence trial, with every phase filled.
constexpr int kExampleDay = 24;

// Reads the example (a backup document) and moves its dates so that today is day kExampleDay.
// Empty when the document is not a valid backup with a program, which a test rules out.
std::optional<Workbook> PrepareExample(std::string_view backup_json, const Date& today);

} // namespace leeway::core
