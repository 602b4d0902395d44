// Days 1-10, Clarity baseline: the scope sentence, recurring blockers, the request log and the
// one constraint to ask about.
#include <imgui.h>

#include <iterator>

#include "core/clarity.h"
#include "core/guidance.h"
#include "core/program.h"
#include "ui/example_hints.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

constexpr const char* kOutcomeLabels[] = {"Not asked yet", "Pending", "Lifted", "Partly lifted",
                                          "Refused"};
static_assert(std::size(kOutcomeLabels) == core::kAskOutcomeCount);

void LoadForm(ClarityForm& form, const core::ClarityBaseline& clarity) {
    if (form.loaded)
        return;
    form.loaded = true;
    form.scope = clarity.scope;
    form.ask_what = clarity.constraint.what;
    form.ask_of = clarity.constraint.asked_of;
    form.ask_on =
        clarity.constraint.asked_on ? core::FormatIsoDate(*clarity.constraint.asked_on) : "";
    form.ask_outcome = static_cast<int>(clarity.constraint.outcome);
}

void DrawScope(const core::ClarityBaseline& clarity, ClarityForm& form, AppActions& actions) {
    Heading("Your scope, in one sentence");
    MutedParagraph(
        "What you are responsible for, as you would say it to a new colleague. For example: "
        "\"I own the release checklist, from code freeze to store submission.\"");
    const float width = ImGui::CalcItemWidth();
    TextField("Scope", "##scope", form.scope, "I own ...", width);
    const core::ChallengeProblem problem = core::CheckOneSentence(form.scope);
    if (problem == core::ChallengeProblem::MoreThanOneSentence)
        ErrorParagraph("That reads like more than one sentence. Keep the one that matters most.");
    else if (form.tried_scope && problem == core::ChallengeProblem::Empty)
        ErrorParagraph("Write your scope first.");
    const bool changed = core::NormalizeSentence(form.scope) != clarity.scope;
    ImGui::BeginDisabled(!changed);
    if (SecondaryButton("Save scope")) {
        form.tried_scope = true;
        actions.Edit([&](core::Workbook& workbook) {
            return core::SetScope(workbook.program->clarity, form.scope);
        });
    }
    ImGui::EndDisabled();
    if (!clarity.scope.empty() && !changed)
        MutedParagraph("Saved.");
}

void DrawBlockers(const AppModel& model, ClarityForm& form, AppActions& actions) {
    const core::ClarityBaseline& clarity = model.workbook().program->clarity;
    Heading("Recurring blockers");
    MutedParagraph(
        "Whatever keeps stopping you. Add it once, then count it each time it comes back: "
        "the counts show which one to work on.");
    bool any_retired = false;
    {
        MirrorGroup list(Container::List, "Recurring blockers");
        for (const core::Blocker& blocker : clarity.blockers) {
            if (blocker.retired) {
                any_retired = true;
                continue;
            }
            ImGui::PushID(blocker.id.c_str());
            MirrorGroup row(Container::ListItem, blocker.id);
            Paragraph(blocker.text + " (" + std::to_string(blocker.occurrences) +
                      (blocker.occurrences == 1 ? " time" : " times") + ", last " +
                      core::FormatLongDate(blocker.last_seen) +
                      (blocker.outside_reach ? "; outside your reach)" : ")"));
            if (!CanEdit(model)) {
                ImGui::PopID();
                continue;
            }
            if (CheckboxChoice("Comes from outside my reach", blocker.outside_reach,
                               "Comes from outside my reach: " + blocker.text)) {
                const std::string id = blocker.id;
                const bool outside = !blocker.outside_reach;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::SetBlockerOutsideReach(workbook.program->clarity, id, outside);
                });
            }
            if (SecondaryButton("Seen again", "Seen again: " + blocker.text)) {
                const std::string id = blocker.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::CountBlockerAgain(workbook.program->clarity, id, model.today);
                });
            }
            ImGui::SameLine();
            if (SecondaryButton("Retire", "Retire: " + blocker.text)) {
                const std::string id = blocker.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::SetBlockerRetired(workbook.program->clarity, id, true);
                });
            }
            ImGui::PopID();
        }
    }
    if (clarity.blockers.empty())
        MutedParagraph("No blockers listed yet.");
    const float width = ImGui::CalcItemWidth();
    TextField("New blocker", "##new-blocker", form.new_blocker, Hints(model).blocker, width);
    if (SecondaryButton("Add blocker") && !core::NormalizeSentence(form.new_blocker).empty()) {
        const std::string id = actions.NewId();
        if (actions.Edit([&](core::Workbook& workbook) {
                return core::AddBlocker(workbook.program->clarity, id, form.new_blocker,
                                        model.today);
            }))
            form.new_blocker.clear();
    }
    if (any_retired) {
        StrongParagraph("Retired");
        MirrorGroup retired(Container::List, "Retired blockers");
        for (const core::Blocker& blocker : clarity.blockers) {
            if (!blocker.retired)
                continue;
            ImGui::PushID(blocker.id.c_str());
            MirrorGroup row(Container::ListItem, blocker.id);
            MutedParagraph(blocker.text + " (" + std::to_string(blocker.occurrences) + " in all)");
            if (CanEdit(model) && SecondaryButton("Bring back", "Bring back: " + blocker.text)) {
                const std::string id = blocker.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::SetBlockerRetired(workbook.program->clarity, id, false);
                });
            }
            ImGui::PopID();
        }
    }
}

