#include "core/merge.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

#include "core/autonomy_map.h"
#include "core/guidance.h"

namespace leeway::core {

namespace {

template <typename Record> std::string ById(const Record& record) { return record.id; }

template <typename Record> std::string ByDate(const Record& record) {
    return FormatIsoDate(record.date);
}

std::string RatingKey(const FreedomRating& rating) {
    return std::string(FreedomShortName(rating.freedom)) + ":" + FormatIsoDate(rating.date);
}

std::string FinishedKey(const FinishedProgram& finished) {
    return FormatIsoDate(finished.program.start_date) + ":" + FormatIsoDate(finished.finished_on);
}

std::string Quoted(const std::string& text) {
    return "\"" + text.substr(0, 60) + (text.size() > 60 ? "...\"" : "\"");
}

// Walks every part of a program that is merged on its own, in the same order for every visitor:
// one-of-a-kind values with `Value`, lists of records with `List`.
template <typename Visitor>
void VisitProgramParts(Visitor& visit, const Program& mine, const Program& theirs, Program& out) {
    visit.Value("scope", "Scope", mine.clarity.scope, theirs.clarity.scope, out.clarity.scope);
    visit.Value("constraint", "Constraint to lift", mine.clarity.constraint,
                theirs.clarity.constraint, out.clarity.constraint);
    visit.List("blocker:", mine.clarity.blockers, theirs.clarity.blockers, out.clarity.blockers,
               ById<Blocker>,
               [](const Blocker& blocker) { return "Blocker " + Quoted(blocker.text); });
    visit.List("request:", mine.clarity.requests, theirs.clarity.requests, out.clarity.requests,
               ById<LoggedRequest>,
               [](const LoggedRequest& request) { return "Request " + Quoted(request.text); });
    visit.Value("budget", "Daily time budget", mine.daily_budget_minutes,
                theirs.daily_budget_minutes, out.daily_budget_minutes);
    visit.Value("pauses", "Pauses", mine.pauses, theirs.pauses, out.pauses);
    visit.List(
        "check-in:", mine.check_ins, theirs.check_ins, out.check_ins, ByDate<CheckIn>,
        [](const CheckIn& check_in) { return "Check-in of " + FormatLongDate(check_in.date); });
    visit.Value("owned-area", "Decision area owned", mine.responsibility.owned_area,
                theirs.responsibility.owned_area, out.responsibility.owned_area);
    visit.Value("metric", "Outcome metric", mine.responsibility.metric,
                theirs.responsibility.metric, out.responsibility.metric);
    visit.List("measurement:", mine.responsibility.measurements, theirs.responsibility.measurements,
               out.responsibility.measurements, ById<Measurement>,
               [](const Measurement& measurement) {
                   return "Measurement of " + FormatLongDate(measurement.date);
               });
    visit.List("report:", mine.responsibility.reports, theirs.responsibility.reports,
               out.responsibility.reports, ById<LoopReport>,
               [](const LoopReport& report) { return "Report of " + FormatLongDate(report.date); });
    // The proposal, its effect and the expected value are one statement, changed together.
    const auto proposal = [](const InfluenceTrial& trial) {
        return std::make_tuple(trial.proposal, trial.effect, trial.expected_value);
    };
    auto out_proposal = proposal(out.influence);
    visit.Value("proposal", "Proposal", proposal(mine.influence), proposal(theirs.influence),
                out_proposal);
    std::tie(out.influence.proposal, out.influence.effect, out.influence.expected_value) =
        out_proposal;
    visit.Value("peer", "Feedback from the peer", mine.influence.peer, theirs.influence.peer,
                out.influence.peer);
    visit.Value("manager", "Feedback from the manager", mine.influence.manager,
                theirs.influence.manager, out.influence.manager);
    visit.List(
        "dismissed:", mine.dismissed, theirs.dismissed, out.dismissed,
        [](const DismissedWatchOut& dismissed) {
            return std::string(WatchOutName(dismissed.kind));
        },
        [](const DismissedWatchOut& dismissed) {
            return "Dismissed watch-out: " + std::string(WatchOutName(dismissed.kind));
        });
    visit.Value("boundary-note", "Boundary work note", mine.boundary_note, theirs.boundary_note,
                out.boundary_note);
}

template <typename Visitor>
void VisitMapAndHistory(Visitor& visit, const Workbook& mine, const Workbook& theirs,
                        Workbook& out) {
    visit.List("rating:", mine.map.ratings, theirs.map.ratings, out.map.ratings, RatingKey,
               [](const FreedomRating& rating) {
                   return "Rating of " + std::string(GetFreedomInfo(rating.freedom).name) + " on " +
                          FormatLongDate(rating.date);
               });
    visit.List("area:", mine.map.areas, theirs.map.areas, out.map.areas, ById<DecisionArea>,
               [](const DecisionArea& area) { return "Decision area " + Quoted(area.name); });
    visit.List("ledger:", mine.map.ledger, theirs.map.ledger, out.map.ledger, ById<LedgerEntry>,
               [](const LedgerEntry& entry) { return "Ledger entry " + Quoted(entry.text); });
    visit.List("stability:", mine.stability, theirs.stability, out.stability,
               ByDate<StabilityCheck>, [](const StabilityCheck& check) {
                   return "Stability check of " + FormatLongDate(check.date);
               });
    visit.Value("safety", "Safety check", mine.safety, theirs.safety, out.safety);
    visit.List("finished:", mine.history, theirs.history, out.history, FinishedKey,
               [](const FinishedProgram& finished) {
                   return "Finished program " + Quoted(finished.program.challenge);
               });
}

bool SameProgram(const Program& a, const Program& b) {
    return a.start_date == b.start_date && a.challenge == b.challenge;
}

// --- Stamping ----------------------------------------------------------------------------------

class Stamper {
  public:
    Stamper(EditTimes& edited, const std::string& now) : edited_(edited), now_(now) {}

