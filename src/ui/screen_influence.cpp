// Days 21-30, Influence trial: one process improvement with one measurable effect, and feedback
// from one peer and one manager.
#include <imgui.h>

#include "core/influence.h"
#include "core/program.h"
#include "core/responsibility.h"
#include "ui/example_hints.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

std::string DateText(const std::optional<core::Date>& date) {
    return date ? core::FormatIsoDate(*date) : "";
}

void LoadFeedback(FeedbackForm& form, const core::FeedbackAsk& ask) {
    form.who = ask.who;
    form.asked_on = DateText(ask.asked_on);
    form.received_on = DateText(ask.received_on);
    form.said = ask.said;
}

void LoadForm(InfluenceForm& form, const core::InfluenceTrial& trial) {
    if (form.loaded)
        return;
    form.loaded = true;
    form.proposal = trial.proposal;
    form.effect = trial.effect;
    form.expected_value =
        trial.expected_value ? core::FormatMetricValue(*trial.expected_value) : "";
    LoadFeedback(form.peer, trial.peer);
    LoadFeedback(form.manager, trial.manager);
}

const char* ProposalProblemText(core::ProposalProblem problem) {
    switch (problem) {
    case core::ProposalProblem::None: return nullptr;
    case core::ProposalProblem::NoProposal: return "Describe the improvement you propose.";
    case core::ProposalProblem::NoEffect:
        return "Name the one effect you expect, in a way you could measure.";
    case core::ProposalProblem::TooLong: return "Keep the proposal and its effect to a line each.";
    case core::ProposalProblem::BadExpectedValue: return "The expected value must be a number.";
    }
    return nullptr;
}

void DrawProposal(const AppModel& model, InfluenceForm& form, AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    const core::InfluenceTrial& trial = program.influence;
    Heading("Your proposal");
    MutedParagraph(
        "One improvement to how the team works, grounded in what your loop showed, and the one "
        "effect you expect it to have.");
    const float width = ImGui::CalcItemWidth();
    TextField("Process improvement", "##proposal", form.proposal, Hints(model).proposal, width);
    TextField("Measurable effect", "##effect", form.effect, Hints(model).effect, width);
    const std::optional<core::OutcomeMetric>& metric = program.responsibility.metric;
    std::optional<double> expected;
    bool expected_ok = true;
    if (metric) {
        TextField(("Expected value of your metric, in " + metric->unit + " (optional)").c_str(),
                  "##expected", form.expected_value, "e.g. 8", 150.0f);
        std::string where = "Your metric, " + metric->name + ": baseline " +
                            core::FormatMetricValue(metric->baseline) + ", target " +
                            core::FormatMetricValue(metric->target);
        const std::vector<core::Measurement>& measurements = program.responsibility.measurements;
        if (!measurements.empty())
            where += ", latest " + core::FormatMetricValue(measurements.back().value);
        MutedParagraph(where + " " + metric->unit + ".");
        if (!core::NormalizeSentence(form.expected_value).empty()) {
            expected = core::ParseMetricValue(form.expected_value);
            expected_ok = expected.has_value();
        }
    } else {
        MutedParagraph("Tip: with an outcome metric from the Responsibility loop, you can tie the "
                       "effect to a number.");
    }
    core::ProposalProblem problem = core::CheckProposal(form.proposal, form.effect, expected);
    if (!expected_ok)
        problem = core::ProposalProblem::BadExpectedValue;
    if ((form.tried_proposal || !expected_ok) && problem != core::ProposalProblem::None)
        ErrorParagraph(ProposalProblemText(problem));
    const bool changed = core::NormalizeSentence(form.proposal) != trial.proposal ||
                         core::NormalizeSentence(form.effect) != trial.effect ||
                         expected != trial.expected_value;
    ImGui::BeginDisabled(!changed);
    if (SecondaryButton("Save proposal")) {
        form.tried_proposal = true;
        if (problem == core::ProposalProblem::None)
            actions.Edit([&](core::Workbook& workbook) {
                return core::SetProposal(workbook.program->influence, form.proposal, form.effect,
                                         expected);
            });
    }
    ImGui::EndDisabled();
    if (!changed && !trial.proposal.empty())
        MutedParagraph("Saved.");
}

