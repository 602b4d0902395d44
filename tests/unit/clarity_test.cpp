#include <doctest/doctest.h>

#include "core/clarity.h"

using namespace leeway::core;

TEST_CASE("the scope is one tidy sentence") {
    ClarityBaseline clarity;
    CHECK_FALSE(SetScope(clarity, ""));
    CHECK_FALSE(SetScope(clarity, "I own releases. And reviews."));
    CHECK(clarity.scope.empty());
    REQUIRE(SetScope(clarity, "  I own the release checklist,\n from freeze to submission. "));
    CHECK(clarity.scope == "I own the release checklist, from freeze to submission.");
}

TEST_CASE("blockers are added once, counted again and retired") {
    ClarityBaseline clarity;
    const Date monday{2026, 11, 23};
    const Date thursday{2026, 11, 26};
    REQUIRE(AddBlocker(clarity, "b1", "Test devices booked on Mondays", monday));
    CHECK_FALSE(AddBlocker(clarity, "b1", "Same id twice", monday));
    CHECK_FALSE(AddBlocker(clarity, "b2", "   ", monday));
    CHECK_FALSE(AddBlocker(clarity, "b3", std::string(kMaxEntryBytes + 1, 'x'), monday));
    REQUIRE(CountBlockerAgain(clarity, "b1", thursday));
    CHECK(clarity.blockers[0].occurrences == 2);
    CHECK(clarity.blockers[0].first_seen == monday);
    CHECK(clarity.blockers[0].last_seen == thursday);
    CHECK_FALSE(CountBlockerAgain(clarity, "missing", thursday));
    CHECK(ActiveBlockerCount(clarity) == 1);
    REQUIRE(SetBlockerRetired(clarity, "b1", true));
    CHECK_FALSE(CountBlockerAgain(clarity, "b1", thursday)); // retired blockers are not counted
    CHECK(ActiveBlockerCount(clarity) == 0);
    REQUIRE(SetBlockerRetired(clarity, "b1", false));
    CHECK(ActiveBlockerCount(clarity) == 1);
}

TEST_CASE("each logged request needs a verdict and a reason") {
    ClarityBaseline clarity;
    const Date day{2026, 11, 24};
    CHECK(CheckRequest("", RequestVerdict::Needed, "x") == RequestProblem::EmptyText);
    CHECK(CheckRequest("Status deck", RequestVerdict::Unsorted, "x") == RequestProblem::NoVerdict);
    CHECK(CheckRequest("Status deck", RequestVerdict::AvoidableNoise, " ") ==
          RequestProblem::NoReason);
    CHECK_FALSE(LogRequest(clarity, "r1", day, "Status deck", RequestVerdict::AvoidableNoise, ""));
    REQUIRE(LogRequest(clarity, "r1", day, "Status deck", RequestVerdict::AvoidableNoise,
                       "Already on the dashboard"));
    REQUIRE(LogRequest(clarity, "r2", day, "Hotfix for Łódź", RequestVerdict::Needed,
                       "Customers cannot pay"));
    REQUIRE(LogRequest(clarity, "r3", day, "Review", RequestVerdict::Needed, "Blocks the release"));
    const RequestTally tally = TallyRequests(clarity);
    CHECK(tally.avoidable_noise == 1);
    CHECK(tally.needed == 2);
    REQUIRE(RemoveRequest(clarity, "r3"));
    CHECK(clarity.requests.size() == 2);
    CHECK(std::string(VerdictName(clarity.requests[0].verdict)) == "avoidable noise");
}

TEST_CASE("the constraint ask records whom, when and the outcome") {
    ClarityBaseline clarity;
    ConstraintAsk ask;
    ask.outcome = AskOutcome::Refused;
    CHECK_FALSE(SetConstraintAsk(clarity, ask)); // an outcome needs something that was asked
    ask.what = "Approve test-plan changes myself";
    ask.asked_of = "Head of QA";
    ask.asked_on = Date{2026, 11, 26};
    REQUIRE(SetConstraintAsk(clarity, ask));
    CHECK(clarity.constraint == ask);
    CHECK(std::string(OutcomeName(AskOutcome::PartlyLifted)) == "partly lifted");
}
