#pragma once
// The example workbook: written once with fixed dates, shown as if it were running today.

#include <optional>
#include <string_view>

#include "core/workbook.h"

namespace leeway::core {

// The line of work the examples come from: the example workbook and the hints in empty fields.
// A facilitator picks the one that speaks the room's language; anyone can change it for themselves.
enum class ExampleSet { SoftwareDelivery, HealthAndCare, PublicService };
constexpr int kExampleSetCount = 3;
const char* ExampleSetName(ExampleSet set);
// How the choice is stored (kiosk configuration, preferences): stable, never shown.
const char* ExampleSetKey(ExampleSet set);
std::optional<ExampleSet> ParseExampleSetKey(std::string_view key);

// The program day the example is shown on: deep in the Influence trial, with every phase filled.
constexpr int kExampleDay = 24;

// Reads the example (a backup document) and moves its dates so that today is day kExampleDay.
// Empty when the document is not a valid backup with a program, which a test rules out.
std::optional<Workbook> PrepareExample(std::string_view backup_json, const Date& today);

} // namespace leeway::core
