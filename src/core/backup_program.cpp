// A program in a backup: see core/backup_io.h for how the files divide the format.

#include "core/backup_io.h"
#include "core/check_in.h"
#include "core/clarity.h"
#include "core/guidance.h"
#include "core/influence.h"
#include "core/program.h"
#include "core/responsibility.h"

namespace leeway::core::backup_io {

namespace {

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

// --- Clarity baseline (version 3) ---

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
    std::vector<std::string> ids;
    ForEachObject(reader, json, path, "blockers", kMaxBlockers,
                  [&](const Json& item, const std::string& at) {
                      Blocker blocker;
                      const bool id_ok = ReadId(reader, item, at, ids, blocker.id);
                      auto text = reader.Entry(item, at, "text", false);
                      const auto occurrences = reader.Count(item, at, "occurrences");
                      const auto retired = reader.Flag(item, at, "retired");
                      const auto first = reader.IsoDate(item, at, "first_seen");
                      const auto last = reader.IsoDate(item, at, "last_seen");
                      if (!id_ok || !text || !occurrences || !retired || !first || !last)
                          return;
                      blocker.text = std::move(*text);
                      blocker.occurrences = *occurrences;
                      blocker.retired = *retired;
                      // Absent before version 8: not marked as outside the user's reach.
                      if (item.contains("outside_reach")) {
                          const auto outside = reader.Flag(item, at, "outside_reach");
                          if (!outside)
                              return;
                          blocker.outside_reach = *outside;
                      }
                      blocker.first_seen = *first;
                      blocker.last_seen = *last;
                      clarity.blockers.push_back(std::move(blocker));
                  });
    ids.clear();
    ForEachObject(reader, json, path, "requests", kMaxRequests,
                  [&](const Json& item, const std::string& at) {
                      LoggedRequest request;
                      const bool id_ok = ReadId(reader, item, at, ids, request.id);
                      const auto date = reader.IsoDate(item, at, "date");
                      auto text = reader.Entry(item, at, "text", false);
                      const auto verdict = reader.Choice(item, at, "verdict", kVerdicts);
                      auto reason = reader.Entry(item, at, "reason", true);
                      if (!id_ok || !date || !text || !verdict || !reason)
                          return;
                      request.date = *date;
                      request.text = std::move(*text);
                      request.verdict = *verdict;
                      request.reason = std::move(*reason);
                      clarity.requests.push_back(std::move(request));
                  });
    if (const Json* ask = reader.Member(json, path, "constraint")) {
        const std::string ask_path = path + "/constraint";
        if (!ask->is_object()) {
            reader.Problem(ask_path, "expected an object");
        } else {
            const auto what = reader.Entry(*ask, ask_path, "what", true);
            const auto asked_of = reader.Entry(*ask, ask_path, "asked_of", true);
            const auto outcome = reader.Choice(*ask, ask_path, "outcome", kOutcomes);
            const auto asked_on = reader.DateOrNone(*ask, ask_path, "asked_on");
            if (what && asked_of && outcome && asked_on)
                clarity.constraint = ConstraintAsk{*what, *asked_of, *asked_on, *outcome};
        }
    }
    if (reader.problems.size() != problems_before)
        return std::nullopt;
    return clarity;
}

// --- Daily check-ins (version 4) and pauses (version 5) ---

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
    ForEachObject(reader, json, path, "check_ins", kMaxCheckIns,
                  [&](const Json& item, const std::string& at) {
                      const auto date = reader.IsoDate(item, at, "date");
                      const auto done = reader.Entry(item, at, "done", false);
                      const auto note = reader.Entry(item, at, "note", true);
                      const Json* minutes = reader.Member(item, at, "minutes");
                      if (minutes && (!minutes->is_number_integer() || minutes->integer() < 0 ||
                                      minutes->integer() > kMaxCheckInMinutes)) {
                          reader.Problem(at + "/minutes",
                                         "expected a whole number of minutes from 0 to " +
                                             std::to_string(kMaxCheckInMinutes));
                          return;
                      }
                      // Absent before version 8, and null when not rated.
                      std::optional<int> stress;
                      if (const Json* value = reader.Member(item, at, "stress", false);
                          value && !value->is_null()) {
                          stress = reader.WholeNumber(item, at, "stress", kMinStress, kMaxStress);
                          if (!stress)
                              return;
                      }
                      if (!date || !done || !note || !minutes)
                          return;
                      if (FindCheckIn(program, *date)) {
                          reader.Problem(at + "/date", "expected one check-in per day, found " +
                                                           FormatIsoDate(*date) + " twice");
                          return;
                      }
                      RecordCheckIn(program, *date, static_cast<int>(minutes->integer()), *done,
                                    *note, stress);
                  });
    return reader.problems.size() == problems_before;
}

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
    // The order is checked against the pauses read so far, so the first problem ends the list.
    bool in_order = true;
    const bool read = ForEachObject(
        reader, json, path, "pauses", kMaxPauses, [&](const Json& item, const std::string& at) {
            if (!in_order)
                return;
            const size_t problems_before = reader.problems.size();
            const std::optional<Date> from = reader.IsoDate(item, at, "from");
            const auto resumed_or_none = reader.DateOrNone(item, at, "resumed");
            in_order = from && resumed_or_none && reader.problems.size() == problems_before;
            if (!in_order)
                return;
            const std::optional<Date> resumed = *resumed_or_none;
            if (resumed && DaysBetween(*from, *resumed) <= 0) {
                reader.Problem(at + "/resumed", "expected a date after " + FormatIsoDate(*from));
                in_order = false;
                return;
            }
            if (!program.pauses.empty()) {
                const Pause& previous = program.pauses.back();
                if (!previous.resumed || DaysBetween(*previous.resumed, *from) < 0) {
                    reader.Problem(at + "/from", "expected a date after the previous pause ended");
                    in_order = false;
                    return;
                }
            }
            program.pauses.push_back(Pause{*from, resumed});
        });
    return read && in_order;
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

// --- Dismissed watch-outs (version 8) ---

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
    return ForEachObject(reader, json, path, "dismissed", kMaxDismissedWatchOuts,
                         [&](const Json& item, const std::string& at) {
                             const auto kind = reader.Choice(item, at, "kind", kWatchOuts);
                             const auto date = reader.IsoDate(item, at, "date");
                             const auto reason = reader.Entry(item, at, "reason", false);
                             if (!kind || !date || !reason)
                                 return;
                             if (!DismissWatchOut(program, *kind, *date, *reason))
                                 reader.Problem(at + "/kind",
                                                "expected each watch-out dismissed at most once");
                         });
}

} // namespace

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
    if (challenge->empty() || challenge->size() > kMaxImportedChallengeBytes) {
        reader.Problem(path + "/challenge", "expected between 1 and " +
                                                std::to_string(kMaxImportedChallengeBytes) +
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

} // namespace leeway::core::backup_io
