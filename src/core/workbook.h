#pragma once
// The user's whole workbook: everything Leeway stores and backs up.
// Records that can be added more than once carry a stable id, so two copies of a workbook can
// be told apart record by record.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
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
    bool outside_reach = false; // it comes from outside what the user can change

    auto Tie() const {
        return std::tie(id, text, occurrences, retired, first_seen, last_seen, outside_reach);
    }
};

enum class RequestVerdict { Unsorted, AvoidableNoise, Needed };
constexpr int kRequestVerdictCount =
    static_cast<int>(RequestVerdict::Needed) + 1; // Needed stays last

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
constexpr int kAskOutcomeCount = static_cast<int>(AskOutcome::Refused) + 1; // Refused stays last

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
    std::string note;          // optional
    std::optional<int> stress; // optional: 1 (calm) to 5 (overwhelmed)

    auto Tie() const { return std::tie(date, minutes, done, note, stress); }
};

// A stretch of days the program was put on hold: they do not count, for anything.
struct Pause {
    Date from;                   // the first paused day
    std::optional<Date> resumed; // the first day counted again; empty while paused

    auto Tie() const { return std::tie(from, resumed); }
};

// --- Days 11-20: Responsibility loop --------------------------------------------------------

// The four kinds of outcome the guide suggests measuring.
enum class MetricKind { Time, Quality, HandoffDelay, Rework };
constexpr int kMetricKindCount = static_cast<int>(MetricKind::Rework) + 1; // Rework stays last
enum class BetterDirection { Lower, Higher };
constexpr int kBetterDirectionCount =
    static_cast<int>(BetterDirection::Higher) + 1; // Higher stays last

// One outcome metric, with where it stands now (baseline) and where the user wants it (target).
struct OutcomeMetric {
    MetricKind kind = MetricKind::Time;
    std::string name; // what exactly is measured, e.g. "days from merge to release"
    std::string unit; // e.g. "days"
    double baseline = 0;
    double target = 0;
    BetterDirection better = BetterDirection::Lower;

    auto Tie() const { return std::tie(kind, name, unit, baseline, target, better); }
};

struct Measurement {
    std::string id;
    Date date;
    double value = 0;
    std::string note; // optional

    auto Tie() const { return std::tie(id, date, value, note); }
};

// A short report on the owned area: what changed, what failed and what was escalated.
struct LoopReport {
    std::string id;
    Date date;
    std::string changed;
    std::string failed;
    std::string escalated;

    auto Tie() const { return std::tie(id, date, changed, failed, escalated); }
};

struct ResponsibilityLoop {
    std::string owned_area; // the one decision area the user fully owns
    std::optional<OutcomeMetric> metric;
    std::vector<Measurement> measurements; // sorted by date
    std::vector<LoopReport> reports;       // in the order written

    auto Tie() const { return std::tie(owned_area, metric, measurements, reports); }
};

// --- Days 21-30: Influence trial ------------------------------------------------------------

// Feedback asked of one person: when asked, when it came back, and what they said.
struct FeedbackAsk {
    std::string who;
    std::optional<Date> asked_on;
    std::optional<Date> received_on;
    std::string said;

    auto Tie() const { return std::tie(who, asked_on, received_on, said); }
};

struct InfluenceTrial {
    std::string proposal;                 // one process improvement
    std::string effect;                   // the one measurable effect it should have
    std::optional<double> expected_value; // that effect on the metric, in the metric's unit
    FeedbackAsk peer;
    FeedbackAsk manager;

    auto Tie() const { return std::tie(proposal, effect, expected_value, peer, manager); }
};

// --- Guidance -------------------------------------------------------------------------------

enum class WatchOutKind {
    ActivityWithoutProgress,
    ShieldForPoorCommunication,
    ConfidenceWithoutCertainty,
    Silence
};
constexpr int kWatchOutKindCount =
    static_cast<int>(WatchOutKind::Silence) + 1; // Silence stays last

// A watch-out the user set aside for this program, and why.
struct DismissedWatchOut {
    WatchOutKind kind = WatchOutKind::ActivityWithoutProgress;
    Date date;
    std::string reason;

    auto Tie() const { return std::tie(kind, date, reason); }
};

// One of the three conditions that keep autonomy stable, rated 1 to 5 with a line.
struct ConditionRating {
    int rating = 3;
    std::string note;

    auto Tie() const { return std::tie(rating, note); }
};

