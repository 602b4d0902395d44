// Guidance where it matters: support first when a safety flag is marked, the stress rule, the
// watch-outs read from the workbook, a due stability check, and the reality check.
#include <imgui.h>

#include "core/guidance.h"
#include "core/program.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

void DrawSafetyFirst(const AppModel& model, AppActions& actions, bool link) {
    if (!core::AnySafetyFlag(model.workbook().safety))
        return;
    BeginCard("safety-first");
    ImGui::PushStyleColor(ImGuiCol_Text, GetPalette().error);
    StrongParagraph("First: involve the proper support channels early");
    ImGui::PopStyleColor();
    Paragraph(
        "You marked something on the safety check. That is not a personal performance problem to "
        "plan around: bring in people who can protect you, before anything else here.");
    const std::string& contacts = model.workbook().safety.support_contacts;
    // `link` is false on the Safety and support screen itself, where the contacts are below.
    Paragraph(contacts.empty()
                  ? (link ? "Add your support contacts on the Safety and support screen."
                          : "Add your support contacts below.")
                  : "Your contacts: " + contacts);
    if (model.kiosk.on && !model.kiosk.config.support_contacts.empty())
        Paragraph("From the facilitator of this session: " + model.kiosk.config.support_contacts);
    if (link && SecondaryButton("Open safety and support"))
        actions.Navigate(Route::Safety);
    EndCard();
}

void DrawStressCard(const AppModel& model, AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    if (core::ComputeProgramDay(program, model.today).status != core::ProgramStatus::Running ||
        !core::StressIsClimbing(program))
        return;
    BeginCard("stress");
    StrongParagraph("Your stress ratings are climbing");
    Paragraph(
        "The program can wait. Pausing costs nothing, and talking to someone qualified (a doctor, "
        "an employee assistance line, a counsellor) is a good next step when stress keeps "
        "building.");
    ImGui::BeginDisabled(!CanEdit(model));
    if (PrimaryButton("Pause the program now"))
        actions.Edit([&](core::Workbook& workbook) {
            return core::PauseProgram(*workbook.program, model.today);
        });
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (SecondaryButton("Support contacts"))
        actions.Navigate(Route::Safety);
    EndCard();
}

void DrawWatchOuts(const AppModel& model, WatchOutForm& form, AppActions& actions) {
    const std::vector<core::WatchOut> found = core::FindWatchOuts(model.workbook(), model.today);
    for (const core::WatchOut& watch_out : found) {
        const int kind = static_cast<int>(watch_out.kind);
        ImGui::PushID(kind);
        BeginCard("watch-out");
        StrongParagraph("Watch out: " + watch_out.title);
        Paragraph(watch_out.evidence);
        Paragraph("Next step: " + watch_out.next_step);
        ImGui::BeginDisabled(!CanEdit(model));
        if (form.dismissing != kind) {
            if (SecondaryButton("Set aside", "Set aside: " + watch_out.title)) {
                form.dismissing = kind;
                form.reason.clear();
            }
        } else {
            TextField("Why it does not apply", "##reason", form.reason,
                      "e.g. I escalated in person", ImGui::CalcItemWidth());
            if (SecondaryButton("Set it aside", "Confirm setting aside: " + watch_out.title) &&
                actions.Edit([&](core::Workbook& workbook) {
                    return core::DismissWatchOut(*workbook.program, watch_out.kind, model.today,
                                                 form.reason);
                }))
                form = WatchOutForm{};
            ImGui::SameLine();
            if (SecondaryButton("Keep it"))
                form = WatchOutForm{};
            if (core::NormalizeSentence(form.reason).empty())
                MutedParagraph("A reason helps you, later, to see whether it was right.");
        }
        ImGui::EndDisabled();
        EndCard();
        ImGui::PopID();
    }
}

void DrawStabilityDue(const AppModel& model, AppActions& actions) {
    const core::StabilityStatus status =
        core::CheckStability(model.workbook().stability, model.today);
    if (status.state == core::StabilityState::Collapsed) {
        BeginCard("stability-collapsed");
        StrongParagraph("Pull back, repair, then expand");
        std::string which;
        for (core::Condition condition : status.collapsed)
            which += (which.empty() ? "" : " and ") + std::string(core::ConditionName(condition));
        Paragraph("Your last stability check shows " + which +
                  " slipping. Narrow your scope for now and repair "
                  "that first.");
        if (SecondaryButton("Open the stability check"))
            actions.Navigate(Route::Stability);
        EndCard();
    } else if (status.due) {
        BeginCard("stability-due");
        StrongParagraph(status.state == core::StabilityState::NotChecked
                            ? "Your first stability check"
                            : "Your weekly stability check is due");
        Paragraph("Three quick ratings: how clear your ownership is, how visible your contribution "
                  "is, and how "
                  "accountable your communication is.");
        if (SecondaryButton("Open the stability check"))
            actions.Navigate(Route::Stability);
        EndCard();
    }
}

void DrawRealityCheck(const AppModel& model, RealityForm& form, AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    const core::RealityCheck reality = core::CheckReality(program);
    if (!reality.applies)
        return;
    if (!form.loaded) {
        form.loaded = true;
        form.note = program.boundary_note;
    }
    BeginCard("reality-check");
    StrongParagraph("More planning will not fix this");
    Paragraph(reality.ask_refused
                  ? "Your ask was refused. Power at work is uneven, and not every constraint is "
                    "reasonable."
                  : "Blockers from outside your reach keep coming back (" +
                        Plural(reality.outside_reach_occurrences, "time", "times") + " so far).");
    Paragraph("Boundary work: say clearly what you will and will not take on, and what the "
              "constraint costs. "
              "Formal channels: take it to whoever owns the rule (a manager's manager, a process "
              "owner, HR) "
              "in writing, with the facts you noted here.");
    ImGui::BeginDisabled(!CanEdit(model));
    TextField("What you did about it", "##boundary-note", form.note,
              "e.g. Raised it in writing with the process owner", ImGui::CalcItemWidth());
    const bool changed = core::NormalizeSentence(form.note) != program.boundary_note;
    ImGui::BeginDisabled(!changed);
    if (SecondaryButton("Save note"))
        actions.Edit([&](core::Workbook& workbook) {
            return core::SetBoundaryNote(*workbook.program, form.note);
        });
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    if (!changed && !program.boundary_note.empty())
        MutedParagraph("Saved.");
    EndCard();
}

} // namespace leeway::ui
