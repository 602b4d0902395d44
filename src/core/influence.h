#pragma once
// Days 21-30, the Influence trial: one process improvement with one measurable effect, and
// feedback asked of one peer and one manager. Edits return false (and change nothing) when refused.

#include <optional>
#include <string_view>

#include "core/workbook.h"

namespace leeway::core {

enum class ProposalProblem { None, NoProposal, NoEffect, TooLong, BadExpectedValue };
ProposalProblem CheckProposal(std::string_view proposal, std::string_view effect,
                              const std::optional<double>& expected_value);
bool SetProposal(InfluenceTrial& trial, std::string_view proposal, std::string_view effect,
                 const std::optional<double>& expected_value);

enum class FeedbackProblem {
    None,
    TooLong,
    NoOneNamed,
    ReceivedBeforeAsked,
    ReceivedButNotAsked,
    SaidButNotReceived
};
FeedbackProblem CheckFeedback(const FeedbackAsk& ask);

enum class FeedbackFrom { Peer, Manager };
bool SetFeedback(InfluenceTrial& trial, FeedbackFrom from, const FeedbackAsk& ask);

enum class FeedbackState { NotAsked, Waiting, Received };
FeedbackState GetFeedbackState(const FeedbackAsk& ask);

} // namespace leeway::core