// The weekly stability check: clearly defined ownership, visible contribution, accountable
// communication; and, when one has collapsed, the repair the user plans.
struct StabilityCheck {
    Date date;
    ConditionRating ownership;
    ConditionRating contribution;
    ConditionRating communication;
    std::string repair; // optional

    auto Tie() const { return std::tie(date, ownership, contribution, communication, repair); }
};

// The private safety check and the people to turn to. Kept in this browser only, like the rest.
struct SafetyCheck {
    bool retaliation_risk = false;
    bool unsafe_directives = false;
    bool discrimination = false;
    bool financial_instability = false;
    std::string support_contacts; // who to contact, as the user or a facilitator writes it

    auto Tie() const {
        return std::tie(retaliation_risk, unsafe_directives, discrimination, financial_instability,
                        support_contacts);
    }
};

// --- The program ----------------------------------------------------------------------------

// One 30-day program, run on one real challenge.
struct Program {
    std::string challenge; // the challenge, in one sentence
    Date start_date;
    ClarityBaseline clarity;
    int daily_budget_minutes = 15;  // what the user gives the program on a normal day
    std::vector<CheckIn> check_ins; // sorted by date
    std::vector<Pause> pauses;      // in order; only the last may still be running
    ResponsibilityLoop responsibility;
    InfluenceTrial influence;
    std::vector<DismissedWatchOut> dismissed; // watch-outs set aside for this program
    std::string boundary_note; // what the user did through boundary work or formal channels

    auto Tie() const {
        return std::tie(challenge, start_date, clarity, daily_budget_minutes, check_ins, pauses,
                        responsibility, influence, dismissed, boundary_note);
    }
};

// --- The autonomy map: kept across programs -------------------------------------------------

enum class Freedom { Methods, Priorities, Outcomes };
constexpr int kFreedomCount = static_cast<int>(Freedom::Outcomes) + 1; // Outcomes stays last

// How free the user feels over one of the three, on a scale of 1 to 5, with a note; kept over
// time so the change shows. At most one rating per freedom and date.
struct FreedomRating {
    Date date;
    Freedom freedom = Freedom::Methods;
    int rating = 1;
    std::string note; // optional

    auto Tie() const { return std::tie(date, freedom, rating, note); }
};

enum class AutonomyLevel { Procedural, Decision, Strategic };
constexpr int kAutonomyLevelCount =
    static_cast<int>(AutonomyLevel::Strategic) + 1; // Strategic stays last

// An area of the user's work where decisions get made, placed on one of the three levels.
struct DecisionArea {
    std::string id;
    std::string name;
    AutonomyLevel level = AutonomyLevel::Procedural;
    Date placed_on; // when the level was last set

    auto Tie() const { return std::tie(id, name, level, placed_on); }
};

enum class LedgerKind { Permission, Extension, PullBack };
constexpr int kLedgerKindCount = static_cast<int>(LedgerKind::PullBack) + 1; // PullBack stays last

// "Earn permission, then earn extension": each step, and each step back, with its date.
struct LedgerEntry {
    std::string id;
    Date date;
    LedgerKind kind = LedgerKind::Permission;
    std::string area_id; // the decision area it concerns; empty when none in particular
    std::string text;

    auto Tie() const { return std::tie(id, date, kind, area_id, text); }
};

struct AutonomyMap {
    std::vector<FreedomRating> ratings; // sorted by date
    std::vector<DecisionArea> areas;
    std::vector<LedgerEntry> ledger; // sorted by date

    auto Tie() const { return std::tie(ratings, areas, ledger); }
};

// A program that ended, kept whole so it can be looked back at.
struct FinishedProgram {
    Program program;
    Date finished_on;
    std::string reflection; // optional: what the user takes from it

    auto Tie() const { return std::tie(program, finished_on, reflection); }
};

// When each record was last changed (UTC, ISO 8601), by record key (see core/merge.h). Records
// removed keep their entry, so merging two copies does not bring them back.
using EditTimes = std::map<std::string, std::string>;

struct Workbook {
    std::optional<Program> program;
    AutonomyMap map;
    std::vector<FinishedProgram> history;  // oldest first
    std::optional<Date> last_export;       // local date of the last backup export, for reminders
    std::vector<StabilityCheck> stability; // sorted by date, at most one per date
    SafetyCheck safety;
    EditTimes edited;

    auto Tie() const {
        return std::tie(program, map, history, last_export, stability, safety, edited);
    }
};

