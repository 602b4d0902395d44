#include "core/backup.h"

#include <algorithm>
#include <cmath>

#include "core/autonomy_map.h"
#include "core/check_in.h"
#include "core/clarity.h"
#include "core/guidance.h"
#include "core/history.h"
#include "core/influence.h"
#include "core/json_text.h"
#include "core/program.h"
#include "core/records.h"
#include "core/responsibility.h"

namespace leeway::core {

namespace {

using Json = JsonValue;

// Counts the deepest bracket nesting outside strings, also in text that is not JSON.
int MaxNesting(std::string_view text) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    bool escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

class Reader {
  public:
    std::vector<BackupProblem> problems;

    void Problem(const std::string& path, const std::string& message) {
        problems.push_back({path, message});
    }

    const Json* Member(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const Json* found = object.find(key);
        if (!found && required)
            Problem(path + "/" + key, "is missing");
        return found;
    }

    std::optional<std::string> String(const Json& object, const std::string& path, const char* key,
                                      bool required = true) {
        const Json* value = Member(object, path, key, required);
        if (!value)
            return std::nullopt;
        if (!value->is_string()) {
            Problem(path + "/" + key, "expected text");
            return std::nullopt;
        }
        return std::string(value->text());
    }

    std::optional<std::string> Entry(const Json& object, const std::string& path, const char* key,
                                     bool allow_empty) {
        std::optional<std::string> text = String(object, path, key);
        if (text && ((!allow_empty && text->empty()) || text->size() > kMaxEntryBytes)) {
            Problem(path + "/" + key,
                    allow_empty
                        ? "expected at most " + std::to_string(kMaxEntryBytes) + " bytes of text"
                        : "expected between 1 and " + std::to_string(kMaxEntryBytes) +
                              " bytes of text");
            return std::nullopt;
        }
        return text;
    }

    const Json* Array(const Json& object, const std::string& path, const char* key,
                      size_t max_items) {
        const Json* value = Member(object, path, key);
        if (!value)
            return nullptr;
        if (!value->is_array()) {
            Problem(path + "/" + key, "expected a list");
            return nullptr;
        }
        if (value->size() > max_items) {
            Problem(path + "/" + key, "expected at most " + std::to_string(max_items) +
                                          " entries, found " + std::to_string(value->size()));
            return nullptr;
        }
        return value;
    }

    std::optional<int> Count(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number_integer() || value->integer() < 1 || value->integer() > 1000000) {
            Problem(path + "/" + key, "expected a whole number from 1 to 1000000");
            return std::nullopt;
        }
        return static_cast<int>(value->integer());
    }

    // A whole number in [min, max].
    std::optional<int> WholeNumber(const Json& object, const std::string& path, const char* key,
                                   int min, int max) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number_integer() || value->integer() < min || value->integer() > max) {
            Problem(path + "/" + key, "expected a whole number from " + std::to_string(min) +
                                          " to " + std::to_string(max));
            return std::nullopt;
        }
        return static_cast<int>(value->integer());
    }

    // A measured value: any number a metric can hold.
    std::optional<double> Value(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number() || !(std::fabs(value->number()) <= kMaxMetricMagnitude)) {
            Problem(path + "/" + key, "expected a number between -1e9 and 1e9");
            return std::nullopt;
        }
        return value->number();
    }

    // A date that may be null. The outer optional is empty when the member is wrong or missing.
    std::optional<std::optional<Date>> DateOrNone(const Json& object, const std::string& path,
                                                  const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (value->is_null())
            return std::optional<Date>();
        std::optional<Date> date = IsoDate(object, path, key);
        if (!date)
            return std::nullopt;
        return date;
    }

    // An object member, or a problem.
    const Json* Object(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (value && !value->is_object()) {
            Problem(path + "/" + key, "expected an object");
            return nullptr;
        }
        return value;
    }

    std::optional<bool> Flag(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean()) {
            Problem(path + "/" + key, "expected true or false");
            return std::nullopt;
        }
        return value->boolean();
    }

    // One of a fixed set of names, e.g. "avoidable_noise".
    template <typename Enum, size_t N>
    std::optional<Enum> Choice(const Json& object, const std::string& path, const char* key,
                               const std::pair<const char*, Enum> (&choices)[N]) {
        const std::optional<std::string> text = String(object, path, key);
        if (!text)
            return std::nullopt;
        std::string expected;
        for (const auto& [name, value] : choices) {
            if (*text == name)
                return value;
            expected += (expected.empty() ? "\"" : ", \"") + std::string(name) + "\"";
        }
        Problem(path + "/" + key,
                "expected one of " + expected + ", found \"" + text->substr(0, 40) + "\"");
        return std::nullopt;
    }

    std::optional<Date> IsoDate(const Json& object, const std::string& path, const char* key) {
        const std::optional<std::string> text = String(object, path, key);
        if (!text)
            return std::nullopt;
        std::optional<Date> date = ParseIsoDate(*text);
        if (!date)
            Problem(path + "/" + key, "expected a date from " + FormatIsoDate(kFirstPlausibleDate) +
                                          " to " + FormatIsoDate(kLastPlausibleDate) +
                                          " written as YYYY-MM-DD, found \"" + text->substr(0, 40) +
                                          "\"");
        return date;
    }
};

constexpr std::pair<const char*, RequestVerdict> kVerdicts[] = {
    {"unsorted", RequestVerdict::Unsorted},
    {"avoidable_noise", RequestVerdict::AvoidableNoise},
    {"needed", RequestVerdict::Needed},
};
constexpr std::pair<const char*, AskOutcome> kOutcomes[] = {
    {"not_asked_yet", AskOutcome::NotAskedYet},
    {"pending", AskOutcome::Pending},
    {"lifted", AskOutcome::Lifted},
    {"partly_lifted", AskOutcome::PartlyLifted},
    {"refused", AskOutcome::Refused},
};

constexpr std::pair<const char*, MetricKind> kMetricKinds[] = {
    {"time", MetricKind::Time},
    {"quality", MetricKind::Quality},
    {"handoff_delay", MetricKind::HandoffDelay},
    {"rework", MetricKind::Rework},
};
constexpr std::pair<const char*, BetterDirection> kDirections[] = {
    {"lower", BetterDirection::Lower},
    {"higher", BetterDirection::Higher},
};
constexpr std::pair<const char*, Freedom> kFreedoms[] = {
    {"methods", Freedom::Methods},
    {"priorities", Freedom::Priorities},
    {"outcomes", Freedom::Outcomes},
};
constexpr std::pair<const char*, AutonomyLevel> kLevels[] = {
    {"procedural", AutonomyLevel::Procedural},
    {"decision", AutonomyLevel::Decision},
    {"strategic", AutonomyLevel::Strategic},
};
constexpr std::pair<const char*, LedgerKind> kLedgerKinds[] = {
    {"permission", LedgerKind::Permission},
    {"extension", LedgerKind::Extension},
    {"pull_back", LedgerKind::PullBack},
};

