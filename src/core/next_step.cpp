#include "core/next_step.h"

#include "core/program.h"

namespace leeway::core {

namespace {

constexpr int kRequestsForABaseline = 5;
constexpr int kDaysBetweenMeasurements = 2;
constexpr int kDaysBetweenReports = 3;

SuggestedStep ClarityStep(const Workbook& workbook) {
    const ClarityBaseline& clarity = workbook.program->clarity;
    if (clarity.scope.empty())
        return {StepPlace::Clarity,
                "Write your scope in one sentence, as you would tell a new colleague."};
    if (workbook.map.ratings.empty())
        return {StepPlace::Map,
                "Rate your three freedoms on the autonomy map: a minute now gives you a baseline."};
    if (clarity.blockers.empty())
        return {StepPlace::Clarity, "Write down one blocker that held you up recently."};
    if (clarity.requests.size() < kRequestsForABaseline)
        return {
            StepPlace::Clarity,
            "Log the requests that reach you today and sort each one: needed, or avoidable noise."};
    const ConstraintAsk& ask = clarity.constraint;
    if (ask.what.empty())
        return {StepPlace::Clarity, "Name one concrete constraint you would like lifted."};
    if (ask.outcome == AskOutcome::NotAskedYet)
        return {StepPlace::Clarity,
                "Ask " +
                    (ask.asked_of.empty() ? std::string("the person who decides") : ask.asked_of) +
                    " to lift it: " + ask.what};
    if (ask.outcome == AskOutcome::Pending)
        return {StepPlace::Clarity,
                "Your ask is pending: a short, friendly follow-up keeps it alive."};
    return {StepPlace::Clarity,
            "Count any blocker that came back today, and keep sorting new requests."};
}

SuggestedStep ResponsibilityStep(const Program& program, const Date& today) {
    const ResponsibilityLoop& loop = program.responsibility;
    if (loop.owned_area.empty())
        return {StepPlace::Responsibility,
                "Pick the one decision area you can fully own for the next ten days."};
    if (!loop.metric)
        return {StepPlace::Responsibility,
                "Choose one outcome metric for it, with where it stands now and your target."};
    if (loop.measurements.empty() ||
        DaysBetween(loop.measurements.back().date, today) >= kDaysBetweenMeasurements)
        return {StepPlace::Responsibility, "Measure " + loop.metric->name + " and log the value."};
    if (loop.reports.empty() || DaysBetween(loop.reports.back().date, today) >= kDaysBetweenReports)
        return {StepPlace::Responsibility,
                "Write a short report: what changed, what failed, what you escalated."};
    return {StepPlace::Responsibility,
            "Keep deciding in your area, and log the metric when it moves."};
}

SuggestedStep InfluenceStep(const Program& program) {
    const InfluenceTrial& trial = program.influence;
    if (trial.proposal.empty())
        return {StepPlace::Influence,
                "Write down one process improvement and the effect you expect it to have."};
    if (!trial.peer.asked_on)
        return {StepPlace::Influence, "Ask one peer for feedback on your proposal."};
    if (!trial.manager.asked_on)
        return {StepPlace::Influence, "Ask your manager for feedback on your proposal."};
    if (!trial.peer.received_on || !trial.manager.received_on)
        return {StepPlace::Influence, "Follow up on the feedback you are still waiting for."};
    return {StepPlace::Influence, "Compare your latest measurements with the effect you expected."};
}

} // namespace

SuggestedStep SuggestStep(const Workbook& workbook, const Date& today) {
    if (!workbook.program)
        return {StepPlace::Today, "Start a program with one real challenge."};
    const Program& program = *workbook.program;
    const ProgramDay day = ComputeProgramDay(program, today);
    switch (day.status) {
    case ProgramStatus::NotStartedYet:
        if (workbook.map.ratings.empty())
            return {StepPlace::Map, "Before day 1, rate your three freedoms on the autonomy map."};
        return {StepPlace::Clarity,
                "Before day 1, you can already write your scope in one sentence."};
    case ProgramStatus::Paused:
        return {StepPlace::Today, "Nothing while paused. Resume when you are ready."};
    case ProgramStatus::Finished:
        return {StepPlace::Today,
                "Look back at what changed, then finish the program to keep it in your history."};
    case ProgramStatus::Running: break;
    }
    switch (day.phase) {
    case Phase::ClarityBaseline: return ClarityStep(workbook);
    case Phase::ResponsibilityLoop: return ResponsibilityStep(program, today);
    case Phase::InfluenceTrial: return InfluenceStep(program);
    }
    return {StepPlace::Today, ""};
}

} // namespace leeway::core
