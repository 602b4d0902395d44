// The weekly stability check: the three conditions that keep autonomy stable, rated with a line
// each, their trend, and when one collapses: pull back scope, repair, then expand again.
#include <imgui.h>

#include <iterator>

#include "core/autonomy_map.h"
#include "core/guidance.h"
#include "core/program.h"
#include "ui/example_hints.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

constexpr core::Condition kConditions[] = {
    core::Condition::Ownership, core::Condition::Contribution, core::Condition::Communication};
constexpr const char* kRatingLabels[] = {"1", "2", "3", "4", "5"};
static_assert(std::size(kRatingLabels) ==
              core::kMaxConditionRating - core::kMinConditionRating + 1);

const char* ConditionQuestion(core::Condition condition) {
    switch (condition) {
    case core::Condition::Ownership:
        return "Is it clear what is yours to decide, to you and to others?";
    case core::Condition::Contribution: return "Can people see what you contributed this week?";
    case core::Condition::Communication:
        return "Did you tell the people affected what you decided, and why?";
    }
    return "";
}

const core::ConditionRating& RatingOf(const core::StabilityCheck& check,
                                      core::Condition condition) {
    switch (condition) {
    case core::Condition::Ownership: return check.ownership;
    case core::Condition::Contribution: return check.contribution;
    case core::Condition::Communication: return check.communication;
    }
    return check.ownership;
}

void DrawStatus(const AppModel& model, StabilityForm& form, AppActions& actions) {
    const core::StabilityStatus status =
        core::CheckStability(model.workbook().stability, model.today);
    switch (status.state) {
    case core::StabilityState::NotChecked:
        MutedParagraph("No check yet. The first one gives you a baseline.");
        return;
    case core::StabilityState::Baseline: {
        if (status.starts_low.empty()) {
            Paragraph("Your baseline: all three start on solid ground. The next checks show the "
                      "trend from here.");
            return;
        }
        std::string which;
        for (core::Condition condition : status.starts_low)
            which += (which.empty() ? "" : " and ") + std::string(core::ConditionName(condition));
        Paragraph("Your baseline: " + which +
                  " starts low. Nothing has slipped, this is where you begin. Pick one small "
                  "repair (write it in the check below) and keep your scope as it is until the "
                  "next check shows it rising.");
        return;
    }
    case core::StabilityState::Holding:
        Paragraph("All three conditions hold. This is the time to ask for more scope.");
        return;
    case core::StabilityState::Repairing:
        Paragraph(
            "Better again. Wait for one more good check in a row before you expand your scope.");
        return;
    case core::StabilityState::Collapsed: break;
    }
    BeginCard("collapse");
    std::string which;
    for (core::Condition condition : status.collapsed)
        which += (which.empty() ? "" : " and ") + std::string(core::ConditionName(condition));
    ImGui::PushStyleColor(ImGuiCol_Text, GetPalette().error);
    StrongParagraph(core::CapitalizeFirst(which) + " slipped");
    ImGui::PopStyleColor();
    Paragraph("1. Pull back scope: narrow your decision area or step back a level for now, and "
              "record it in the "
              "ledger.");
    Paragraph("2. Repair: one concrete action for what slipped (write it in the check below).");
    Paragraph("3. Expand again only after two checks in a row where all three hold.");
    ImGui::BeginDisabled(!CanEdit(model));
    TextField("Pull-back to record", "##pull-back", form.pull_back, Hints(model).pull_back,
              ImGui::CalcItemWidth());
    if (SecondaryButton("Record the pull-back in the ledger") &&
        !core::NormalizeSentence(form.pull_back).empty()) {
        const std::string id = actions.NewId();
        if (actions.Edit([&](core::Workbook& workbook) {
                return core::AddLedgerEntry(workbook.map, id, model.today,
                                            core::LedgerKind::PullBack, "", form.pull_back);
            }))
            form.pull_back.clear();
    }
    ImGui::EndDisabled();
    EndCard();
}

