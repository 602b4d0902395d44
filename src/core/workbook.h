#pragma once
// The user's whole workbook: everything Leeway stores and backs up.
// Records that can be added more than once carry a stable id, so two copies of a workbook can
// be told apart record by record.

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/date.h"

namespace leeway::core {

// --- Days 1-10: Clarity baseline ------------------------------------------------------------

// A blocker that keeps coming back: counted each time, retired once it stops mattering.
struct Blocker {
    std::string id;
    std::string text;
    int occurrences = 1;
    bool retired = false;
    Date first_seen;
    Date last_seen;

    auto Tie() const { return std::tie(id, text, occurrences, retired, first_seen, last_seen); }
};

enum class RequestVerdict { Unsorted, AvoidableNoise, Needed };

// A request that reached the user, sorted into "avoidable noise" or "needed", with a reason.
struct LoggedRequest {
    std::string id;
    Date date;
    std::string text;
    RequestVerdict verdict = RequestVerdict::Unsorted;
    std::string reason;

    auto Tie() const { return std::tie(id, date, text, verdict, reason); }
};

enum class AskOutcome { NotAskedYet, Pending, Lifted, PartlyLifted, Refused };

// The one concrete constraint the user wants lifted, and what came of asking.
struct ConstraintAsk {
    std::string what;
    std::string asked_of;
    std::optional<Date> asked_on;
    AskOutcome outcome = AskOutcome::NotAskedYet;

    auto Tie() const { return std::tie(what, asked_of, asked_on, outcome); }
};

struct ClarityBaseline {
    std::string scope; // the user's scope, in one sentence
    std::vector<Blocker> blockers;
    std::vector<LoggedRequest> requests;
    ConstraintAsk constraint;

    auto Tie() const { return std::tie(scope, blockers, requests, constraint); }
};

// --- Every day ------------------------------------------------------------------------------

// A few minutes a day: what was done and how long it took. One per date.
struct CheckIn {
    Date date;
    int minutes = 0;
    std::string done;
    std::string note; // optional

    auto Tie() const { return std::tie(date, minutes, done, note); }
};

// A stretch of days the program was put on hold: they do not count, for anything.
struct Pause {
    Date from;                   // the first paused day
    std::optional<Date> resumed; // the first day counted again; empty while paused

    auto Tie() const { return std::tie(from, resumed); }
};

// One 30-day program, run on one real challenge.
struct Program {
    std::string challenge; // the challenge, in one sentence
    Date start_date;
    ClarityBaseline clarity;
    int daily_budget_minutes = 15; // what the user gives the program on a normal day
    std::vector<CheckIn> check_ins; // sorted by date
    std::vector<Pause> pauses;      // in order; only the last may still be running

    auto Tie() const { return std::tie(challenge, start_date, clarity, daily_budget_minutes, check_ins, pauses); }
};

struct Workbook {
    std::optional<Program> program;
    std::optional<Date> last_export; // local date of the last backup export, for reminders

    auto Tie() const { return std::tie(program, last_export); }
};

// Records compare field by field.
template <typename T, typename = decltype(std::declval<const T&>().Tie())>
bool operator==(const T& a, const T& b) {
    return a.Tie() == b.Tie();
}
template <typename T, typename = decltype(std::declval<const T&>().Tie())>
bool operator!=(const T& a, const T& b) {
    return !(a == b);
}

} // namespace leeway::core