template <typename Enum, size_t N>
const char* ChoiceName(Enum value, const std::pair<const char*, Enum> (&choices)[N]) {
    for (const auto& [name, choice] : choices)
        if (choice == value)
            return name;
    return choices[0].first;
}

// Whole values are written without ".0", as a person would write them.
void WriteNumber(JsonWriter& out, double value) {
    const double whole = std::trunc(value);
    if (whole == value && std::fabs(value) <= kMaxMetricMagnitude)
        out.Integer(static_cast<int64_t>(whole));
    else
        out.Float(value);
}

void WriteDate(JsonWriter& out, const Date& date) { out.String(FormatIsoDate(date)); }

void WriteDateOrNull(JsonWriter& out, const std::optional<Date>& date) {
    if (date)
        WriteDate(out, *date);
    else
        out.Null();
}

void WriteClarity(JsonWriter& out, const ClarityBaseline& clarity) {
    out.BeginObject();
    out.Key("scope");
    out.String(clarity.scope);
    out.Key("blockers");
    out.BeginArray();
    for (const Blocker& blocker : clarity.blockers) {
        out.BeginObject();
        out.Key("id");
        out.String(blocker.id);
        out.Key("text");
        out.String(blocker.text);
        out.Key("occurrences");
        out.Integer(blocker.occurrences);
        out.Key("retired");
        out.Boolean(blocker.retired);
        out.Key("first_seen");
        WriteDate(out, blocker.first_seen);
        out.Key("last_seen");
        WriteDate(out, blocker.last_seen);
        out.Key("outside_reach");
        out.Boolean(blocker.outside_reach);
        out.EndObject();
    }
    out.EndArray();
    out.Key("requests");
    out.BeginArray();
    for (const LoggedRequest& request : clarity.requests) {
        out.BeginObject();
        out.Key("id");
        out.String(request.id);
        out.Key("date");
        WriteDate(out, request.date);
        out.Key("text");
        out.String(request.text);
        out.Key("verdict");
        out.String(ChoiceName(request.verdict, kVerdicts));
        out.Key("reason");
        out.String(request.reason);
        out.EndObject();
    }
    out.EndArray();
    const ConstraintAsk& ask = clarity.constraint;
    out.Key("constraint");
    out.BeginObject();
    out.Key("what");
    out.String(ask.what);
    out.Key("asked_of");
    out.String(ask.asked_of);
    out.Key("asked_on");
    WriteDateOrNull(out, ask.asked_on);
    out.Key("outcome");
    out.String(ChoiceName(ask.outcome, kOutcomes));
    out.EndObject();
    out.EndObject();
}

// The path of each item of a list, built in one buffer: a large file has thousands of items.
class ItemPath {
  public:
    ItemPath(const std::string& list_path, const char* key)
        : text_(list_path + "/" + key + "/"), prefix_(text_.size()) {}

    const std::string& At(size_t index) {
        text_.resize(prefix_);
        text_ += std::to_string(index);
        return text_;
    }

  private:
    std::string text_;
    size_t prefix_;
};

// Ids must be present and unique within their list: merging and editing rely on them.
bool ReadId(Reader& reader, const Json& json, const std::string& path,
            std::vector<std::string>& seen, std::string& id) {
    std::optional<std::string> text = reader.Entry(json, path, "id", false);
    if (!text)
        return false;
    if (std::find(seen.begin(), seen.end(), *text) != seen.end()) {
        reader.Problem(path + "/id", "expected an id used once in this list, found \"" +
                                         text->substr(0, 40) + "\" again");
        return false;
    }
    seen.push_back(*text);
    id = std::move(*text);
    return true;
}

std::optional<ClarityBaseline> ReadClarity(Reader& reader, const Json& json,
                                           const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    ClarityBaseline clarity;
    const size_t problems_before = reader.problems.size();
    if (std::optional<std::string> scope = reader.Entry(json, path, "scope", true))
        clarity.scope = std::move(*scope);
    if (const Json* blockers = reader.Array(json, path, "blockers", kMaxBlockers)) {
        std::vector<std::string> ids;
        ItemPath item_paths(path, "blockers");
        for (size_t index = 0; index < blockers->size(); ++index) {
            const std::string& item_path = item_paths.At(index);
            const Json& item = (*blockers)[index];
            if (!item.is_object()) {
                reader.Problem(item_path, "expected an object");
                continue;
            }
            Blocker blocker;
            const bool id_ok = ReadId(reader, item, item_path, ids, blocker.id);
            auto text = reader.Entry(item, item_path, "text", false);
            const auto occurrences = reader.Count(item, item_path, "occurrences");
            const auto retired = reader.Flag(item, item_path, "retired");
            const auto first = reader.IsoDate(item, item_path, "first_seen");
            const auto last = reader.IsoDate(item, item_path, "last_seen");
            if (!id_ok || !text || !occurrences || !retired || !first || !last)
                continue;
            blocker.text = std::move(*text);
            blocker.occurrences = *occurrences;
            blocker.retired = *retired;
            // Absent before version 8: not marked as outside the user's reach.
            if (item.contains("outside_reach")) {
                const auto outside = reader.Flag(item, item_path, "outside_reach");
                if (!outside)
                    continue;
                blocker.outside_reach = *outside;
            }
            blocker.first_seen = *first;
            blocker.last_seen = *last;
            clarity.blockers.push_back(std::move(blocker));
        }
    }
    if (const Json* requests = reader.Array(json, path, "requests", kMaxRequests)) {
        std::vector<std::string> ids;
        ItemPath item_paths(path, "requests");
        for (size_t index = 0; index < requests->size(); ++index) {
            const std::string& item_path = item_paths.At(index);
            const Json& item = (*requests)[index];
            if (!item.is_object()) {
                reader.Problem(item_path, "expected an object");
                continue;
            }
            LoggedRequest request;
            const bool id_ok = ReadId(reader, item, item_path, ids, request.id);
            const auto date = reader.IsoDate(item, item_path, "date");
            auto text = reader.Entry(item, item_path, "text", false);
            const auto verdict = reader.Choice(item, item_path, "verdict", kVerdicts);
            auto reason = reader.Entry(item, item_path, "reason", true);
            if (!id_ok || !date || !text || !verdict || !reason)
                continue;
            request.date = *date;
            request.text = std::move(*text);
            request.verdict = *verdict;
            request.reason = std::move(*reason);
            clarity.requests.push_back(std::move(request));
        }
    }
    if (const Json* ask = reader.Member(json, path, "constraint")) {
        const std::string ask_path = path + "/constraint";
        if (!ask->is_object()) {
            reader.Problem(ask_path, "expected an object");
        } else {
            const auto what = reader.Entry(*ask, ask_path, "what", true);
            const auto asked_of = reader.Entry(*ask, ask_path, "asked_of", true);
            const auto outcome = reader.Choice(*ask, ask_path, "outcome", kOutcomes);
            std::optional<Date> asked_on;
            if (const Json* on = reader.Member(*ask, ask_path, "asked_on"); on && !on->is_null())
                asked_on = reader.IsoDate(*ask, ask_path, "asked_on");
            if (what && asked_of && outcome)
                clarity.constraint = ConstraintAsk{*what, *asked_of, asked_on, *outcome};
        }
    }
    if (reader.problems.size() != problems_before)
        return std::nullopt;
    return clarity;
}

