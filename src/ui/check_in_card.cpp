// Today's check-in: what was done, in how many minutes, against the user's own time budget.
#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <vector>

#include "core/check_in.h"
#include "core/guidance.h"
#include "core/program.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

std::optional<int> ParseMinutes(const std::string& text) {
    if (text.empty() || text.size() > 4 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::atoi(text.c_str());
}

constexpr size_t kEarlierShown = 5; // the rest behind "Show all"

// Fills the fields from the check-in of the day being written: today's, or the earlier one
// being edited.
void LoadForm(CheckInForm& form, const core::Program& program, const core::Date& today) {
    const core::Date day = form.editing.value_or(today);
    if (form.loaded && form.loaded_for == day)
        return;
    const std::optional<core::Date> editing = form.editing;
    const bool show_all = form.show_all;
    form = CheckInForm{};
    form.editing = editing;
    form.show_all = show_all;
    form.loaded = true;
    form.loaded_for = day;
    if (const core::CheckIn* existing = core::FindCheckIn(program, day)) {
        form.done = existing->done;
        form.minutes = std::to_string(existing->minutes);
        form.note = existing->note;
        form.stress = existing->stress ? *existing->stress - 1 : -1;
    }
}

void DrawBudget(const core::Program& program, AppActions& actions) {
    const int budget = program.daily_budget_minutes;
    MutedParagraph("Your time budget: " + std::to_string(budget) +
                   " minutes a day. Keep it small enough "
                   "to fit a normal week.");
    if (SecondaryButton("Less time", "Lower the daily budget") && budget > core::kMinBudgetMinutes)
        actions.Edit([&](core::Workbook& workbook) {
            return core::SetDailyBudget(*workbook.program, budget - 5);
        });
    ImGui::SameLine();
    if (SecondaryButton("More time", "Raise the daily budget") && budget < core::kMaxBudgetMinutes)
        actions.Edit([&](core::Workbook& workbook) {
            return core::SetDailyBudget(*workbook.program, budget + 5);
        });
}

std::string DescribeCheckIn(const core::CheckIn& check_in) {
    std::string text = core::FormatLongDate(check_in.date) + ": " +
                       Plural(check_in.minutes, "minute", "minutes") + ". " +
                       core::EndSentence(check_in.done);
    if (!check_in.note.empty())
        text += " Note: " + core::EndSentence(check_in.note);
    if (check_in.stress)
        text += " Stress " + std::to_string(*check_in.stress) + " of 5.";
    return text;
}

// The check-ins before today, newest first, each with a way to change it.
void DrawEarlierCheckIns(const AppModel& model, CheckInForm& form) {
    const core::Program& program = *model.workbook().program;
    std::vector<const core::CheckIn*> earlier;
    for (auto it = program.check_ins.rbegin(); it != program.check_ins.rend(); ++it)
        if (it->date != model.today)
            earlier.push_back(&*it);
    if (earlier.empty())
        return;
    Gap(8);
    StrongParagraph("Earlier check-ins");
    const size_t shown = form.show_all ? earlier.size() : std::min(earlier.size(), kEarlierShown);
    {
        MirrorGroup list(Container::List, "Earlier check-ins");
        for (size_t index = 0; index < shown; ++index) {
            const core::CheckIn& check_in = *earlier[index];
            const std::string date = core::FormatIsoDate(check_in.date);
            ImGui::PushID(date.c_str());
            MirrorGroup row(Container::ListItem, date);
            MutedParagraph(DescribeCheckIn(check_in));
            if (CanEdit(model) &&
                SecondaryButton("Edit",
                                "Edit the check-in of " + core::FormatLongDate(check_in.date))) {
                form.editing = check_in.date;
                form.loaded = false;
            }
            ImGui::PopID();
        }
    }
    if (earlier.size() > kEarlierShown &&
        SecondaryButton(form.show_all ? "Show fewer" : "Show all###all-check-ins",
                        form.show_all
                            ? "Show fewer check-ins"
                            : "Show all " + std::to_string(earlier.size()) + " earlier check-ins"))
        form.show_all = !form.show_all;
}

} // namespace