void DrawNewCheck(const AppModel& model, StabilityForm& form, AppActions& actions) {
    Heading("This week's check");
    ImGui::BeginDisabled(!CanEdit(model));
    for (core::Condition condition : kConditions) {
        const int index = static_cast<int>(condition);
        ImGui::PushID(index);
        StrongParagraph(core::CapitalizeFirst(core::ConditionName(condition)));
        MutedParagraph(ConditionQuestion(condition));
        form.rating[index] = ChoiceRow(kRatingLabels, form.rating[index],
                                       core::CapitalizeFirst(core::ConditionName(condition)));
        TextField("One line", "##note", form.note[index], "What makes it this number?",
                  ImGui::CalcItemWidth(),
                  std::string("One line: ") + core::ConditionName(condition));
        ImGui::PopID();
    }
    TextField("Repair action (optional)", "##repair", form.repair, Hints(model).repair,
              ImGui::CalcItemWidth());
    const bool complete = form.rating[0] >= 0 && form.rating[1] >= 0 && form.rating[2] >= 0;
    if (form.tried && !complete)
        ErrorParagraph("Rate all three conditions.");
    if (PrimaryButton("Save the check")) {
        form.tried = true;
        if (complete) {
            core::StabilityCheck check{model.today,
                                       {form.rating[0] + 1, form.note[0]},
                                       {form.rating[1] + 1, form.note[1]},
                                       {form.rating[2] + 1, form.note[2]},
                                       form.repair};
            if (actions.Edit([&](core::Workbook& workbook) {
                    return core::RecordStabilityCheck(workbook, check);
                }))
                form = StabilityForm{};
        }
    }
    ImGui::EndDisabled();
}

void DrawTrend(const AppModel& model) {
    const std::vector<core::StabilityCheck>& checks = model.workbook().stability;
    if (checks.empty())
        return;
    Heading("Trend");
    const std::string span = checks.size() == 1
                                 ? " (" + core::FormatLongDate(checks.front().date) + ")"
                                 : " (" + core::FormatLongDate(checks.front().date) + " to " +
                                       core::FormatLongDate(checks.back().date) + ")";
    MutedParagraph("Ratings out of 5, oldest first" + span + ".");
    for (core::Condition condition : kConditions) {
        std::string line = core::CapitalizeFirst(core::ConditionName(condition)) + ": ";
        for (size_t index = 0; index < checks.size(); ++index)
            line += (index == 0 ? "" : ", ") +
                    std::to_string(RatingOf(checks[index], condition).rating);
        Paragraph(line + ".");
    }
    {
        MirrorGroup list(Container::List, "Past checks");
        for (auto it = checks.rbegin(); it != checks.rend(); ++it) {
            MirrorGroup row(Container::ListItem, core::FormatIsoDate(it->date));
            Gap(4);
            StrongParagraph(core::FormatLongDate(it->date));
            for (core::Condition condition : kConditions) {
                const core::ConditionRating& rating = RatingOf(*it, condition);
                Paragraph(core::CapitalizeFirst(core::ConditionName(condition)) + ": " +
                          std::to_string(rating.rating) +
                          (rating.note.empty() ? "" : ". " + rating.note));
            }
            if (!it->repair.empty())
                Paragraph("Repair: " + it->repair);
        }
    }
}

} // namespace

void DrawStabilityScreen(const AppModel& model, StabilityForm& form, AppActions& actions) {
    Gap(8);
    Title("Stability check");
    MutedParagraph("Autonomy holds while three things hold: clearly defined ownership, visible "
                   "contribution and "
                   "accountable communication. Once a week, rate each from 1 to 5 with a line.");
    Gap();
    DrawStatus(model, form, actions);
    Gap(12);
    DrawNewCheck(model, form, actions);
    Gap(20);
    DrawTrend(model);
    Gap(20);
}

} // namespace leeway::ui