constexpr size_t kMaxCheckIns = 5000;

void WriteCheckIns(JsonWriter& out, const std::vector<CheckIn>& check_ins) {
    out.BeginArray();
    for (const CheckIn& check_in : check_ins) {
        out.BeginObject();
        out.Key("date");
        WriteDate(out, check_in.date);
        out.Key("minutes");
        out.Integer(check_in.minutes);
        out.Key("done");
        out.String(check_in.done);
        out.Key("note");
        out.String(check_in.note);
        out.Key("stress");
        if (check_in.stress)
            out.Integer(*check_in.stress);
        else
            out.Null();
        out.EndObject();
    }
    out.EndArray();
}

// Check-ins come back sorted by date; two on one date cannot be told apart, so they are refused.
bool ReadCheckIns(Reader& reader, const Json& json, const std::string& path, Program& program) {
    const size_t problems_before = reader.problems.size();
    if (const Json* budget = reader.Member(json, path, "daily_budget_minutes")) {
        if (!budget->is_number_integer() || budget->integer() < kMinBudgetMinutes ||
            budget->integer() > kMaxBudgetMinutes)
            reader.Problem(path + "/daily_budget_minutes",
                           "expected a whole number of minutes from " +
                               std::to_string(kMinBudgetMinutes) + " to " +
                               std::to_string(kMaxBudgetMinutes));
        else
            program.daily_budget_minutes = static_cast<int>(budget->integer());
    }
    if (const Json* list = reader.Array(json, path, "check_ins", kMaxCheckIns)) {
        ItemPath item_paths(path, "check_ins");
        for (size_t index = 0; index < list->size(); ++index) {
            const std::string& item_path = item_paths.At(index);
            const Json& item = (*list)[index];
            if (!item.is_object()) {
                reader.Problem(item_path, "expected an object");
                continue;
            }
            const auto date = reader.IsoDate(item, item_path, "date");
            const auto done = reader.Entry(item, item_path, "done", false);
            const auto note = reader.Entry(item, item_path, "note", true);
            const Json* minutes = reader.Member(item, item_path, "minutes");
            if (minutes && (!minutes->is_number_integer() || minutes->integer() < 0 ||
                            minutes->integer() > kMaxCheckInMinutes)) {
                reader.Problem(item_path + "/minutes",
                               "expected a whole number of minutes from 0 to " +
                                   std::to_string(kMaxCheckInMinutes));
                continue;
            }
            // Absent before version 8, and null when not rated.
            std::optional<int> stress;
            if (const Json* value = reader.Member(item, item_path, "stress", false);
                value && !value->is_null()) {
                stress = reader.WholeNumber(item, item_path, "stress", kMinStress, kMaxStress);
                if (!stress)
                    continue;
            }
            if (!date || !done || !note || !minutes)
                continue;
            if (FindCheckIn(program, *date)) {
                reader.Problem(item_path + "/date", "expected one check-in per day, found " +
                                                        FormatIsoDate(*date) + " twice");
                continue;
            }
            RecordCheckIn(program, *date, static_cast<int>(minutes->integer()), *done, *note,
                          stress);
        }
    }
    return reader.problems.size() == problems_before;
}

constexpr size_t kMaxPauses = 1000;

void WritePauses(JsonWriter& out, const std::vector<Pause>& pauses) {
    out.BeginArray();
    for (const Pause& pause : pauses) {
        out.BeginObject();
        out.Key("from");
        WriteDate(out, pause.from);
        out.Key("resumed");
        WriteDateOrNull(out, pause.resumed);
        out.EndObject();
    }
    out.EndArray();
}

// Pauses are in order, do not overlap, end after they begin, and only the last may be open.
bool ReadPauses(Reader& reader, const Json& json, const std::string& path, Program& program) {
    const Json* list = reader.Array(json, path, "pauses", kMaxPauses);
    if (!list)
        return false;
    ItemPath item_paths(path, "pauses");
    for (size_t index = 0; index < list->size(); ++index) {
        const std::string& item_path = item_paths.At(index);
        const Json& item = (*list)[index];
        if (!item.is_object()) {
            reader.Problem(item_path, "expected an object");
            return false;
        }
        const std::optional<Date> from = reader.IsoDate(item, item_path, "from");
        std::optional<Date> resumed;
        if (const Json* value = reader.Member(item, item_path, "resumed");
            value && !value->is_null())
            resumed = reader.IsoDate(item, item_path, "resumed");
        if (!from || reader.problems.size() > 0)
            return false;
        if (resumed && DaysBetween(*from, *resumed) <= 0) {
            reader.Problem(item_path + "/resumed", "expected a date after " + FormatIsoDate(*from));
            return false;
        }
        if (!program.pauses.empty()) {
            const Pause& previous = program.pauses.back();
            if (!previous.resumed || DaysBetween(*previous.resumed, *from) < 0) {
                reader.Problem(item_path + "/from",
                               "expected a date after the previous pause ended");
                return false;
            }
        }
        program.pauses.push_back(Pause{*from, resumed});
    }
    return true;
}

