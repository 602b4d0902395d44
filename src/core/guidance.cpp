#include "core/guidance.h"

#include <algorithm>

#include "core/check_in.h"
#include "core/clarity.h"
#include "core/program.h"
#include "core/records.h"
#include "core/responsibility.h"

namespace leeway::core {

namespace {

bool IsDismissed(const Program& program, WatchOutKind kind) {
    return std::any_of(program.dismissed.begin(), program.dismissed.end(),
                       [&](const DismissedWatchOut& dismissed) { return dismissed.kind == kind; });
}

std::string Count(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::optional<WatchOut> ActivityWithoutProgress(const Program& program) {
    const ResponsibilityLoop& loop = program.responsibility;
    if (!loop.metric || loop.measurements.size() < 2)
        return std::nullopt;
    const Date since = loop.measurements.front().date;
    const int check_ins = static_cast<int>(
        std::count_if(program.check_ins.begin(), program.check_ins.end(),
                      [&](const CheckIn& c) { return DaysBetween(since, c.date) >= 0; }));
    const double latest = loop.measurements.back().value;
    const double progress = ProgressTowardsTarget(*loop.metric, latest);
    if (check_ins < kActivityCheckIns || progress >= kActivityProgress)
        return std::nullopt;
    const int percent = static_cast<int>(progress * 100.0);
    return WatchOut{
        WatchOutKind::ActivityWithoutProgress, "Activity mistaken for progress",
        Count(check_ins, "check-in", "check-ins") + " since you started measuring, and " +
            loop.metric->name + " is at " + FormatMetricValue(latest) + " " + loop.metric->unit +
            ": " + (percent <= 0 ? "no closer to" : std::to_string(percent) + "% of the way to") +
            " your target of " + FormatMetricValue(loop.metric->target) + ".",
        "Pick one change you expect to move the number this week, and measure right after it."};
}

std::optional<WatchOut> ShieldForPoorCommunication(const Program& program, const ProgramDay& day) {
    if (program.responsibility.owned_area.empty() || day.day < kShieldFromDay ||
        !program.responsibility.reports.empty())
        return std::nullopt;
    return WatchOut{WatchOutKind::ShieldForPoorCommunication, "Autonomy used as a shield",
                    "You own \"" + program.responsibility.owned_area + "\", and on day " +
                        std::to_string(day.day) + " no report has gone out about it yet.",
                    "Write three lines for the people your decisions touch: what changed, what "
                    "failed, what you "
                    "escalated."};
}

std::optional<WatchOut> ConfidenceWithoutCertainty(const Program& program) {
    std::vector<const LoopReport*> claims;
    for (const LoopReport& report : program.responsibility.reports)
        if (!report.changed.empty())
            claims.push_back(&report);
    if (static_cast<int>(claims.size()) < kCertaintyReports)
        return std::nullopt;
    Date first = claims.front()->date;
    for (const LoopReport* report : claims)
        if (DaysBetween(report->date, first) > 0)
            first = report->date;
    const auto& measurements = program.responsibility.measurements;
    const bool measured =
        std::any_of(measurements.begin(), measurements.end(),
                    [&](const Measurement& m) { return DaysBetween(first, m.date) >= 0; });
    if (measured)
        return std::nullopt;
    return WatchOut{WatchOutKind::ConfidenceWithoutCertainty, "Confidence mistaken for certainty",
                    Count(static_cast<int>(claims.size()), "report says", "reports say") +
                        " something changed, and no measurement since " + FormatLongDate(first) +
                        " shows it.",
                    "Measure the metric before your next report says it moved."};
}

std::optional<WatchOut> Silence(const Program& program, const ProgramDay& day) {
    std::vector<std::string> missing;
    int expected = 0;
    if (day.day >= kAskExpectedFromDay) {
        ++expected;
        if (program.clarity.constraint.outcome == AskOutcome::NotAskedYet)
            missing.push_back("no constraint asked about");
    }
    if (day.day >= kEscalationExpectedFromDay) {
        ++expected;
        const auto& reports = program.responsibility.reports;
        if (std::none_of(reports.begin(), reports.end(),
                         [](const LoopReport& r) { return !r.escalated.empty(); }))
            missing.push_back("nothing escalated");
    }
    if (day.day >= kFeedbackExpectedFromDay) {
        ++expected;
        if (!program.influence.peer.asked_on && !program.influence.manager.asked_on)
            missing.push_back("no feedback requested");
    }
    if (expected == 0 || static_cast<int>(missing.size()) < expected)
        return std::nullopt;
    std::string evidence;
    for (const std::string& item : missing)
        evidence += (evidence.empty() ? "" : ", ") + item;
    return WatchOut{WatchOutKind::Silence, "Overcorrecting into silence",
                    CapitalizeFirst(evidence) + " by day " + std::to_string(day.day) + ".",
                    "Make the smallest ask you can this week: one line, to one person."};
}

bool ValidRating(int rating) {
    return rating >= kMinConditionRating && rating <= kMaxConditionRating;
}

int Rating(const StabilityCheck& check, Condition condition) {
    switch (condition) {
    case Condition::Ownership: return check.ownership.rating;
    case Condition::Contribution: return check.contribution.rating;
    case Condition::Communication: return check.communication.rating;
    }
    return 0;
}

constexpr Condition kConditions[] = {Condition::Ownership, Condition::Contribution,
                                     Condition::Communication};

bool AllHold(const StabilityCheck& check) {
    return std::all_of(std::begin(kConditions), std::end(kConditions),
                       [&](Condition c) { return Rating(check, c) >= kHoldingAtOrAbove; });
}

} // namespace

std::vector<WatchOut> FindWatchOuts(const Workbook& workbook, const Date& today) {
    std::vector<WatchOut> found;
    if (!workbook.program)
        return found;
    const Program& program = *workbook.program;
    const ProgramDay day = ComputeProgramDay(program, today);
    if (day.status != ProgramStatus::Running)
        return found;
    for (std::optional<WatchOut> watch_out :
         {ActivityWithoutProgress(program), ShieldForPoorCommunication(program, day),
          ConfidenceWithoutCertainty(program), Silence(program, day)}) {
        if (watch_out && !IsDismissed(program, watch_out->kind))
            found.push_back(std::move(*watch_out));
    }
    return found;
}

bool DismissWatchOut(Program& program, WatchOutKind kind, const Date& today,
                     std::string_view reason) {
    const std::string tidy = NormalizeSentence(reason);
    if (IsDismissed(program, kind) || tidy.empty() || tidy.size() > kMaxEntryBytes)
        return false;
    program.dismissed.push_back(DismissedWatchOut{kind, today, tidy});
    return true;
}

const char* WatchOutName(WatchOutKind kind) {
    switch (kind) {
    case WatchOutKind::ActivityWithoutProgress: return "activity mistaken for progress";
    case WatchOutKind::ShieldForPoorCommunication: return "autonomy used as a shield";
    case WatchOutKind::ConfidenceWithoutCertainty: return "confidence mistaken for certainty";
    case WatchOutKind::Silence: return "overcorrecting into silence";
    }
    return "";
}

const char* ConditionName(Condition condition) {
    switch (condition) {
    case Condition::Ownership: return "clearly defined ownership";
    case Condition::Contribution: return "visible contribution";
    case Condition::Communication: return "accountable communication";
    }
    return "";
}

StabilityStatus CheckStability(const std::vector<StabilityCheck>& checks, const Date& today) {
    StabilityStatus status;
    if (checks.empty())
        return status;
    const StabilityCheck& latest = checks.back();
    status.due = DaysBetween(latest.date, today) >= kDaysBetweenStabilityChecks;
    if (checks.size() == 1) {
        status.state = StabilityState::Baseline;
        for (Condition condition : kConditions)
            if (Rating(latest, condition) <= kCollapsedAtOrBelow)
                status.starts_low.push_back(condition);
        return status;
    }
    const StabilityCheck& before = checks[checks.size() - 2];
    for (Condition condition : kConditions) {
        const int rating = Rating(latest, condition);
        const bool dropped = Rating(before, condition) - rating >= kCollapseDrop;
        if (rating <= kCollapsedAtOrBelow || dropped)
            status.collapsed.push_back(condition);
    }
    if (!status.collapsed.empty()) {
        status.state = StabilityState::Collapsed;
        return status;
    }
    // Holding once the last checks in a row hold, or when nothing ever collapsed.
    int holding_in_a_row = 0;
    for (auto it = checks.rbegin(); it != checks.rend() && AllHold(*it); ++it)
        ++holding_in_a_row;
    const bool ever_fell = holding_in_a_row < static_cast<int>(checks.size());
    status.state = !ever_fell || holding_in_a_row >= kChecksToExpand ? StabilityState::Holding
                                                                     : StabilityState::Repairing;
    return status;
}

StabilityProblem CheckStabilityCheck(const StabilityCheck& check) {
    for (const ConditionRating* rating :
         {&check.ownership, &check.contribution, &check.communication}) {
        if (!ValidRating(rating->rating))
            return StabilityProblem::BadRating;
        if (rating->note.size() > kMaxEntryBytes)
            return StabilityProblem::TooLong;
    }
    return check.repair.size() > kMaxEntryBytes ? StabilityProblem::TooLong
                                                : StabilityProblem::None;
}

bool RecordStabilityCheck(Workbook& workbook, const StabilityCheck& check) {
    if (CheckStabilityCheck(check) != StabilityProblem::None || !IsValidDate(check.date))
        return false;
    StabilityCheck tidy = check;
    for (ConditionRating* rating : {&tidy.ownership, &tidy.contribution, &tidy.communication})
        rating->note = NormalizeSentence(rating->note);
    tidy.repair = NormalizeSentence(check.repair);
    for (StabilityCheck& existing : workbook.stability) {
        if (existing.date == check.date) {
            existing = tidy;
            return true;
        }
    }
    if (workbook.stability.size() >= kMaxStabilityChecks)
        return false;
    InsertByDate(workbook.stability, tidy);
    return true;
}

RealityCheck CheckReality(const Program& program) {
    RealityCheck reality;
    reality.ask_refused = program.clarity.constraint.outcome == AskOutcome::Refused;
    for (const Blocker& blocker : program.clarity.blockers)
        if (blocker.outside_reach && !blocker.retired)
            reality.outside_reach_occurrences += blocker.occurrences;
    reality.applies =
        reality.ask_refused || reality.outside_reach_occurrences >= kOutsideReachOccurrences;
    return reality;
}

bool SetBlockerOutsideReach(ClarityBaseline& clarity, std::string_view id, bool outside) {
    Blocker* blocker = FindById(clarity.blockers, id);
    if (!blocker || blocker->outside_reach == outside)
        return false;
    blocker->outside_reach = outside;
    return true;
}

bool SetBoundaryNote(Program& program, std::string_view note) {
    const std::string tidy = NormalizeSentence(note);
    if (tidy.size() > kMaxEntryBytes)
        return false;
    program.boundary_note = tidy;
    return true;
}

bool StressIsClimbing(const Program& program) {
    std::vector<int> rated;
    for (const CheckIn& check_in : program.check_ins)
        if (check_in.stress)
            rated.push_back(*check_in.stress);
    if (rated.empty())
        return false;
    if (rated.back() >= kMaxStress)
        return true;
    if (rated.size() < 3)
        return false;
    return std::all_of(rated.end() - 3, rated.end(), [](int stress) { return stress >= 4; });
}

bool AnySafetyFlag(const SafetyCheck& safety) {
    return safety.retaliation_risk || safety.unsafe_directives || safety.discrimination ||
           safety.financial_instability;
}

bool SetSafetyCheck(Workbook& workbook, const SafetyCheck& safety) {
    if (safety.support_contacts.size() > kMaxSupportContactsBytes)
        return false;
    workbook.safety = safety;
    return true;
}

} // namespace leeway::core
