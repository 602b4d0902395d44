#include <doctest/doctest.h>

#include "core/autonomy_map.h"

using namespace leeway::core;

TEST_CASE("freedom ratings are kept over time, one per freedom and day") {
    AutonomyMap map;
    CHECK(RateFreedom(map, {2026, 11, 20}, Freedom::Methods, 2, "  I follow the runbook.  "));
    CHECK(RateFreedom(map, {2026, 11, 20}, Freedom::Priorities, 1, ""));
    CHECK(RateFreedom(map, {2026, 12, 1}, Freedom::Methods, 4, "I changed the runbook."));
    // Rated twice on one day: the second rating replaces the first.
    CHECK(RateFreedom(map, {2026, 12, 1}, Freedom::Methods, 3, "On second thought."));
    CHECK(map.ratings.size() == 3);

    const FreedomRating* latest = LatestRating(map, Freedom::Methods);
    REQUIRE(latest);
    CHECK(latest->rating == 3);
    CHECK(latest->note == "On second thought.");
    const FreedomRating* before = RatingBefore(map, *latest);
    REQUIRE(before);
    CHECK(before->rating == 2);
    CHECK(before->note == "I follow the runbook.");
    CHECK_FALSE(RatingBefore(map, *LatestRating(map, Freedom::Priorities)));
    CHECK_FALSE(LatestRating(map, Freedom::Outcomes));
}

TEST_CASE("a rating older than the others is filed in date order") {
    AutonomyMap map;
    CHECK(RateFreedom(map, {2026, 12, 5}, Freedom::Outcomes, 4, ""));
    CHECK(RateFreedom(map, {2026, 11, 5}, Freedom::Outcomes, 1, ""));
    CHECK(LatestRating(map, Freedom::Outcomes)->rating == 4);
}

TEST_CASE("ratings stay on the 1 to 5 scale") {
    AutonomyMap map;
    CHECK_FALSE(RateFreedom(map, {2026, 11, 20}, Freedom::Methods, 0, ""));
    CHECK_FALSE(RateFreedom(map, {2026, 11, 20}, Freedom::Methods, 6, ""));
    CHECK_FALSE(RateFreedom(map, {2026, 11, 20}, Freedom::Methods, 3, std::string(1001, 'x')));
    CHECK(map.ratings.empty());
}

TEST_CASE("decision areas sit on a level, and moving them dates the move") {
    AutonomyMap map;
    CHECK(AddDecisionArea(map, "a1", " Release checklist ", AutonomyLevel::Procedural,
                          {2026, 11, 20}));
    CHECK_FALSE(
        AddDecisionArea(map, "a1", "Duplicate id", AutonomyLevel::Decision, {2026, 11, 20}));
    CHECK_FALSE(AddDecisionArea(map, "a2", "   ", AutonomyLevel::Decision, {2026, 11, 20}));
    CHECK(map.areas.size() == 1);
    CHECK(map.areas[0].name == "Release checklist");

    CHECK(SetAreaLevel(map, "a1", AutonomyLevel::Decision, {2026, 12, 1}));
    CHECK(map.areas[0].level == AutonomyLevel::Decision);
    CHECK(map.areas[0].placed_on == Date{2026, 12, 1});
    CHECK_FALSE(SetAreaLevel(map, "a1", AutonomyLevel::Decision, {2026, 12, 2})); // nothing changes
    CHECK_FALSE(SetAreaLevel(map, "missing", AutonomyLevel::Strategic, {2026, 12, 2}));
}

TEST_CASE("the ledger keeps permissions, extensions and pull-backs in date order") {
    AutonomyMap map;
    REQUIRE(
        AddDecisionArea(map, "a1", "Release checklist", AutonomyLevel::Procedural, {2026, 11, 20}));
    CHECK(AddLedgerEntry(map, "l2", {2026, 12, 3}, LedgerKind::Extension, "a1",
                         "Also the store listing."));
    CHECK(AddLedgerEntry(map, "l1", {2026, 11, 27}, LedgerKind::Permission, "a1",
                         "May reorder the steps."));
    CHECK(AddLedgerEntry(map, "l3", {2026, 12, 9}, LedgerKind::PullBack, "",
                         "Holiday freeze: lead signs off."));
    REQUIRE(map.ledger.size() == 3);
    CHECK(map.ledger[0].id == "l1");
    CHECK(map.ledger[2].kind == LedgerKind::PullBack);

    const LedgerTally tally = TallyLedger(map);
    CHECK(tally.permissions == 1);
    CHECK(tally.extensions == 1);
    CHECK(tally.pull_backs == 1);

    CHECK(CheckLedgerEntry(map, "nowhere", "text") == LedgerProblem::UnknownArea);
    CHECK(CheckLedgerEntry(map, "", "  ") == LedgerProblem::EmptyText);
    CHECK_FALSE(
        AddLedgerEntry(map, "l1", {2026, 12, 10}, LedgerKind::Permission, "", "Same id again"));
}

TEST_CASE("an area the ledger points at cannot be removed, an unused one can") {
    AutonomyMap map;
    REQUIRE(AddDecisionArea(map, "a1", "Checklist", AutonomyLevel::Procedural, {2026, 11, 20}));
    REQUIRE(AddDecisionArea(map, "a2", "Hiring", AutonomyLevel::Procedural, {2026, 11, 20}));
    REQUIRE(
        AddLedgerEntry(map, "l1", {2026, 11, 27}, LedgerKind::Permission, "a1", "Steps are mine."));
    CHECK_FALSE(RemoveDecisionArea(map, "a1"));
    CHECK(RemoveDecisionArea(map, "a2"));
    CHECK(map.areas.size() == 1);
    CHECK(RemoveLedgerEntry(map, "l1"));
    CHECK(RemoveDecisionArea(map, "a1"));
}

TEST_CASE("every freedom and level has a name and an explanation") {
    for (Freedom freedom : kAllFreedoms) {
        CHECK(std::string(GetFreedomInfo(freedom).name).find(FreedomShortName(freedom)) !=
              std::string::npos);
        CHECK(std::string(GetFreedomInfo(freedom).meaning).size() > 10);
    }
    for (AutonomyLevel level : kAllLevels) {
        const LevelInfo& info = GetLevelInfo(level);
        CHECK(info.level == level);
        CHECK(std::string(info.name).find(LevelName(level)) == 0);
        CHECK(std::string(info.can_decide).size() > 10);
        CHECK(std::string(info.cannot_decide).size() > 10);
    }
}