// Calls `read` for each object in the list `key`; a non-object entry is a problem.
template <typename ReadItem>
bool ForEachObject(Reader& reader, const Json& json, const std::string& path, const char* key,
                   size_t max_items, ReadItem read) {
    const size_t problems_before = reader.problems.size();
    const Json* list = reader.Array(json, path, key, max_items);
    if (!list)
        return false;
    ItemPath item_paths(path, key);
    for (size_t index = 0; index < list->size(); ++index) {
        const std::string& item_path = item_paths.At(index);
        const Json& item = (*list)[index];
        if (!item.is_object())
            reader.Problem(item_path, "expected an object");
        else
            read(item, item_path);
    }
    return reader.problems.size() == problems_before;
}

// --- Responsibility loop (version 6) ---

void WriteResponsibility(JsonWriter& out, const ResponsibilityLoop& loop) {
    out.BeginObject();
    out.Key("owned_area");
    out.String(loop.owned_area);
    out.Key("metric");
    if (loop.metric) {
        out.BeginObject();
        out.Key("kind");
        out.String(ChoiceName(loop.metric->kind, kMetricKinds));
        out.Key("name");
        out.String(loop.metric->name);
        out.Key("unit");
        out.String(loop.metric->unit);
        out.Key("baseline");
        WriteNumber(out, loop.metric->baseline);
        out.Key("target");
        WriteNumber(out, loop.metric->target);
        out.Key("better");
        out.String(ChoiceName(loop.metric->better, kDirections));
        out.EndObject();
    } else {
        out.Null();
    }
    out.Key("measurements");
    out.BeginArray();
    for (const Measurement& measurement : loop.measurements) {
        out.BeginObject();
        out.Key("id");
        out.String(measurement.id);
        out.Key("date");
        WriteDate(out, measurement.date);
        out.Key("value");
        WriteNumber(out, measurement.value);
        out.Key("note");
        out.String(measurement.note);
        out.EndObject();
    }
    out.EndArray();
    out.Key("reports");
    out.BeginArray();
    for (const LoopReport& report : loop.reports) {
        out.BeginObject();
        out.Key("id");
        out.String(report.id);
        out.Key("date");
        WriteDate(out, report.date);
        out.Key("changed");
        out.String(report.changed);
        out.Key("failed");
        out.String(report.failed);
        out.Key("escalated");
        out.String(report.escalated);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
}

const char* MetricProblemText(MetricProblem problem) {
    switch (problem) {
    case MetricProblem::None: return "";
    case MetricProblem::NoName: return "expected the name of what is measured";
    case MetricProblem::NoUnit: return "expected a unit";
    case MetricProblem::TooLong: return "expected a shorter name or unit";
    case MetricProblem::BadNumber: return "expected numbers between -1e9 and 1e9";
    case MetricProblem::TargetEqualsBaseline:
        return "expected a target different from the baseline";
    case MetricProblem::TargetNotBetter:
        return "expected a target better than the baseline in the chosen direction";
    }
    return "";
}

std::optional<ResponsibilityLoop> ReadResponsibility(Reader& reader, const Json& json,
                                                     const std::string& path) {
    const size_t problems_before = reader.problems.size();
    ResponsibilityLoop loop;
    if (const auto area = reader.Entry(json, path, "owned_area", true))
        loop.owned_area = *area;
    if (const Json* metric = reader.Member(json, path, "metric"); metric && !metric->is_null()) {
        const std::string metric_path = path + "/metric";
        if (!metric->is_object()) {
            reader.Problem(metric_path, "expected an object or null");
        } else {
            const auto kind = reader.Choice(*metric, metric_path, "kind", kMetricKinds);
            const auto name = reader.Entry(*metric, metric_path, "name", false);
            const auto unit = reader.Entry(*metric, metric_path, "unit", false);
            const auto baseline = reader.Value(*metric, metric_path, "baseline");
            const auto target = reader.Value(*metric, metric_path, "target");
            const auto better = reader.Choice(*metric, metric_path, "better", kDirections);
            if (kind && name && unit && baseline && target && better) {
                const OutcomeMetric read{*kind, *name, *unit, *baseline, *target, *better};
                if (const MetricProblem problem = CheckMetric(read); problem != MetricProblem::None)
                    reader.Problem(metric_path, MetricProblemText(problem));
                else
                    loop.metric = read;
            }
        }
    }
    std::vector<std::string> ids;
    ForEachObject(reader, json, path, "measurements", kMaxMeasurements,
                  [&](const Json& item, const std::string& at) {
                      Measurement measurement;
                      const bool id_ok = ReadId(reader, item, at, ids, measurement.id);
                      const auto date = reader.IsoDate(item, at, "date");
                      const auto value = reader.Value(item, at, "value");
                      auto note = reader.Entry(item, at, "note", true);
                      if (!id_ok || !date || !value || !note)
                          return;
                      measurement.date = *date;
                      measurement.value = *value;
                      measurement.note = std::move(*note);
                      InsertByDate(loop.measurements, std::move(measurement));
                  });
    if (!loop.metric && !loop.measurements.empty())
        reader.Problem(path + "/measurements", "expected no measurements without a metric");
    ids.clear();
    ForEachObject(
        reader, json, path, "reports", kMaxReports, [&](const Json& item, const std::string& at) {
            LoopReport report;
            const bool id_ok = ReadId(reader, item, at, ids, report.id);
            const auto date = reader.IsoDate(item, at, "date");
            auto changed = reader.Entry(item, at, "changed", true);
            auto failed = reader.Entry(item, at, "failed", true);
            auto escalated = reader.Entry(item, at, "escalated", true);
            if (!id_ok || !date || !changed || !failed || !escalated)
                return;
            if (changed->empty() && failed->empty() && escalated->empty()) {
                reader.Problem(at, "expected at least one of changed, failed or escalated");
                return;
            }
            loop.reports.push_back(LoopReport{std::move(report.id), *date, std::move(*changed),
                                              std::move(*failed), std::move(*escalated)});
        });
    if (reader.problems.size() != problems_before)
        return std::nullopt;
    return loop;
}

// --- Influence trial (version 6) ---

void WriteFeedback(JsonWriter& out, const FeedbackAsk& ask) {
    out.BeginObject();
    out.Key("who");
    out.String(ask.who);
    out.Key("asked_on");
    WriteDateOrNull(out, ask.asked_on);
    out.Key("received_on");
    WriteDateOrNull(out, ask.received_on);
    out.Key("said");
    out.String(ask.said);
    out.EndObject();
}

void WriteInfluence(JsonWriter& out, const InfluenceTrial& trial) {
    out.BeginObject();
    out.Key("proposal");
    out.String(trial.proposal);
    out.Key("effect");
    out.String(trial.effect);
    out.Key("expected_value");
    if (trial.expected_value)
        WriteNumber(out, *trial.expected_value);
    else
        out.Null();
    out.Key("peer");
    WriteFeedback(out, trial.peer);
    out.Key("manager");
    WriteFeedback(out, trial.manager);
    out.EndObject();
}

std::optional<FeedbackAsk> ReadFeedback(Reader& reader, const Json& json, const std::string& path,
                                        const char* key) {
    const Json* object = reader.Object(json, path, key);
    if (!object)
        return std::nullopt;
    const std::string at = path + "/" + key;
    const auto who = reader.Entry(*object, at, "who", true);
    const auto asked_on = reader.DateOrNone(*object, at, "asked_on");
    const auto received_on = reader.DateOrNone(*object, at, "received_on");
    const auto said = reader.Entry(*object, at, "said", true);
    if (!who || !asked_on || !received_on || !said)
        return std::nullopt;
    const FeedbackAsk ask{*who, *asked_on, *received_on, *said};
    switch (CheckFeedback(ask)) {
    case FeedbackProblem::None: return ask;
    case FeedbackProblem::TooLong: reader.Problem(at, "expected shorter text"); break;
    case FeedbackProblem::NoOneNamed:
        reader.Problem(at + "/who", "expected the person asked");
        break;
    case FeedbackProblem::ReceivedBeforeAsked:
        reader.Problem(at + "/received_on", "expected a date on or after asked_on");
        break;
    case FeedbackProblem::ReceivedButNotAsked:
        reader.Problem(at + "/asked_on", "expected a date");
        break;
    case FeedbackProblem::SaidButNotReceived:
        reader.Problem(at + "/received_on", "expected a date");
        break;
    }
    return std::nullopt;
}

std::optional<InfluenceTrial> ReadInfluence(Reader& reader, const Json& json,
                                            const std::string& path) {
    const size_t problems_before = reader.problems.size();
    InfluenceTrial trial;
    const auto proposal = reader.Entry(json, path, "proposal", true);
    const auto effect = reader.Entry(json, path, "effect", true);
    if (const Json* expected = reader.Member(json, path, "expected_value");
        expected && !expected->is_null()) {
        if (const auto value = reader.Value(json, path, "expected_value"))
            trial.expected_value = *value;
    }
    const auto peer = ReadFeedback(reader, json, path, "peer");
    const auto manager = ReadFeedback(reader, json, path, "manager");
    if (reader.problems.size() != problems_before || !proposal || !effect || !peer || !manager)
        return std::nullopt;
    trial.proposal = *proposal;
    trial.effect = *effect;
    trial.peer = *peer;
    trial.manager = *manager;
    return trial;
}

// --- Guidance (version 8) ---

constexpr std::pair<const char*, WatchOutKind> kWatchOuts[] = {
    {"activity_without_progress", WatchOutKind::ActivityWithoutProgress},
    {"shield_for_poor_communication", WatchOutKind::ShieldForPoorCommunication},
    {"confidence_without_certainty", WatchOutKind::ConfidenceWithoutCertainty},
    {"silence", WatchOutKind::Silence},
};

void WriteDismissed(JsonWriter& out, const std::vector<DismissedWatchOut>& dismissed) {
    out.BeginArray();
    for (const DismissedWatchOut& item : dismissed) {
        out.BeginObject();
        out.Key("kind");
        out.String(ChoiceName(item.kind, kWatchOuts));
        out.Key("date");
        WriteDate(out, item.date);
        out.Key("reason");
        out.String(item.reason);
        out.EndObject();
    }
    out.EndArray();
}

bool ReadDismissed(Reader& reader, const Json& json, const std::string& path, Program& program) {
    return ForEachObject(
        reader, json, path, "dismissed", 100, [&](const Json& item, const std::string& at) {
            const auto kind = reader.Choice(item, at, "kind", kWatchOuts);
            const auto date = reader.IsoDate(item, at, "date");
            const auto reason = reader.Entry(item, at, "reason", false);
            if (!kind || !date || !reason)
                return;
            if (!DismissWatchOut(program, *kind, *date, *reason))
                reader.Problem(at + "/kind", "expected each watch-out dismissed at most once");
        });
}

void WriteCondition(JsonWriter& out, const ConditionRating& condition) {
    out.BeginObject();
    out.Key("rating");
    out.Integer(condition.rating);
    out.Key("note");
    out.String(condition.note);
    out.EndObject();
}

void WriteStability(JsonWriter& out, const std::vector<StabilityCheck>& checks) {
    out.BeginArray();
    for (const StabilityCheck& check : checks) {
        out.BeginObject();
        out.Key("date");
        WriteDate(out, check.date);
        out.Key("ownership");
        WriteCondition(out, check.ownership);
        out.Key("contribution");
        WriteCondition(out, check.contribution);
        out.Key("communication");
        WriteCondition(out, check.communication);
        out.Key("repair");
        out.String(check.repair);
        out.EndObject();
    }
    out.EndArray();
}

std::optional<ConditionRating> ReadCondition(Reader& reader, const Json& json,
                                             const std::string& path, const char* key) {
    const Json* object = reader.Object(json, path, key);
    if (!object)
        return std::nullopt;
    const std::string at = path + "/" + key;
    const auto rating =
        reader.WholeNumber(*object, at, "rating", kMinConditionRating, kMaxConditionRating);
    auto note = reader.Entry(*object, at, "note", true);
    if (!rating || !note)
        return std::nullopt;
    return ConditionRating{*rating, std::move(*note)};
}

bool ReadStability(Reader& reader, const Json& json, const std::string& path, Workbook& workbook) {
    return ForEachObject(
        reader, json, path, "stability", kMaxStabilityChecks,
        [&](const Json& item, const std::string& at) {
            const auto date = reader.IsoDate(item, at, "date");
            const auto ownership = ReadCondition(reader, item, at, "ownership");
            const auto contribution = ReadCondition(reader, item, at, "contribution");
            const auto communication = ReadCondition(reader, item, at, "communication");
            const auto repair = reader.Entry(item, at, "repair", true);
            if (!date || !ownership || !contribution || !communication || !repair)
                return;
            for (const StabilityCheck& existing : workbook.stability) {
                if (existing.date == *date) {
                    reader.Problem(at + "/date", "expected one stability check per day, found " +
                                                     FormatIsoDate(*date) + " twice");
                    return;
                }
            }
            RecordStabilityCheck(workbook, StabilityCheck{*date, *ownership, *contribution,
                                                          *communication, *repair});
        });
}

void WriteSafety(JsonWriter& out, const SafetyCheck& safety) {
    out.BeginObject();
    out.Key("retaliation_risk");
    out.Boolean(safety.retaliation_risk);
    out.Key("unsafe_directives");
    out.Boolean(safety.unsafe_directives);
    out.Key("discrimination");
    out.Boolean(safety.discrimination);
    out.Key("financial_instability");
    out.Boolean(safety.financial_instability);
    out.Key("support_contacts");
    out.String(safety.support_contacts);
    out.EndObject();
}

bool ReadSafety(Reader& reader, const Json& json, const std::string& path, Workbook& workbook) {
    const Json* object = reader.Object(json, path, "safety");
    if (!object)
        return false;
    const std::string at = path + "/safety";
    const auto retaliation = reader.Flag(*object, at, "retaliation_risk");
    const auto unsafe = reader.Flag(*object, at, "unsafe_directives");
    const auto discrimination = reader.Flag(*object, at, "discrimination");
    const auto financial = reader.Flag(*object, at, "financial_instability");
    const auto contacts = reader.String(*object, at, "support_contacts");
    if (!retaliation || !unsafe || !discrimination || !financial || !contacts)
        return false;
    if (!SetSafetyCheck(
            workbook, SafetyCheck{*retaliation, *unsafe, *discrimination, *financial, *contacts})) {
        reader.Problem(at + "/support_contacts", "expected at most " +
                                                     std::to_string(kMaxSupportContactsBytes) +
                                                     " bytes of text");
        return false;
    }
    return true;
}

// --- Autonomy map (version 6) ---

void WriteMap(JsonWriter& out, const AutonomyMap& map) {
    out.BeginObject();
    out.Key("ratings");
    out.BeginArray();
    for (const FreedomRating& rating : map.ratings) {
        out.BeginObject();
        out.Key("date");
        WriteDate(out, rating.date);
        out.Key("freedom");
        out.String(ChoiceName(rating.freedom, kFreedoms));
        out.Key("rating");
        out.Integer(rating.rating);
        out.Key("note");
        out.String(rating.note);
        out.EndObject();
    }
    out.EndArray();
    out.Key("areas");
    out.BeginArray();
    for (const DecisionArea& area : map.areas) {
        out.BeginObject();
        out.Key("id");
        out.String(area.id);
        out.Key("name");
        out.String(area.name);
        out.Key("level");
        out.String(ChoiceName(area.level, kLevels));
        out.Key("placed_on");
        WriteDate(out, area.placed_on);
        out.EndObject();
    }
    out.EndArray();
    out.Key("ledger");
    out.BeginArray();
    for (const LedgerEntry& entry : map.ledger) {
        out.BeginObject();
        out.Key("id");
        out.String(entry.id);
        out.Key("date");
        WriteDate(out, entry.date);
        out.Key("kind");
        out.String(ChoiceName(entry.kind, kLedgerKinds));
        out.Key("area_id");
        out.String(entry.area_id);
        out.Key("text");
        out.String(entry.text);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
}

std::optional<AutonomyMap> ReadMap(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    const size_t problems_before = reader.problems.size();
    AutonomyMap map;
    ForEachObject(
        reader, json, path, "ratings", kMaxRatings, [&](const Json& item, const std::string& at) {
            const auto date = reader.IsoDate(item, at, "date");
            const auto freedom = reader.Choice(item, at, "freedom", kFreedoms);
            const auto rating =
                reader.WholeNumber(item, at, "rating", kMinFreedomRating, kMaxFreedomRating);
            auto note = reader.Entry(item, at, "note", true);
            if (!date || !freedom || !rating || !note)
                return;
            for (const FreedomRating& existing : map.ratings) {
                if (existing.freedom == *freedom && existing.date == *date) {
                    reader.Problem(at, "expected one rating per freedom and day, found " +
                                           FormatIsoDate(*date) + " twice");
                    return;
                }
            }
            InsertByDate(map.ratings, FreedomRating{*date, *freedom, *rating, std::move(*note)});
        });
    std::vector<std::string> ids;
    ForEachObject(reader, json, path, "areas", kMaxDecisionAreas,
                  [&](const Json& item, const std::string& at) {
                      DecisionArea area;
                      const bool id_ok = ReadId(reader, item, at, ids, area.id);
                      auto name = reader.Entry(item, at, "name", false);
                      const auto level = reader.Choice(item, at, "level", kLevels);
                      const auto placed_on = reader.IsoDate(item, at, "placed_on");
                      if (!id_ok || !name || !level || !placed_on)
                          return;
                      map.areas.push_back(
                          DecisionArea{std::move(area.id), std::move(*name), *level, *placed_on});
                  });
    ids.clear();
    ForEachObject(reader, json, path, "ledger", kMaxLedgerEntries,
                  [&](const Json& item, const std::string& at) {
                      LedgerEntry entry;
                      const bool id_ok = ReadId(reader, item, at, ids, entry.id);
                      const auto date = reader.IsoDate(item, at, "date");
                      const auto kind = reader.Choice(item, at, "kind", kLedgerKinds);
                      auto area_id = reader.Entry(item, at, "area_id", true);
                      auto text = reader.Entry(item, at, "text", false);
                      if (!id_ok || !date || !kind || !area_id || !text)
                          return;
                      if (!area_id->empty() && !FindArea(map, *area_id)) {
                          reader.Problem(
                              at + "/area_id",
                              "expected the id of a decision area in this file, found \"" +
                                  area_id->substr(0, 40) + "\"");
                          return;
                      }
                      InsertByDate(map.ledger, LedgerEntry{std::move(entry.id), *date, *kind,
                                                           std::move(*area_id), std::move(*text)});
                  });
    if (reader.problems.size() != problems_before)
        return std::nullopt;
    return map;
}

std::optional<Program> ReadProgram(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object with the challenge and start date");
        return std::nullopt;
    }
    const std::optional<std::string> challenge = reader.String(json, path, "challenge");
    const std::optional<Date> start_date = reader.IsoDate(json, path, "start_date");
    if (!challenge || !start_date)
        return std::nullopt;
    ClarityBaseline clarity; // absent before version 3
    if (const Json* json_clarity = reader.Member(json, path, "clarity", false)) {
        std::optional<ClarityBaseline> read = ReadClarity(reader, *json_clarity, path + "/clarity");
        if (!read)
            return std::nullopt;
        clarity = std::move(*read);
    }
    if (challenge->empty() || challenge->size() > kMaxChallengeBytes * 4) {
        reader.Problem(path + "/challenge", "expected between 1 and " +
                                                std::to_string(kMaxChallengeBytes * 4) +
                                                " bytes of text");
        return std::nullopt;
    }
    Program program{*challenge, *start_date, std::move(clarity)};
    // Absent before version 4: the default budget and no check-ins.
    if (json.contains("check_ins") || json.contains("daily_budget_minutes")) {
        if (!ReadCheckIns(reader, json, path, program))
            return std::nullopt;
    }
    // Absent before version 5: never paused.
    if (json.contains("pauses") && !ReadPauses(reader, json, path, program))
        return std::nullopt;
    // Absent before version 6: the later phases start empty.
    if (const Json* loop = reader.Member(json, path, "responsibility", false)) {
        if (!loop->is_object()) {
            reader.Problem(path + "/responsibility", "expected an object");
            return std::nullopt;
        }
        std::optional<ResponsibilityLoop> read =
            ReadResponsibility(reader, *loop, path + "/responsibility");
        if (!read)
            return std::nullopt;
        program.responsibility = std::move(*read);
    }
    if (const Json* trial = reader.Member(json, path, "influence", false)) {
        if (!trial->is_object()) {
            reader.Problem(path + "/influence", "expected an object");
            return std::nullopt;
        }
        std::optional<InfluenceTrial> read = ReadInfluence(reader, *trial, path + "/influence");
        if (!read)
            return std::nullopt;
        program.influence = std::move(*read);
    }
    // Absent before version 8: nothing dismissed, no boundary note.
    if (json.contains("dismissed") && !ReadDismissed(reader, json, path, program))
        return std::nullopt;
    if (json.contains("boundary_note")) {
        const auto note = reader.Entry(json, path, "boundary_note", true);
        if (!note)
            return std::nullopt;
        program.boundary_note = *note;
    }
    // A check-in belongs to a day of its program: none before the start, none after its 30
    // days (and the paused days that moved the end) are over. The screens only check in on
    // such a day.
    bool check_ins_fit = true;
    for (size_t index = 0; index < program.check_ins.size(); ++index) {
        const Date& date = program.check_ins[index].date;
        const Date end = ProgramEndDate(program, date);
        if (DaysBetween(program.start_date, date) < 0 || DaysBetween(date, end) < 0) {
            reader.Problem(path + "/check_ins/" + std::to_string(index) + "/date",
                           "expected a day of the program, from " +
                               FormatIsoDate(program.start_date) + " to " + FormatIsoDate(end) +
                               ", found " + FormatIsoDate(date));
            check_ins_fit = false;
        }
    }
    if (!check_ins_fit)
        return std::nullopt;
    return program;
}

constexpr size_t kMaxEditTimes = 20000;
constexpr size_t kMaxEditKeyBytes = 200;

// Edit times are "2026-11-26T17:02:04Z", perhaps with milliseconds: compared as text, so the
// shape is checked strictly.
bool IsUtcTimestamp(std::string_view text) {
    if (text.size() < 20 || text.size() > 24 || text.back() != 'Z' || text[10] != 'T')
        return false;
    if (!ParseIsoDate(text.substr(0, 10)))
        return false;
    for (size_t i = 11; i + 1 < text.size(); ++i) {
        const char c = text[i];
        const bool separator = i == 13 || i == 16 || i == 19;
        if (separator ? c != (i == 19 ? '.' : ':') : (c < '0' || c > '9'))
            return false;
    }
    return true;
}

bool ReadEditTimes(Reader& reader, const Json& json, const std::string& path, EditTimes& edited) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object of edit times");
        return false;
    }
    if (json.size() > kMaxEditTimes) {
        reader.Problem(path, "expected at most " + std::to_string(kMaxEditTimes) + " entries");
        return false;
    }
    for (const Json* value : json) {
        const std::string_view key = value->key();
        if (key.empty() || key.size() > kMaxEditKeyBytes || !value->is_string() ||
            !IsUtcTimestamp(value->text())) {
            reader.Problem(path + "/" + std::string(key.substr(0, 40)),
                           "expected a UTC time such as \"2026-11-26T17:02:04Z\"");
            return false;
        }
        edited[std::string(key)] = std::string(value->text());
    }
    return true;
}

