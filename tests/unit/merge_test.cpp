#include <doctest/doctest.h>

#include "core/autonomy_map.h"
#include "core/check_in.h"
#include "core/clarity.h"
#include "core/merge.h"
#include "core/program.h"

using namespace leeway::core;

namespace {

constexpr const char* kMonday = "2026-11-23T09:00:00Z";
constexpr const char* kTuesday = "2026-11-24T09:00:00Z";
constexpr const char* kWednesday = "2026-11-25T09:00:00Z";

// Applies an edit the way the app does: the changed records get the edit's time.
template <typename Edit> void EditAt(Workbook& workbook, const char* now, Edit edit) {
    Workbook after = workbook;
    REQUIRE(edit(after));
    StampEdits(workbook, after, now);
    workbook = std::move(after);
}

Workbook Base() {
    Workbook workbook;
    EditAt(workbook, kMonday, [](Workbook& w) {
        return StartProgram(w, "Builds wait two days for QA.", {2026, 11, 20});
    });
    EditAt(workbook, kMonday, [](Workbook& w) {
        return AddBlocker(w.program->clarity, "b1", "Devices booked on Mondays", {2026, 11, 20});
    });
    return workbook;
}

} // namespace

TEST_CASE("edits stamp exactly the records they change, and removals leave a mark") {
    Workbook workbook = Base();
    CHECK(workbook.edited.at("blocker:b1") == kMonday);
    CHECK_FALSE(workbook.edited.count("scope"));
    EditAt(workbook, kTuesday,
           [](Workbook& w) { return SetScope(w.program->clarity, "I own the checklist."); });
    CHECK(workbook.edited.at("scope") == kTuesday);
    CHECK(workbook.edited.at("blocker:b1") == kMonday);
    EditAt(workbook, kWednesday, [](Workbook& w) {
        return RecordCheckIn(*w.program, {2026, 11, 25}, 10, "x", "");
    });
    CHECK(workbook.edited.at("check-in:2026-11-25") == kWednesday);
    EditAt(workbook, kWednesday, [](Workbook& w) {
        return RateFreedom(w.map, {2026, 11, 25}, Freedom::Outcomes, 2, "");
    });
    CHECK(workbook.edited.at("rating:outcomes:2026-11-25") == kWednesday);
    EditAt(workbook, kWednesday,
           [](Workbook& w) { return SetBlockerRetired(w.program->clarity, "b1", true); });
    CHECK(workbook.edited.at("blocker:b1") == kWednesday);
}

TEST_CASE("merging adds what only the file has and keeps what only this browser has") {
    const Workbook base = Base();
    Workbook mine = base;
    Workbook theirs = base;
    EditAt(mine, kTuesday, [](Workbook& w) {
        return AddBlocker(w.program->clarity, "b2", "Late sign-off", {2026, 11, 24});
    });
    EditAt(theirs, kTuesday, [](Workbook& w) {
        return LogRequest(w.program->clarity, "r1", {2026, 11, 24}, "Status deck",
                          RequestVerdict::AvoidableNoise, "dup");
    });
    EditAt(theirs, kTuesday, [](Workbook& w) {
        return RecordCheckIn(*w.program, {2026, 11, 24}, 10, "Sorted", "");
    });
    const MergeResult result = MergeWorkbooks(mine, theirs);
    CHECK(result.conflicts.empty());
    CHECK(result.added == 2);
    const Program& merged = *result.workbook.program;
    CHECK(merged.clarity.blockers.size() == 2);
    CHECK(merged.clarity.requests.size() == 1);
    CHECK(merged.check_ins.size() == 1);
    // Merging the result with either side again changes nothing more.
    CHECK(MergeWorkbooks(result.workbook, theirs).added == 0);
    CHECK(MergeWorkbooks(result.workbook, mine).workbook == result.workbook);
}

TEST_CASE("when both changed a record, the newer edit wins and the conflict is listed") {
    const Workbook base = Base();
    Workbook mine = base;
    Workbook theirs = base;
    EditAt(mine, kWednesday, [](Workbook& w) {
        return CountBlockerAgain(w.program->clarity, "b1", {2026, 11, 25});
    });
    EditAt(theirs, kTuesday,
           [](Workbook& w) { return SetBlockerRetired(w.program->clarity, "b1", true); });
    EditAt(theirs, kWednesday, [](Workbook& w) {
        return SetScope(w.program->clarity, "I own the release checklist.");
    });
    EditAt(mine, kTuesday,
           [](Workbook& w) { return SetScope(w.program->clarity, "I own releases."); });

    const MergeResult result = MergeWorkbooks(mine, theirs);
    REQUIRE(result.conflicts.size() == 2);
    CHECK(result.conflicts[0].record == "Scope");
    CHECK(result.conflicts[0].kept_file);
    CHECK(result.conflicts[1].record == "Blocker \"Devices booked on Mondays\"");
    CHECK_FALSE(result.conflicts[1].kept_file);
    const ClarityBaseline& clarity = result.workbook.program->clarity;
    CHECK(clarity.scope == "I own the release checklist.");
    CHECK(clarity.blockers[0].occurrences == 2);
    CHECK_FALSE(clarity.blockers[0].retired);
    CHECK(result.workbook.edited.at("scope") == kWednesday);
}