    template <typename T>
    void Value(const std::string& key, const char*, const T& before, const T& after, T&) {
        if (!(before == after))
            edited_[key] = now_;
    }

    template <typename Record, typename KeyOf, typename Describe>
    void List(const std::string& prefix, const std::vector<Record>& before,
              const std::vector<Record>& after, std::vector<Record>&, KeyOf key_of, Describe) {
        std::map<std::string, const Record*> old;
        for (const Record& record : before)
            old[prefix + key_of(record)] = &record;
        for (const Record& record : after) {
            const std::string key = prefix + key_of(record);
            const auto found = old.find(key);
            if (found == old.end() || !(*found->second == record))
                edited_[key] = now_;
            if (found != old.end())
                old.erase(found);
        }
        for (const auto& removed : old)
            edited_[removed.first] = now_; // kept, so a merge does not bring the record back
    }

  private:
    EditTimes& edited_;
    const std::string& now_;
};

// --- Merging -----------------------------------------------------------------------------------

class Merger {
  public:
    Merger(const EditTimes& mine, const EditTimes& theirs, MergeResult& result)
        : mine_(mine), theirs_(theirs), result_(result) {}

    template <typename T>
    void Value(const std::string& key, const char* description, const T& mine, const T& theirs,
               T& out) {
        out = mine;
        if (mine == theirs)
            return;
        const bool take_theirs = TheirsNewer(key);
        if (take_theirs)
            out = theirs;
        result_.conflicts.push_back({description, take_theirs});
    }

    template <typename Record, typename KeyOf, typename Describe>
    void List(const std::string& prefix, const std::vector<Record>& mine,
              const std::vector<Record>& theirs, std::vector<Record>& out, KeyOf key_of,
              Describe describe) {
        std::map<std::string, const Record*> their_records;
        for (const Record& record : theirs)
            their_records[prefix + key_of(record)] = &record;
        out.clear();
        for (const Record& record : mine) {
            const std::string key = prefix + key_of(record);
            const auto found = their_records.find(key);
            if (found == their_records.end()) {
                // Only here: kept, unless the file removed it after it was last edited here.
                if (theirs_.count(key) && TheirsNewer(key))
                    ++result_.removed;
                else
                    out.push_back(record);
                continue;
            }
            const Record& their_record = *found->second;
            their_records.erase(found);
            if (record == their_record) {
                out.push_back(record);
                continue;
            }
            const bool take_theirs = TheirsNewer(key);
            out.push_back(take_theirs ? their_record : record);
            result_.conflicts.push_back(
                {describe(take_theirs ? their_record : record), take_theirs});
        }
        for (const Record& record : theirs) {
            const std::string key = prefix + key_of(record);
            if (!their_records.count(key))
                continue; // matched above
            // Only in the file: added, unless it was removed here after the file's last edit.
            if (mine_.count(key) && !TheirsNewer(key))
                continue;
            out.push_back(record);
            ++result_.added;
        }
    }