const char* RequestProblemText(core::RequestProblem problem) {
    switch (problem) {
    case core::RequestProblem::None: return nullptr;
    case core::RequestProblem::EmptyText: return "Describe the request in a few words.";
    case core::RequestProblem::TooLong:
        return "Keep the request and the reason short: a line each.";
    case core::RequestProblem::NoVerdict: return "Decide: is it needed, or avoidable noise?";
    case core::RequestProblem::NoReason: return "Add a reason: it is what you will point to later.";
    case core::RequestProblem::TooMany: return "The log is full.";
    }
    return nullptr;
}

void DrawRequests(const AppModel& model, ClarityForm& form, AppActions& actions) {
    const core::ClarityBaseline& clarity = model.workbook().program->clarity;
    Heading("Request log");
    MutedParagraph(
        "Note the requests that reach you and sort each one: needed, or avoidable noise that "
        "could be dropped, batched or sent elsewhere.");
    const core::RequestTally tally = core::TallyRequests(clarity);
    if (!clarity.requests.empty())
        Paragraph(std::to_string(tally.needed) + " needed, " +
                  std::to_string(tally.avoidable_noise) + " avoidable noise.");
    {
        MirrorGroup list(Container::List, "Request log");
        for (const core::LoggedRequest& request : clarity.requests) {
            ImGui::PushID(request.id.c_str());
            MirrorGroup row(Container::ListItem, request.id);
            Paragraph(core::FormatLongDate(request.date) + ": " + request.text + " (" +
                      core::VerdictName(request.verdict) + ": " + request.reason + ")");
            if (CanEdit(model) && SecondaryButton("Remove", "Remove request: " + request.text)) {
                const std::string id = request.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::RemoveRequest(workbook.program->clarity, id);
                });
            }
            ImGui::PopID();
        }
    }
    const float width = ImGui::CalcItemWidth();
    TextField("Request", "##request", form.request_text, Hints(model).request, width);
    const auto verdict = static_cast<core::RequestVerdict>(form.request_verdict);
    if (RadioChoice("Needed", verdict == core::RequestVerdict::Needed))
        form.request_verdict = static_cast<int>(core::RequestVerdict::Needed);
    ImGui::SameLine();
    if (RadioChoice("Avoidable noise", verdict == core::RequestVerdict::AvoidableNoise))
        form.request_verdict = static_cast<int>(core::RequestVerdict::AvoidableNoise);
    TextField("Reason", "##request-reason", form.request_reason, "Why you sorted it this way",
              width);
    const core::RequestProblem problem =
        core::CheckRequest(form.request_text, verdict, form.request_reason);
    if (form.tried_request && problem != core::RequestProblem::None)
        ErrorParagraph(RequestProblemText(problem));
    if (SecondaryButton("Log request")) {
        form.tried_request = true;
        const std::string id = actions.NewId();
        if (problem == core::RequestProblem::None && actions.Edit([&](core::Workbook& workbook) {
                return core::LogRequest(workbook.program->clarity, id, model.today,
                                        form.request_text, verdict, form.request_reason);
            })) {
            form.request_text.clear();
            form.request_reason.clear();
            form.request_verdict = 0;
            form.tried_request = false;
        }
    }
}