TEST_CASE("a record removed after the other side last edited it stays removed") {
    Workbook base = Base();
    EditAt(base, kMonday, [](Workbook& w) {
        return LogRequest(w.program->clarity, "r1", {2026, 11, 20}, "Deck", RequestVerdict::Needed,
                          "why");
    });
    Workbook mine = base;
    Workbook theirs = base;
    EditAt(theirs, kTuesday, [](Workbook& w) { return RemoveRequest(w.program->clarity, "r1"); });
    MergeResult result = MergeWorkbooks(mine, theirs);
    CHECK(result.workbook.program->clarity.requests.empty());
    CHECK(result.removed == 1);
    // Removed here, still in an older file: it does not come back.
    result = MergeWorkbooks(theirs, mine);
    CHECK(result.workbook.program->clarity.requests.empty());
    CHECK(result.added == 0);
}

TEST_CASE("files without edit times lose ties to this browser's records, but nothing is dropped") {
    Workbook mine = Base();
    Workbook theirs = mine;
    theirs.edited.clear(); // a version 6 file
    theirs.program->clarity.blockers[0].occurrences = 5;
    REQUIRE(AddBlocker(theirs.program->clarity, "b9", "VPN drops", {2026, 11, 21}));
    const MergeResult result = MergeWorkbooks(mine, theirs);
    CHECK(result.workbook.program->clarity.blockers[0].occurrences == 1);
    CHECK(result.workbook.program->clarity.blockers.size() == 2);
    REQUIRE(result.conflicts.size() == 1);
    CHECK_FALSE(result.conflicts[0].kept_file);
}

TEST_CASE("two different programs: the later one stays, the other is kept in history") {
    Workbook mine = Base();
    Workbook theirs;
    REQUIRE(StartProgram(theirs, "Release notes are late.", {2026, 10, 1}));
    REQUIRE(
        AddDecisionArea(theirs.map, "a1", "Release notes", AutonomyLevel::Decision, {2026, 10, 1}));
    const MergeResult result = MergeWorkbooks(mine, theirs);
    CHECK(result.workbook.program->challenge == "Builds wait two days for QA.");
    REQUIRE(result.workbook.history.size() == 1);
    CHECK(result.workbook.history[0].program.challenge == "Release notes are late.");
    CHECK(result.workbook.history[0].finished_on == Date{2026, 11, 19});
    CHECK(result.program_moved_to_history == "Release notes are late.");
    CHECK(result.workbook.map.areas.size() == 1);
}

TEST_CASE("ledger entries keep their text when their area did not survive the merge") {
    Workbook mine;
    Workbook theirs;
    REQUIRE(
        AddDecisionArea(theirs.map, "a1", "Release notes", AutonomyLevel::Decision, {2026, 10, 1}));
    REQUIRE(AddLedgerEntry(theirs.map, "l1", {2026, 10, 5}, LedgerKind::Permission, "a1",
                           "Template is mine"));
    Workbook theirs_without_area = theirs;
    theirs_without_area.edited["area:a1"] =
        kWednesday; // removed in the file, later than anything here
    theirs_without_area.map.areas.clear();
    mine = theirs;
    mine.edited["area:a1"] = kMonday;
    const MergeResult result = MergeWorkbooks(mine, theirs_without_area);
    CHECK(result.workbook.map.areas.empty());
    REQUIRE(result.workbook.map.ledger.size() == 1);
    CHECK(result.workbook.map.ledger[0].area_id.empty());
}

TEST_CASE("merged lists come out in date order, and records of one day keep their order") {
    Workbook mine;
    REQUIRE(AddLedgerEntry(mine.map, "l1", {2026, 10, 5}, LedgerKind::Permission, "",
                           "Template is mine"));
    REQUIRE(
        AddLedgerEntry(mine.map, "l2", {2026, 10, 9}, LedgerKind::Permission, "", "Rota is mine"));
    Workbook theirs;
    REQUIRE(
        AddLedgerEntry(theirs.map, "l3", {2026, 10, 7}, LedgerKind::Permission, "", "Budget line"));
    REQUIRE(AddLedgerEntry(theirs.map, "l4", {2026, 10, 5}, LedgerKind::Permission, "",
                           "Supplier call"));
    REQUIRE(AddLedgerEntry(theirs.map, "l0", {1969, 12, 30}, LedgerKind::Permission, "",
                           "Before 1970"));
    const MergeResult result = MergeWorkbooks(mine, theirs);
    std::vector<std::string> order;
    for (const LedgerEntry& entry : result.workbook.map.ledger)
        order.push_back(entry.id);
    CHECK(order == std::vector<std::string>{"l0", "l1", "l4", "l3", "l2"});
}

TEST_CASE("a new record goes after those of its day and before later days") {
    AutonomyMap map;
    REQUIRE(AddLedgerEntry(map, "a", {2026, 10, 5}, LedgerKind::Permission, "", "First"));
    REQUIRE(AddLedgerEntry(map, "c", {2026, 10, 9}, LedgerKind::Permission, "", "Later"));
    REQUIRE(AddLedgerEntry(map, "b", {2026, 10, 5}, LedgerKind::Permission, "", "Same day"));
    REQUIRE(AddLedgerEntry(map, "z", {2026, 10, 1}, LedgerKind::Permission, "", "Earliest"));
    std::vector<std::string> order;
    for (const LedgerEntry& entry : map.ledger)
        order.push_back(entry.id);
    CHECK(order == std::vector<std::string>{"z", "a", "b", "c"});
}
