#pragma once
// Days 1-10, the Clarity baseline: the scope sentence, recurring blockers, the request log and
// the one constraint to ask about. Each edit returns false (and changes nothing) when refused.

#include <string>
#include <string_view>

#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

bool SetScope(ClarityBaseline& clarity, std::string_view scope);

bool AddBlocker(ClarityBaseline& clarity, std::string id, std::string_view text, const Date& today);
// Another occurrence of a blocker that was already listed.
bool CountBlockerAgain(ClarityBaseline& clarity, std::string_view id, const Date& today);
bool SetBlockerRetired(ClarityBaseline& clarity, std::string_view id, bool retired);
int ActiveBlockerCount(const ClarityBaseline& clarity);

enum class RequestProblem { None, EmptyText, TooLong, NoVerdict, NoReason, TooMany };
RequestProblem CheckRequest(std::string_view text, RequestVerdict verdict, std::string_view reason);
bool LogRequest(ClarityBaseline& clarity, std::string id, const Date& date, std::string_view text,
                RequestVerdict verdict, std::string_view reason);
bool RemoveRequest(ClarityBaseline& clarity, std::string_view id);

struct RequestTally {
    int avoidable_noise = 0;
    int needed = 0;
};
RequestTally TallyRequests(const ClarityBaseline& clarity);

bool SetConstraintAsk(ClarityBaseline& clarity, const ConstraintAsk& ask);

const char* VerdictName(RequestVerdict verdict); // "avoidable noise"
const char* OutcomeName(AskOutcome outcome);     // "partly lifted"

} // namespace leeway::core