void DrawConstraintAsk(const AppModel& model, ClarityForm& form, AppActions& actions) {
    const core::ConstraintAsk& stored = model.workbook().program->clarity.constraint;
    Heading("One constraint to lift");
    MutedParagraph(
        "Pick one concrete rule, approval or limit that slows you down, ask for it to be lifted, "
        "and note what happened. One is enough.");
    const float width = ImGui::CalcItemWidth();
    TextField("What should be lifted", "##ask-what", form.ask_what, Hints(model).ask_what, width);
    TextField("Asked of", "##ask-of", form.ask_of, Hints(model).ask_of, width * 0.6f);
    TextField("Asked on", "##ask-on", form.ask_on, "YYYY-MM-DD", 170.0f);
    ImGui::SameLine();
    if (SecondaryButton("Today##ask-on", "Asked today"))
        form.ask_on = core::FormatIsoDate(model.today);
    StrongParagraph("Outcome");
    form.ask_outcome = ChoiceRow(kOutcomeLabels, form.ask_outcome);
    core::ConstraintAsk ask;
    ask.what = core::NormalizeSentence(form.ask_what);
    ask.asked_of = core::NormalizeSentence(form.ask_of);
    ask.outcome = static_cast<core::AskOutcome>(form.ask_outcome);
    const std::string date_text = core::NormalizeSentence(form.ask_on);
    bool date_ok = true;
    if (!date_text.empty()) {
        ask.asked_on = core::ParseIsoDate(date_text);
        date_ok = ask.asked_on.has_value();
    }
    if (!date_ok)
        ErrorParagraph("Write the date as year-month-day, for example " +
                       core::FormatIsoDate(model.today) + ".");
    if (form.tried_ask && ask.outcome != core::AskOutcome::NotAskedYet && ask.what.empty())
        ErrorParagraph("Say what you asked for before recording an outcome.");
    const bool changed = !(ask == stored);
    ImGui::BeginDisabled(!changed || !date_ok);
    if (SecondaryButton("Save the ask")) {
        form.tried_ask = true;
        actions.Edit([&](core::Workbook& workbook) {
            return core::SetConstraintAsk(workbook.program->clarity, ask);
        });
    }
    ImGui::EndDisabled();
    if (!changed && !stored.what.empty())
        MutedParagraph("Saved: " + std::string(core::OutcomeName(stored.outcome)) + ".");
}

} // namespace

void DrawClarityScreen(const AppModel& model, ClarityForm& form, RealityForm& reality,
                       AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    LoadForm(form, program.clarity);
    Gap(8);
    Title("Clarity baseline");
    MutedParagraph(PhaseTiming(model, core::Phase::ClarityBaseline));
    ImGui::BeginDisabled(!CanEdit(model));
    Gap();
    DrawScope(program.clarity, form, actions);
    Gap(20);
    DrawBlockers(model, form, actions);
    Gap(20);
    DrawRequests(model, form, actions);
    Gap(20);
    DrawConstraintAsk(model, form, actions);
    ImGui::EndDisabled();
    Gap(12);
    DrawRealityCheck(model, reality, actions);
    Gap(20);
}

} // namespace leeway::ui