void WriteProgram(JsonWriter& out, const Program& program) {
    out.BeginObject();
    out.Key("challenge");
    out.String(program.challenge);
    out.Key("start_date");
    WriteDate(out, program.start_date);
    out.Key("clarity");
    WriteClarity(out, program.clarity);
    out.Key("daily_budget_minutes");
    out.Integer(program.daily_budget_minutes);
    out.Key("check_ins");
    WriteCheckIns(out, program.check_ins);
    out.Key("pauses");
    WritePauses(out, program.pauses);
    out.Key("responsibility");
    WriteResponsibility(out, program.responsibility);
    out.Key("influence");
    WriteInfluence(out, program.influence);
    out.Key("dismissed");
    WriteDismissed(out, program.dismissed);
    out.Key("boundary_note");
    out.String(program.boundary_note);
    out.EndObject();
}

// Reads the workbook of any schema version up to ours; older versions simply lack newer fields,
// which start empty (that is the whole migration so far).
std::optional<Workbook> ReadWorkbook(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    Workbook workbook;
    if (const Json* program = reader.Member(json, path, "program", false);
        program && !program->is_null()) {
        workbook.program = ReadProgram(reader, *program, path + "/program");
        if (!workbook.program)
            return std::nullopt;
    }
    // Absent before version 6: an empty map and no history.
    if (const Json* map = reader.Member(json, path, "map", false)) {
        std::optional<AutonomyMap> read = ReadMap(reader, *map, path + "/map");
        if (!read)
            return std::nullopt;
        workbook.map = std::move(*read);
    }
    if (json.contains("history")) {
        const bool ok =
            ForEachObject(reader, json, path, "history", kMaxFinishedPrograms,
                          [&](const Json& item, const std::string& at) {
                              const auto finished_on = reader.IsoDate(item, at, "finished_on");
                              auto reflection = reader.Entry(item, at, "reflection", true);
                              const Json* program_json = reader.Object(item, at, "program");
                              if (!finished_on || !reflection || !program_json)
                                  return;
                              std::optional<Program> program =
                                  ReadProgram(reader, *program_json, at + "/program");
                              if (program)
                                  workbook.history.push_back(FinishedProgram{
                                      std::move(*program), *finished_on, std::move(*reflection)});
                          });
        if (!ok)
            return std::nullopt;
    }
    // Absent before version 8: no stability checks, no safety flags.
    if (json.contains("stability") && !ReadStability(reader, json, path, workbook))
        return std::nullopt;
    if (json.contains("safety") && !ReadSafety(reader, json, path, workbook))
        return std::nullopt;
    // Absent before version 7: no record has an edit time, so every one counts as old.
    if (const Json* edited = reader.Member(json, path, "edited", false)) {
        if (!ReadEditTimes(reader, *edited, path + "/edited", workbook.edited))
            return std::nullopt;
    }
    if (const Json* last = reader.Member(json, path, "last_export", false);
        last && !last->is_null()) {
        workbook.last_export = reader.IsoDate(json, path, "last_export");
        if (!workbook.last_export)
            return std::nullopt;
    }
    return workbook;
}

} // namespace

