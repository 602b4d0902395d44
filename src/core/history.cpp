#include "core/history.h"

#include "core/check_in.h"
#include "core/program.h"
#include "core/responsibility.h"

namespace leeway::core {

namespace {

void Shift(Date& date, int64_t days) { date = AddDays(date, days); }

void Shift(std::optional<Date>& date, int64_t days) {
    if (date)
        Shift(*date, days);
}

void ShiftProgram(Program& program, int64_t days) {
    Shift(program.start_date, days);
    for (Blocker& blocker : program.clarity.blockers) {
        Shift(blocker.first_seen, days);
        Shift(blocker.last_seen, days);
    }
    for (LoggedRequest& request : program.clarity.requests)
        Shift(request.date, days);
    Shift(program.clarity.constraint.asked_on, days);
    for (CheckIn& check_in : program.check_ins)
        Shift(check_in.date, days);
    for (Pause& pause : program.pauses) {
        Shift(pause.from, days);
        Shift(pause.resumed, days);
    }
    for (Measurement& measurement : program.responsibility.measurements)
        Shift(measurement.date, days);
    for (LoopReport& report : program.responsibility.reports)
        Shift(report.date, days);
    for (FeedbackAsk* ask : {&program.influence.peer, &program.influence.manager}) {
        Shift(ask->asked_on, days);
        Shift(ask->received_on, days);
    }
    for (DismissedWatchOut& dismissed : program.dismissed)
        Shift(dismissed.date, days);
}

} // namespace

ProgramSummary SummarizeProgram(const Program& program, const Date& end) {
    ProgramSummary summary;
    // The same count as the check-in card's, so Today and History never disagree.
    const Consistency consistency = ComputeConsistency(program, end);
    summary.days_counted = consistency.days_so_far;
    summary.days_checked_in = consistency.days_checked_in;
    for (const CheckIn& check_in : program.check_ins)
        if (DaysBetween(check_in.date, end) >= 0)
            summary.minutes_spent += check_in.minutes;
    summary.blockers_listed = static_cast<int>(program.clarity.blockers.size());
    summary.blockers_retired = summary.blockers_listed - ActiveBlockerCount(program.clarity);
    summary.requests = TallyRequests(program.clarity);
    summary.constraint_named = !program.clarity.constraint.what.empty();
    summary.constraint_outcome = program.clarity.constraint.outcome;
    const ResponsibilityLoop& loop = program.responsibility;
    summary.metric_set = loop.metric.has_value();
    summary.measurements = static_cast<int>(loop.measurements.size());
    if (!loop.measurements.empty()) {
        summary.latest_value = loop.measurements.back().value;
        summary.target_reached = loop.metric && ReachedTarget(*loop.metric, *summary.latest_value);
    }
    summary.reports = static_cast<int>(loop.reports.size());
    summary.proposal_made = !program.influence.proposal.empty();
    summary.feedback_received = (program.influence.peer.received_on ? 1 : 0) +
                                (program.influence.manager.received_on ? 1 : 0);
    return summary;
}

bool FinishProgram(Workbook& workbook, const Date& today, std::string_view reflection) {
    const std::string tidy = NormalizeSentence(reflection);
    if (!workbook.program || tidy.size() > kMaxEntryBytes ||
        workbook.history.size() >= kMaxFinishedPrograms ||
        DaysBetween(workbook.program->start_date, today) < 0)
        return false;
    Program program = std::move(*workbook.program);
    // A pause still running ends with the program, so the record reads as closed.
    if (IsPaused(program)) {
        if (program.pauses.back().from == today)
            program.pauses.pop_back();
        else
            program.pauses.back().resumed = today;
    }
    workbook.history.push_back(FinishedProgram{std::move(program), today, tidy});
    workbook.program.reset();
    return true;
}

void ShiftDates(Workbook& workbook, int64_t days) {
    if (workbook.program)
        ShiftProgram(*workbook.program, days);
    for (FinishedProgram& finished : workbook.history) {
        ShiftProgram(finished.program, days);
        Shift(finished.finished_on, days);
    }
    for (FreedomRating& rating : workbook.map.ratings)
        Shift(rating.date, days);
    for (DecisionArea& area : workbook.map.areas)
        Shift(area.placed_on, days);
    for (LedgerEntry& entry : workbook.map.ledger)
        Shift(entry.date, days);
    for (StabilityCheck& check : workbook.stability)
        Shift(check.date, days);
    Shift(workbook.last_export, days);
}

} // namespace leeway::core