// Every record's Tie() lists all its fields: equality, edit stamping and merge go through it, so
// a field left out would never be compared, stamped or merged. The count of fields is what brace
// initialisation accepts (each field initialised from a value that converts to anything).
namespace field_count {
struct AnyValue {
    template <typename T, typename = std::enable_if_t<!std::is_same_v<std::decay_t<T>, AnyValue>>>
    operator T&() const; // never called: only asked about, in unevaluated code
};
template <typename T, typename Indices, typename = void>
struct BraceInitializable : std::false_type {};
template <typename T, size_t... I>
struct BraceInitializable<T, std::index_sequence<I...>,
                          std::void_t<decltype(T{(void(I), AnyValue{})...})>> : std::true_type {};
template <typename T, size_t N = 0> constexpr size_t Of() {
    if constexpr (BraceInitializable<T, std::make_index_sequence<N + 1>>::value)
        return Of<T, N + 1>();
    else
        return N;
}
} // namespace field_count

template <typename T> constexpr bool TiesEveryField() {
    return field_count::Of<T>() == std::tuple_size_v<decltype(std::declval<const T&>().Tie())>;
}
static_assert(TiesEveryField<Blocker>(), "Blocker::Tie() must list every field of Blocker");
static_assert(TiesEveryField<LoggedRequest>(),
              "LoggedRequest::Tie() must list every field of LoggedRequest");
static_assert(TiesEveryField<ConstraintAsk>(),
              "ConstraintAsk::Tie() must list every field of ConstraintAsk");
static_assert(TiesEveryField<ClarityBaseline>(),
              "ClarityBaseline::Tie() must list every field of ClarityBaseline");
static_assert(TiesEveryField<CheckIn>(), "CheckIn::Tie() must list every field of CheckIn");
static_assert(TiesEveryField<Pause>(), "Pause::Tie() must list every field of Pause");
static_assert(TiesEveryField<OutcomeMetric>(),
              "OutcomeMetric::Tie() must list every field of OutcomeMetric");
static_assert(TiesEveryField<Measurement>(),
              "Measurement::Tie() must list every field of Measurement");
static_assert(TiesEveryField<LoopReport>(),
              "LoopReport::Tie() must list every field of LoopReport");
static_assert(TiesEveryField<ResponsibilityLoop>(),
              "ResponsibilityLoop::Tie() must list every field of ResponsibilityLoop");
static_assert(TiesEveryField<FeedbackAsk>(),
              "FeedbackAsk::Tie() must list every field of FeedbackAsk");
static_assert(TiesEveryField<InfluenceTrial>(),
              "InfluenceTrial::Tie() must list every field of InfluenceTrial");
static_assert(TiesEveryField<DismissedWatchOut>(),
              "DismissedWatchOut::Tie() must list every field of DismissedWatchOut");
static_assert(TiesEveryField<ConditionRating>(),
              "ConditionRating::Tie() must list every field of ConditionRating");
static_assert(TiesEveryField<StabilityCheck>(),
              "StabilityCheck::Tie() must list every field of StabilityCheck");
static_assert(TiesEveryField<SafetyCheck>(),
              "SafetyCheck::Tie() must list every field of SafetyCheck");
static_assert(TiesEveryField<Program>(), "Program::Tie() must list every field of Program");
static_assert(TiesEveryField<FreedomRating>(),
              "FreedomRating::Tie() must list every field of FreedomRating");
static_assert(TiesEveryField<DecisionArea>(),
              "DecisionArea::Tie() must list every field of DecisionArea");
static_assert(TiesEveryField<LedgerEntry>(),
              "LedgerEntry::Tie() must list every field of LedgerEntry");
static_assert(TiesEveryField<AutonomyMap>(),
              "AutonomyMap::Tie() must list every field of AutonomyMap");
static_assert(TiesEveryField<FinishedProgram>(),
              "FinishedProgram::Tie() must list every field of FinishedProgram");
static_assert(TiesEveryField<Workbook>(), "Workbook::Tie() must list every field of Workbook");

// Records compare field by field.
template <typename T, typename = decltype(std::declval<const T&>().Tie())>
bool operator==(const T& a, const T& b) {
    return a.Tie() == b.Tie();
}
template <typename T, typename = decltype(std::declval<const T&>().Tie())>
bool operator!=(const T& a, const T& b) {
    return !(a == b);
}

// Whether the user wrote anything at all: a program, a finished one, the map, a stability check
// or the safety check. When false, replacing the workbook loses nothing, and there is nothing to
// take home. The date of the last export and the edit times are not the user's writing.
bool HasUserData(const Workbook& workbook);

} // namespace leeway::core