std::string ExportBackup(const Workbook& workbook, const BackupInfo& info) {
    std::string text;
    JsonWriter out(text);
    out.BeginObject();
    out.Key("format");
    out.String(kBackupFormatName);
    out.Key("schema_version");
    out.Integer(kBackupSchemaVersion);
    out.Key("app_version");
    out.String(info.app_version);
    out.Key("exported_at");
    out.String(info.exported_at);
    out.Key("workbook");
    out.BeginObject();
    out.Key("program");
    if (workbook.program)
        WriteProgram(out, *workbook.program);
    else
        out.Null();
    out.Key("map");
    WriteMap(out, workbook.map);
    out.Key("history");
    out.BeginArray();
    for (const FinishedProgram& finished : workbook.history) {
        out.BeginObject();
        out.Key("finished_on");
        WriteDate(out, finished.finished_on);
        out.Key("reflection");
        out.String(finished.reflection);
        out.Key("program");
        WriteProgram(out, finished.program);
        out.EndObject();
    }
    out.EndArray();
    out.Key("last_export");
    WriteDateOrNull(out, workbook.last_export);
    out.Key("stability");
    WriteStability(out, workbook.stability);
    out.Key("safety");
    WriteSafety(out, workbook.safety);
    out.Key("edited");
    out.BeginObject();
    for (const auto& [key, at] : workbook.edited) {
        out.Key(key);
        out.String(at);
    }
    out.EndObject();
    out.EndObject();
    out.EndObject();
    text += '\n';
    return text;
}