const char* FeedbackProblemText(core::FeedbackProblem problem) {
    switch (problem) {
    case core::FeedbackProblem::None: return nullptr;
    case core::FeedbackProblem::TooLong: return "Keep it short: the gist of what they said.";
    case core::FeedbackProblem::NoOneNamed: return "Say who you asked.";
    case core::FeedbackProblem::ReceivedBeforeAsked:
        return "The answer cannot come before the question.";
    case core::FeedbackProblem::ReceivedButNotAsked: return "Give the date you asked as well.";
    case core::FeedbackProblem::SaidButNotReceived: return "Give the date the answer came.";
    }
    return nullptr;
}

void DrawFeedback(const AppModel& model, core::FeedbackFrom from, FeedbackForm& form,
                  AppActions& actions) {
    const bool peer = from == core::FeedbackFrom::Peer;
    const core::FeedbackAsk& stored = peer ? model.workbook().program->influence.peer
                                           : model.workbook().program->influence.manager;
    ImGui::PushID(peer ? "peer" : "manager");
    StrongParagraph(peer ? "Feedback from one peer" : "Feedback from one manager");
    switch (core::GetFeedbackState(stored)) {
    case core::FeedbackState::NotAsked: MutedParagraph("Not asked yet."); break;
    case core::FeedbackState::Waiting: {
        const int64_t days = core::DaysBetween(*stored.asked_on, model.today);
        MutedParagraph(
            "Asked " + stored.who + " on " + core::FormatLongDate(*stored.asked_on) +
            (days > 0 ? "; waiting for " + std::to_string(days) + (days == 1 ? " day." : " days.")
                      : "."));
        break;
    }
    case core::FeedbackState::Received:
        MutedParagraph(stored.who + " answered on " + core::FormatLongDate(*stored.received_on) +
                       ".");
        break;
    }
    const float width = ImGui::CalcItemWidth();
    const std::string who = peer ? "Peer" : "Manager";
    TextField(who.c_str(), "##who", form.who, peer ? Hints(model).peer : Hints(model).manager,
              std::min(width, 320.0f));
    bool asked_ok = true;
    bool received_ok = true;
    const std::optional<core::Date> asked =
        DateField("Asked on", "##asked", form.asked_on, model.today, asked_ok, who + " asked on");
    const std::optional<core::Date> received =
        DateField("Answer received on", "##received", form.received_on, model.today, received_ok,
                  who + " answered on");
    TextField("What they said", "##said", form.said, "The gist, in a line", width,
              std::string("What the ") + (peer ? "peer" : "manager") + " said");
    const core::FeedbackAsk ask{core::NormalizeSentence(form.who), asked, received,
                                core::NormalizeSentence(form.said)};
    const core::FeedbackProblem problem = core::CheckFeedback(ask);
    if (problem != core::FeedbackProblem::None &&
        (form.tried || problem == core::FeedbackProblem::ReceivedBeforeAsked))
        ErrorParagraph(FeedbackProblemText(problem));
    const bool changed = !(ask == stored);
    ImGui::BeginDisabled(!changed || !asked_ok || !received_ok);
    if (SecondaryButton("Save", peer ? "Save peer feedback" : "Save manager feedback")) {
        form.tried = true;
        if (problem == core::FeedbackProblem::None)
            actions.Edit([&](core::Workbook& workbook) {
                return core::SetFeedback(workbook.program->influence, from, ask);
            });
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

} // namespace

void DrawInfluenceScreen(const AppModel& model, InfluenceForm& form, AppActions& actions) {
    LoadForm(form, model.workbook().program->influence);
    Gap(8);
    Title("Influence trial");
    MutedParagraph(PhaseTiming(model, core::Phase::InfluenceTrial));
    ImGui::BeginDisabled(!CanEdit(model));
    Gap();
    DrawProposal(model, form, actions);
    Gap(20);
    Heading("Feedback");
    MutedParagraph(
        "Ask one peer and one manager what they think of the proposal. Note when you asked, when "
        "the answer came, and its gist.");
    DrawFeedback(model, core::FeedbackFrom::Peer, form.peer, actions);
    Gap(12);
    DrawFeedback(model, core::FeedbackFrom::Manager, form.manager, actions);
    ImGui::EndDisabled();
    Gap(20);
}

} // namespace leeway::ui
