#include "core/example.h"

#include "core/backup.h"
#include "core/history.h"
#include "core/program.h"

namespace leeway::core {

namespace {
constexpr const char* kExampleSetKeys[kExampleSetCount] = {"software-delivery", "health-and-care",
                                                           "public-service"};
} // namespace

const char* ExampleSetName(ExampleSet set) {
    switch (set) {
    case ExampleSet::SoftwareDelivery: return "Software delivery";
    case ExampleSet::HealthAndCare: return "Health and care";
    case ExampleSet::PublicService: return "Public service";
    }
    return "";
}

const char* ExampleSetKey(ExampleSet set) { return kExampleSetKeys[static_cast<int>(set)]; }

std::optional<ExampleSet> ParseExampleSetKey(std::string_view key) {
    for (int index = 0; index < kExampleSetCount; ++index)
        if (key == kExampleSetKeys[index])
            return static_cast<ExampleSet>(index);
    return std::nullopt;
}

std::optional<Workbook> PrepareExample(std::string_view backup_json, const Date& today) {
    ImportResult imported = ImportBackup(backup_json);
    if (!imported.ok() || !imported.workbook->program || IsPaused(*imported.workbook->program))
        return std::nullopt;
    Workbook workbook = std::move(*imported.workbook);
    const Program& program = *workbook.program;
    // Day N falls N - 1 counted days after the start, and paused days push it further out.
    const Date shown_day =
        AddDays(program.start_date,
                kExampleDay - 1 + PausedDaysThrough(program, AddDays(program.start_date, 10000)));
    ShiftDates(workbook, DaysBetween(shown_day, today));
    return workbook;
}

} // namespace leeway::core
