#include <doctest/doctest.h>

#include "core/influence.h"

using namespace leeway::core;

TEST_CASE("a proposal needs the improvement and its measurable effect") {
    InfluenceTrial trial;
    CHECK(CheckProposal("", "effect", std::nullopt) == ProposalProblem::NoProposal);
    CHECK(CheckProposal("Name a test-plan owner.", " ", std::nullopt) == ProposalProblem::NoEffect);
    CHECK(CheckProposal("p", "e", 1e12) == ProposalProblem::BadExpectedValue);
    CHECK(SetProposal(trial, "Name a test-plan owner at kickoff.",
                      "Handoff delay falls to 8 hours.", 8.0));
    CHECK(trial.expected_value == 8.0);
    CHECK(SetProposal(trial, "Name a test-plan owner at kickoff.", "Fewer reopened tickets.",
                      std::nullopt));
    CHECK_FALSE(trial.expected_value);
}

TEST_CASE("feedback follows its order: asked, then received, then what was said") {
    FeedbackAsk ask{"Ana (peer)", Date{2026, 12, 3}, std::nullopt, ""};
    CHECK(CheckFeedback(ask) == FeedbackProblem::None);
    CHECK(GetFeedbackState(ask) == FeedbackState::Waiting);
    ask.said = "Looks good";
    CHECK(CheckFeedback(ask) == FeedbackProblem::SaidButNotReceived);
    ask.received_on = Date{2026, 12, 2};
    CHECK(CheckFeedback(ask) == FeedbackProblem::ReceivedBeforeAsked);
    ask.received_on = Date{2026, 12, 3}; // the same day is fine
    CHECK(CheckFeedback(ask) == FeedbackProblem::None);
    CHECK(GetFeedbackState(ask) == FeedbackState::Received);
    ask.asked_on.reset();
    CHECK(CheckFeedback(ask) == FeedbackProblem::ReceivedButNotAsked);
    CHECK(CheckFeedback(FeedbackAsk{"", Date{2026, 12, 3}, std::nullopt, ""}) ==
          FeedbackProblem::NoOneNamed);
    CHECK(GetFeedbackState(FeedbackAsk{}) == FeedbackState::NotAsked);
}

TEST_CASE("peer and manager feedback are kept apart") {
    InfluenceTrial trial;
    CHECK(
        SetFeedback(trial, FeedbackFrom::Peer, {" Łukasz ", Date{2026, 12, 3}, std::nullopt, ""}));
    CHECK(SetFeedback(trial, FeedbackFrom::Manager,
                      {"Priya", Date{2026, 12, 4}, Date{2026, 12, 5}, "Try it."}));
    CHECK(trial.peer.who == "Łukasz");
    CHECK(trial.manager.said == "Try it.");
    CHECK_FALSE(SetFeedback(trial, FeedbackFrom::Peer, {"", std::nullopt, std::nullopt, "orphan"}));
    CHECK(trial.peer.who == "Łukasz");
}