namespace {

// Finds the JSON pointer of `target` under `value` (RFC 6901: "~" and "/" in a name escaped).
bool FindPointer(const Json& value, const Json* target, std::string& path) {
    if (&value == target)
        return true;
    if (!value.is_object() && !value.is_array())
        return false;
    const size_t length = path.size();
    for (size_t index = 0; index < value.size(); ++index) {
        const Json& child = value[index];
        path += '/';
        if (value.is_array()) {
            path += std::to_string(index);
        } else {
            for (char c : child.key())
                path += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        }
        if (FindPointer(child, target, path))
            return true;
        path.resize(length);
    }
    return false;
}

} // namespace

ImportResult ImportBackup(std::string_view text) {
    ImportResult result;
    Reader reader;
    auto fail = [&](const std::string& path, const std::string& message) {
        result.problems.push_back({path, message});
        return result;
    };
    if (text.empty())
        return fail("", "the file is empty");
    if (text.size() > kMaxBackupBytes)
        return fail("", "the file is " + std::to_string(text.size() / (1024 * 1024)) +
                            " MB; a Leeway backup is at most " +
                            std::to_string(kMaxBackupBytes / (1024 * 1024)) + " MB");
    // Too deep a nesting is told before any syntax error. Valid JSON nests as deep as the
    // parser went, so the text is only counted through when the parse fails.
    JsonDocument parsed;
    if (!parsed.Parse(text, kMaxBackupNesting)) {
        if (MaxNesting(text) > kMaxBackupNesting)
            return fail("", "the file nests deeper than " + std::to_string(kMaxBackupNesting) +
                                " levels, which no Leeway backup does");
        return fail("", "the file is not valid JSON (" + parsed.error() + ")");
    }
    const Json& document = parsed.root();
    if (!document.is_object())
        return fail("", "expected a JSON object at the top of the file");
    // A name given twice has two meanings, and a reader would silently pick one: say where.
    for (const JsonDocument::DuplicateName& duplicate : parsed.duplicate_names()) {
        std::string path;
        FindPointer(document, duplicate.object, path);
        result.problems.push_back({path + "/" + std::string(duplicate.name),
                                   "is given twice in one object; a backup gives each name once"});
    }
    if (!result.problems.empty())
        return result;

    const std::optional<std::string> format = reader.String(document, "", "format");
    if (!format)
        return fail("/format", "is missing: this is not a Leeway backup");
    if (*format != kBackupFormatName)
        return fail("/format", "expected \"" + std::string(kBackupFormatName) + "\", found \"" +
                                   format->substr(0, 40) + "\"");

    const Json* version = reader.Member(document, "", "schema_version");
    if (!version || !version->is_number_integer())
        return fail("/schema_version", "expected a whole number");
    const int64_t schema_version = version->integer();
    if (schema_version > kBackupSchemaVersion)
        return fail("/schema_version", "the file comes from a newer Leeway (format version " +
                                           std::to_string(schema_version) +
                                           "); this version reads up to " +
                                           std::to_string(kBackupSchemaVersion) +
                                           ". Update Leeway, then import again");
    if (schema_version < 1)
        return fail("/schema_version",
                    "expected 1 or higher, found " + std::to_string(schema_version));
    result.info.schema_version = static_cast<int>(schema_version);

    // Where the file came from is informative only; older or hand-made files may lack it.
    if (const std::optional<std::string> app = reader.String(document, "", "app_version", false))
        result.info.app_version = *app;
    if (const std::optional<std::string> at = reader.String(document, "", "exported_at", false))
        result.info.exported_at = *at;

    std::optional<Workbook> workbook;
    if (const Json* json = reader.Member(document, "", "workbook"))
        workbook = ReadWorkbook(reader, *json, "/workbook");

    result.problems = std::move(reader.problems);
    if (result.problems.empty())
        result.workbook = std::move(workbook);
    return result;
}

std::string DescribeProblems(const std::vector<BackupProblem>& problems, size_t max_listed) {
    std::string text;
    for (size_t i = 0; i < problems.size() && i < max_listed; ++i) {
        if (!text.empty())
            text += "\n";
        text += problems[i].path.empty() ? problems[i].message
                                         : problems[i].path + ": " + problems[i].message;
    }
    if (problems.size() > max_listed)
        text += "\n(and " + std::to_string(problems.size() - max_listed) + " more)";
    return text;
}

std::string BackupFileName(const Date& local_date) {
    return "leeway-backup-" + FormatIsoDate(local_date) + ".json";
}

} // namespace leeway::core