void DrawCheckIn(const AppModel& model, CheckInForm& form, AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    // Only a day that has a check-in can be edited (its check-in may have gone with an import).
    if (form.editing && !core::FindCheckIn(program, *form.editing))
        form.editing.reset();
    LoadForm(form, program, model.today);
    const core::Date day = form.editing.value_or(model.today);
    const core::CheckIn* today = core::FindCheckIn(program, day);

    Heading(form.editing ? "Check-in of " + core::FormatLongDate(day) : "Today's check-in");
    const core::Consistency consistency = core::ComputeConsistency(program, model.today);
    MutedParagraph("Checked in on " + std::to_string(consistency.days_checked_in) + " of " +
                   std::to_string(consistency.days_so_far) +
                   (consistency.days_so_far == 1 ? " day" : " days") +
                   " so far. Missing a day is fine.");
    if (!form.editing && !today && core::MissedTwoDaysInARow(program, model.today))
        Paragraph(
            "The last two days went by without a check-in. No harm done: a two-minute note today "
            "picks the thread back up.");

    ImGui::BeginDisabled(!CanEdit(model));
    const float width = ImGui::CalcItemWidth();
    TextField(form.editing ? "What did you do for your challenge that day?"
                           : "What did you do for your challenge today?",
              "##check-in-done", form.done, "e.g. Sorted this week's requests", width);
    TextField("Minutes spent", "##check-in-minutes", form.minutes, "10", 120.0f);
    TextField("Note (optional)", "##check-in-note", form.note, "Anything worth remembering", width);
    StrongParagraph(form.editing ? "Stress that day (optional)" : "Stress today (optional)");
    MutedParagraph("1 is calm, 5 is overwhelmed. Only you see it; it helps notice when to pause.");
    constexpr const char* kStressLabels[] = {"1", "2", "3", "4", "5"};
    static_assert(std::size(kStressLabels) == core::kMaxStress - core::kMinStress + 1);
    form.stress =
        ChoiceRow(kStressLabels, form.stress, form.editing ? "Stress that day" : "Stress today");

    const std::optional<int> minutes = ParseMinutes(form.minutes);
    const core::CheckInProblem problem = minutes
                                             ? core::CheckCheckIn(*minutes, form.done, form.note)
                                             : core::CheckInProblem::BadMinutes;
    const bool nothing_done =
        core::CheckCheckIn(0, form.done, "") == core::CheckInProblem::NothingDone;
    if (form.tried && nothing_done)
        ErrorParagraph("Write a few words about what you did.");
    else if (!form.minutes.empty() && problem == core::CheckInProblem::BadMinutes)
        ErrorParagraph("Minutes are a whole number, up to " +
                       std::to_string(core::kMaxCheckInMinutes) + ".");
    else if (form.tried && form.minutes.empty())
        ErrorParagraph("Add the minutes you spent, roughly.");
    else if (problem == core::CheckInProblem::TooLong)
        ErrorParagraph("Keep it to a line or two.");

    if (PrimaryButton(today ? "Update check-in" : "Save check-in")) {
        form.tried = true;
        if (problem == core::CheckInProblem::None && actions.Edit([&](core::Workbook& workbook) {
                return core::RecordCheckIn(*workbook.program, day, *minutes, form.done, form.note,
                                           form.stress >= 0 ? std::optional<int>(form.stress + 1)
                                                            : std::nullopt);
            }) &&
            form.editing) {
            form.editing.reset(); // done with that day: back to today's
            form.loaded = false;
        }
    }
    if (form.editing) {
        ImGui::SameLine();
        if (SecondaryButton("Back to today's check-in")) {
            form.editing.reset();
            form.loaded = false;
        }
    } else if (today) {
        std::string saved = "Checked in today: " + std::to_string(today->minutes) + " minutes.";
        if (today->minutes > program.daily_budget_minutes)
            saved +=
                " That is over your budget; a lighter day tomorrow keeps the pace sustainable.";
        MutedParagraph(saved);
    }
    DrawBudget(program, actions);
    ImGui::EndDisabled();
    DrawEarlierCheckIns(model, form);
    ImGui::Dummy(ImVec2(0, 12));
}

} // namespace leeway::ui
