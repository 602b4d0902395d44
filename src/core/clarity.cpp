#include "core/clarity.h"

#include <algorithm>

#include "core/program.h"
#include "core/records.h"

namespace leeway::core {

namespace {

bool FitsEntry(std::string_view text) { return !text.empty() && text.size() <= kMaxEntryBytes; }

} // namespace

bool SetScope(ClarityBaseline& clarity, std::string_view scope) {
    if (CheckOneSentence(scope) != ChallengeProblem::None)
        return false;
    clarity.scope = NormalizeSentence(scope);
    return true;
}

bool AddBlocker(ClarityBaseline& clarity, std::string id, std::string_view text,
                const Date& today) {
    const std::string tidy = NormalizeSentence(text);
    if (!FitsEntry(tidy) || id.empty() || clarity.blockers.size() >= kMaxBlockers ||
        FindById(clarity.blockers, id))
        return false;
    clarity.blockers.push_back(Blocker{std::move(id), tidy, 1, false, today, today});
    return true;
}

bool CountBlockerAgain(ClarityBaseline& clarity, std::string_view id, const Date& today) {
    Blocker* blocker = FindById(clarity.blockers, id);
    if (!blocker || blocker->retired)
        return false;
    ++blocker->occurrences;
    blocker->last_seen = today;
    return true;
}

bool SetBlockerRetired(ClarityBaseline& clarity, std::string_view id, bool retired) {
    Blocker* blocker = FindById(clarity.blockers, id);
    if (!blocker || blocker->retired == retired)
        return false;
    blocker->retired = retired;
    return true;
}

int ActiveBlockerCount(const ClarityBaseline& clarity) {
    return static_cast<int>(std::count_if(clarity.blockers.begin(), clarity.blockers.end(),
                                          [](const Blocker& blocker) { return !blocker.retired; }));
}

RequestProblem CheckRequest(std::string_view text, RequestVerdict verdict,
                            std::string_view reason) {
    const std::string tidy_text = NormalizeSentence(text);
    const std::string tidy_reason = NormalizeSentence(reason);
    if (tidy_text.empty())
        return RequestProblem::EmptyText;
    if (tidy_text.size() > kMaxEntryBytes || tidy_reason.size() > kMaxEntryBytes)
        return RequestProblem::TooLong;
    if (verdict == RequestVerdict::Unsorted)
        return RequestProblem::NoVerdict;
    if (tidy_reason.empty())
        return RequestProblem::NoReason;
    return RequestProblem::None;
}

bool LogRequest(ClarityBaseline& clarity, std::string id, const Date& date, std::string_view text,
                RequestVerdict verdict, std::string_view reason) {
    if (CheckRequest(text, verdict, reason) != RequestProblem::None || id.empty() ||
        clarity.requests.size() >= kMaxRequests || FindById(clarity.requests, id))
        return false;
    clarity.requests.push_back(LoggedRequest{std::move(id), date, NormalizeSentence(text), verdict,
                                             NormalizeSentence(reason)});
    return true;
}

bool RemoveRequest(ClarityBaseline& clarity, std::string_view id) {
    return RemoveById(clarity.requests, id);
}

RequestTally TallyRequests(const ClarityBaseline& clarity) {
    RequestTally tally;
    for (const LoggedRequest& request : clarity.requests) {
        if (request.verdict == RequestVerdict::AvoidableNoise)
            ++tally.avoidable_noise;
        else if (request.verdict == RequestVerdict::Needed)
            ++tally.needed;
    }
    return tally;
}

bool SetConstraintAsk(ClarityBaseline& clarity, const ConstraintAsk& ask) {
    if (ask.what.size() > kMaxEntryBytes || ask.asked_of.size() > kMaxEntryBytes)
        return false;
    // An outcome other than "not asked yet" needs something that was asked.
    if (ask.outcome != AskOutcome::NotAskedYet && NormalizeSentence(ask.what).empty())
        return false;
    if (ask.asked_on && !IsValidDate(*ask.asked_on))
        return false;
    clarity.constraint = ask;
    return true;
}

const char* VerdictName(RequestVerdict verdict) {
    switch (verdict) {
    case RequestVerdict::Unsorted: return "unsorted";
    case RequestVerdict::AvoidableNoise: return "avoidable noise";
    case RequestVerdict::Needed: return "needed";
    }
    return "unsorted";
}

const char* OutcomeName(AskOutcome outcome) {
    switch (outcome) {
    case AskOutcome::NotAskedYet: return "not asked yet";
    case AskOutcome::Pending: return "pending";
    case AskOutcome::Lifted: return "lifted";
    case AskOutcome::PartlyLifted: return "partly lifted";
    case AskOutcome::Refused: return "refused";
    }
    return "not asked yet";
}

} // namespace leeway::core
