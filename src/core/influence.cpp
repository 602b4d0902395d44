#include "core/influence.h"

#include <cmath>

#include "core/clarity.h"
#include "core/program.h"
#include "core/responsibility.h"

namespace leeway::core {

ProposalProblem CheckProposal(std::string_view proposal, std::string_view effect,
                              const std::optional<double>& expected_value) {
    const std::string tidy_proposal = NormalizeSentence(proposal);
    const std::string tidy_effect = NormalizeSentence(effect);
    if (tidy_proposal.empty())
        return ProposalProblem::NoProposal;
    if (tidy_effect.empty())
        return ProposalProblem::NoEffect;
    if (tidy_proposal.size() > kMaxEntryBytes || tidy_effect.size() > kMaxEntryBytes)
        return ProposalProblem::TooLong;
    if (expected_value &&
        (!std::isfinite(*expected_value) || std::fabs(*expected_value) > kMaxMetricMagnitude))
        return ProposalProblem::BadExpectedValue;
    return ProposalProblem::None;
}

bool SetProposal(InfluenceTrial& trial, std::string_view proposal, std::string_view effect,
                 const std::optional<double>& expected_value) {
    if (CheckProposal(proposal, effect, expected_value) != ProposalProblem::None)
        return false;
    trial.proposal = NormalizeSentence(proposal);
    trial.effect = NormalizeSentence(effect);
    trial.expected_value = expected_value;
    return true;
}

FeedbackProblem CheckFeedback(const FeedbackAsk& ask) {
    const std::string who = NormalizeSentence(ask.who);
    const std::string said = NormalizeSentence(ask.said);
    if (who.size() > kMaxEntryBytes || said.size() > kMaxEntryBytes)
        return FeedbackProblem::TooLong;
    if (who.empty() && (ask.asked_on || ask.received_on || !said.empty()))
        return FeedbackProblem::NoOneNamed;
    if (ask.received_on && !ask.asked_on)
        return FeedbackProblem::ReceivedButNotAsked;
    if (ask.received_on && DaysBetween(*ask.asked_on, *ask.received_on) < 0)
        return FeedbackProblem::ReceivedBeforeAsked;
    if (!said.empty() && !ask.received_on)
        return FeedbackProblem::SaidButNotReceived;
    return FeedbackProblem::None;
}

bool SetFeedback(InfluenceTrial& trial, FeedbackFrom from, const FeedbackAsk& ask) {
    if (CheckFeedback(ask) != FeedbackProblem::None)
        return false;
    if ((ask.asked_on && !IsValidDate(*ask.asked_on)) ||
        (ask.received_on && !IsValidDate(*ask.received_on)))
        return false;
    FeedbackAsk tidy = ask;
    tidy.who = NormalizeSentence(ask.who);
    tidy.said = NormalizeSentence(ask.said);
    (from == FeedbackFrom::Peer ? trial.peer : trial.manager) = tidy;
    return true;
}

FeedbackState GetFeedbackState(const FeedbackAsk& ask) {
    if (ask.received_on)
        return FeedbackState::Received;
    return ask.asked_on ? FeedbackState::Waiting : FeedbackState::NotAsked;
}

} // namespace leeway::core
