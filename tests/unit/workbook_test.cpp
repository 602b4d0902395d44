#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/workbook.h"

using namespace leeway::core;

TEST_CASE("any one kind of record the user wrote, alone, counts as data to lose") {
    CHECK_FALSE(HasUserData(Workbook{}));
    Workbook only_dates;
    only_dates.last_export = Date{2026, 11, 26};
    only_dates.edited["safety"] = "2026-11-26T10:00:00Z";
    CHECK_FALSE(HasUserData(only_dates)); // bookkeeping, not the user's writing

    const std::vector<std::pair<const char*, std::function<void(Workbook&)>>> alone = {
        {"a program",
         [](Workbook& w) {
             w.program = Program{"Reviews wait on my lead", {2026, 11, 1}};
         }},
        {"a finished program", [](Workbook& w) { w.history.push_back({}); }},
        {"a freedom rating", [](Workbook& w) { w.map.ratings.push_back({}); }},
        {"a decision area", [](Workbook& w) { w.map.areas.push_back({}); }},
        {"a ledger entry", [](Workbook& w) { w.map.ledger.push_back({}); }},
        {"a stability check", [](Workbook& w) { w.stability.push_back({}); }},
        {"support contacts", [](Workbook& w) { w.safety.support_contacts = "HR: Ana, ext. 2211"; }},
        {"a safety flag", [](Workbook& w) { w.safety.retaliation_risk = true; }},
    };
    for (const auto& record : alone) {
        Workbook workbook;
        record.second(workbook);
        CHECK_MESSAGE(HasUserData(workbook), record.first);
    }
}