  private:
    // Stamps are ISO 8601 UTC, so comparing the text compares the times. A record without a stamp
    // (from before version 7) counts as older than any stamped one.
    bool TheirsNewer(const std::string& key) const {
        const auto mine = mine_.find(key);
        const auto theirs = theirs_.find(key);
        const std::string mine_time = mine == mine_.end() ? "" : mine->second;
        const std::string their_time = theirs == theirs_.end() ? "" : theirs->second;
        return their_time > mine_time;
    }

    const EditTimes& mine_;
    const EditTimes& theirs_;
    MergeResult& result_;
};

// Positions 0..count-1 ordered by day, equal days keeping their order. One plain function
// instead of std::stable_sort per record type, which cost ~3 KB of wasm for each type. Each
// day and position share one number (a four-digit year's day count needs far fewer than 31 bits).
std::vector<std::size_t> StableOrder(const std::vector<std::int64_t>& days) {
    std::vector<std::int64_t> keyed;
    keyed.reserve(days.size());
    for (std::size_t position = 0; position < days.size(); ++position)
        keyed.push_back(days[position] * (std::int64_t{1} << 32) +
                        static_cast<std::int64_t>(position));
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t> order;
    order.reserve(keyed.size());
    for (const std::int64_t key : keyed)
        order.push_back(static_cast<std::size_t>(key & 0xFFFFFFFF));
    return order;
}

// Sorts records by the day a date field falls on; records of the same day keep their order.
template <typename Record> void SortByDay(std::vector<Record>& records, Date Record::*date) {
    std::vector<std::int64_t> days;
    days.reserve(records.size());
    for (const Record& record : records)
        days.push_back(DaysSinceEpoch(record.*date));
    std::vector<Record> sorted;
    sorted.reserve(records.size());
    for (const std::size_t position : StableOrder(days))
        sorted.push_back(std::move(records[position]));
    records = std::move(sorted);
}

} // namespace

void StampEdits(const Workbook& before, Workbook& after, const std::string& now) {
    Stamper stamper(after.edited, now);
    Workbook scratch;
    if (before.program && after.program && SameProgram(*before.program, *after.program)) {
        Program scratch_program;
        VisitProgramParts(stamper, *before.program, *after.program, scratch_program);
    }
    VisitMapAndHistory(stamper, before, after, scratch);
}

MergeResult MergeWorkbooks(const Workbook& current, const Workbook& incoming) {
    MergeResult result;
    Workbook& out = result.workbook;
    Merger merger(current.edited, incoming.edited, result);
    VisitMapAndHistory(merger, current, incoming, out);

    if (current.program && incoming.program && SameProgram(*current.program, *incoming.program)) {
        out.program = *current.program;
        VisitProgramParts(merger, *current.program, *incoming.program, *out.program);
        SortByDay(out.program->check_ins, &CheckIn::date);
        SortByDay(out.program->responsibility.measurements, &Measurement::date);
    } else if (current.program && incoming.program) {
        // Two different programs cannot be one: the later one stays, the other is kept in history.
        const bool incoming_later =
            DaysBetween(current.program->start_date, incoming.program->start_date) > 0;
        const Program& stays = incoming_later ? *incoming.program : *current.program;
        const Program& gives_way = incoming_later ? *current.program : *incoming.program;
        out.program = stays;
        Date finished_on = AddDays(stays.start_date, -1);
        if (DaysBetween(gives_way.start_date, finished_on) < 0)
            finished_on = gives_way.start_date;
        out.history.push_back(FinishedProgram{gives_way, finished_on, ""});
        result.program_moved_to_history = gives_way.challenge;
    } else {
        out.program = current.program ? current.program : incoming.program;
        if (!current.program && incoming.program)
            ++result.added;
    }

    SortByDay(out.map.ratings, &FreedomRating::date);
    SortByDay(out.stability, &StabilityCheck::date);
    SortByDay(out.map.ledger, &LedgerEntry::date);
    SortByDay(out.history, &FinishedProgram::finished_on);
    // A ledger entry whose decision area is gone loses the link, not the entry.
    for (LedgerEntry& entry : out.map.ledger)
        if (!entry.area_id.empty() && !FindArea(out.map, entry.area_id))
            entry.area_id.clear();

    if (current.last_export && incoming.last_export)
        out.last_export = DaysBetween(*current.last_export, *incoming.last_export) > 0
                              ? incoming.last_export
                              : current.last_export;
    else
        out.last_export = current.last_export ? current.last_export : incoming.last_export;
    out.edited = current.edited;
    for (const auto& [key, time] : incoming.edited) {
        std::string& mine = out.edited[key];
        mine = std::max(mine, time);
    }
    return result;
}

} // namespace leeway::core
