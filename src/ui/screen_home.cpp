// Home: where the program stands today and what the current phase asks.
#include <imgui.h>

#include "core/backup_health.h"
#include "core/check_in.h"
#include "core/guidance.h"
#include "core/history.h"
#include "core/next_step.h"
#include "core/program.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

void DrawPhase(const core::ProgramDay& day) {
    const core::PhaseInfo& phase = core::GetPhaseInfo(day.phase);
    ImGui::PushStyleColor(ImGuiCol_Text, GetPalette().phase[static_cast<int>(day.phase)]);
    Heading("Days " + std::to_string(phase.first_day) + "-" + std::to_string(phase.last_day) +
            ": " + phase.name);
    ImGui::PopStyleColor();
    MutedParagraph("Day " + std::to_string(day.day_in_phase) + " of " +
                   std::to_string(day.phase_length) + " in this phase. " + phase.purpose);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(GetFonts().strong);
    Paragraph("What this phase asks of you");
    ImGui::PopFont();
    for (const char* ask : phase.asks) {
        if (ask)
            Paragraph(std::string("\xE2\x80\xA2 ") + ask); // bullet
    }
}

// A gentle nudge, never a blocker: the user's data only lives in this browser.
void DrawBackupReminder(const AppModel& model, AppActions& actions) {
    if (model.kiosk.on)
        return; // a kiosk session ends with its own way home
    const core::BackupHealth health = core::CheckBackupHealth(model.workbook(), model.today);
    std::string text;
    switch (health.reminder) {
    case core::BackupReminder::None: return;
    case core::BackupReminder::NeverExported:
        text = "You have been at it for " + std::to_string(health.days_since_start) +
               " days and have no backup yet. A backup file keeps your work safe if this browser's "
               "data is cleared.";
        break;
    case core::BackupReminder::Stale:
        text = "Your last backup is " + std::to_string(health.days_since_export) +
               " days old. A fresh one takes a second.";
        break;
    case core::BackupReminder::PhaseEnd:
        text = "This phase ends today: a good moment to export a backup of what you have written.";
        break;
    }
    BeginCard("backup-reminder");
    Paragraph(text);
    if (SecondaryButton("Export a backup now"))
        actions.ExportBackup();
    EndCard();
}

// Pausing costs nothing: the day count stops and nothing counts against the user.
void DrawPauseControl(const AppModel& model, const core::ProgramDay& day, AppActions& actions) {
    ImGui::BeginDisabled(!CanEdit(model));
    if (day.status == core::ProgramStatus::Paused) {
        const core::Pause& pause = model.workbook().program->pauses.back();
        Paragraph(
            "Paused since " + core::FormatLongDate(pause.from) +
            ". Paused days do not count for anything. When you resume, you carry on from day " +
            std::to_string(day.day) + ".");
        if (PrimaryButton("Resume the program"))
            actions.Edit([&](core::Workbook& workbook) {
                return core::ResumeProgram(*workbook.program, model.today);
            });
    } else {
        MutedParagraph("Need a break? Pausing stops the day count, and nothing counts against you "
                       "while the program is paused.");
        if (SecondaryButton("Pause the program"))
            actions.Edit([&](core::Workbook& workbook) {
                return core::PauseProgram(*workbook.program, model.today);
            });
    }
    ImGui::EndDisabled();
    ImGui::Dummy(ImVec2(0, 12));
}

Route RouteForStep(core::StepPlace place) {
    switch (place) {
    case core::StepPlace::Today: return Route::Today;
    case core::StepPlace::Map: return Route::Map;
    case core::StepPlace::Clarity: return Route::Clarity;
    case core::StepPlace::Responsibility: return Route::Responsibility;
    case core::StepPlace::Influence: return Route::Influence;
    }
    return Route::Today;
}

const char* StepButtonLabel(core::StepPlace place) {
    switch (place) {
    case core::StepPlace::Today: return nullptr;
    case core::StepPlace::Map: return "Open the autonomy map";
    case core::StepPlace::Clarity: return "Open the Clarity baseline";
    case core::StepPlace::Responsibility: return "Open the Responsibility loop";
    case core::StepPlace::Influence: return "Open the Influence trial";
    }
    return nullptr;
}

// One concrete thing to do today, read from what is still missing.
void DrawSuggestedStep(const AppModel& model, AppActions& actions) {
    const core::SuggestedStep step = core::SuggestStep(model.workbook(), model.today);
    BeginCard("suggested-step");
    StrongParagraph("Today's step");
    Paragraph(step.text);
    if (const char* label = StepButtonLabel(step.place)) {
        if (SecondaryButton(label))
            actions.Navigate(RouteForStep(step.place));
    }
    EndCard();
}

// The guide's closing move, read from the user's own stability checks: keep the three conditions
// stable while expanding, or pull back and repair first.
void DrawClosingMove(const AppModel& model) {
    const std::vector<core::StabilityCheck>& checks = model.workbook().stability;
    const core::StabilityStatus status = core::CheckStability(checks, model.today);
    std::string trend;
    for (const core::StabilityCheck& check : checks) {
        if (core::DaysBetween(model.workbook().program->start_date, check.date) < 0)
            continue;
        trend += (trend.empty() ? "" : ", then ") + std::to_string(check.ownership.rating) + "/" +
                 std::to_string(check.contribution.rating) + "/" +
                 std::to_string(check.communication.rating);
    }
    StrongParagraph("Your closing move");
    if (!trend.empty())
        MutedParagraph("Your stability checks in this program (ownership/contribution/"
                       "communication, out of 5): " +
                       trend + ".");
    switch (status.state) {
    case core::StabilityState::NotChecked:
    case core::StabilityState::Baseline:
        Paragraph("One more stability check tells you which way to go next: it takes a minute, "
                  "and the next program starts from it.");
        break;
    case core::StabilityState::Holding:
        Paragraph("Ownership, contribution and communication hold. Keep them that way as you take "
                  "on more: say what is yours, show what you did, and tell the people affected.");
        break;
    case core::StabilityState::Collapsed:
    case core::StabilityState::Repairing:
        Paragraph("Your last checks show something slipping. Before you expand, pull back to what "
                  "holds and repair it; the next program can start there.");
        break;
    }
    Gap(4);
}

// Moving the program to history: the natural end after day 30, or earlier when the challenge
// no longer fits. Either way nothing is lost, and the map carries over.
void DrawFinish(const AppModel& model, const core::ProgramDay& day, FinishForm& form,
                AppActions& actions) {
    // Day 30 is the last day: finishing on it is the natural end, not an early one.
    const bool last_day =
        day.status == core::ProgramStatus::Running && day.day == core::kProgramDays;
    const bool done = day.status == core::ProgramStatus::Finished || last_day;
    if (done) {
        Heading(last_day ? "Finish on your last day" : "Finish the program");
        DrawClosingMove(model);
        MutedParagraph(
            "Finishing keeps the whole program in your history with its summary. Your decision "
            "areas, ledger and ratings carry over to the next one.");
    } else if (!form.confirming) {
        MutedParagraph(
            "Has this challenge stopped fitting your work? You can end the program early; "
            "everything you wrote stays in your history.");
        ImGui::BeginDisabled(!CanEdit(model));
        if (SecondaryButton("End the program early"))
            form.confirming = true;
        ImGui::EndDisabled();
        return;
    } else {
        Heading("End the program early?");
        MutedParagraph(
            "It moves to your history as it stands, and you can start a new program right away.");
    }
    ImGui::BeginDisabled(!CanEdit(model));
    TextField("What you take from it (optional)", "##reflection", form.reflection,
              "e.g. Asking early beats asking politely late", ImGui::CalcItemWidth());
    const bool finish =
        done ? PrimaryButton("Finish and keep it in history") : PrimaryButton("Yes, end it now");
    if (finish && actions.Edit([&](core::Workbook& workbook) {
            return core::FinishProgram(workbook, model.today, form.reflection);
        }))
        form = FinishForm{};
    if (!done) {
        ImGui::SameLine();
        if (SecondaryButton("Keep going"))
            form.confirming = false;
    }
    ImGui::EndDisabled();
}

} // namespace

void DrawHomeScreen(const AppModel& model, UiState& ui, AppActions& actions) {
    const core::Program& program = *model.workbook().program;
    const core::ProgramDay day = core::ComputeProgramDay(program, model.today);
    const core::Date end_date = core::ProgramEndDate(program, model.today);

    ImGui::Dummy(ImVec2(0, 16));
    DrawSafetyFirst(model, actions);
    switch (day.status) {
    case core::ProgramStatus::NotStartedYet:
        Title(day.days_until_start == 1
                  ? "Your program starts tomorrow"
                  : "Your program starts in " + std::to_string(day.days_until_start) + " days");
        break;
    case core::ProgramStatus::Running:
        Title("Day " + std::to_string(day.day) + " of " + std::to_string(core::kProgramDays));
        break;
    case core::ProgramStatus::Paused:
        // A day checked in before pausing was worked: the pause comes after it.
        if (core::FindCheckIn(program, model.today))
            Title("Paused after day " +
                  std::to_string(core::ComputeConsistency(program, model.today).days_so_far) +
                  " of " + std::to_string(core::kProgramDays));
        else
            Title("Paused on day " + std::to_string(day.day) + " of " +
                  std::to_string(core::kProgramDays));
        break;
    case core::ProgramStatus::Finished: Title("All 30 days are behind you"); break;
    }
    MutedParagraph("From " + core::FormatLongDate(program.start_date) + " to " +
                   core::FormatLongDate(end_date) +
                   (day.status == core::ProgramStatus::Paused ? ", if you resume today." : "."));
    ProgramProgressBar(day.status == core::ProgramStatus::NotStartedYet ? 0 : day.day,
                       core::kProgramDays);
    ImGui::Dummy(ImVec2(0, 8));

    ImGui::PushFont(GetFonts().strong);
    Paragraph("Your challenge");
    ImGui::PopFont();
    Paragraph(program.challenge);
    ImGui::Dummy(ImVec2(0, 8));

    DrawBackupReminder(model, actions);
    DrawStressCard(model, actions);
    DrawWatchOuts(model, ui.forms.watch_outs, actions);
    DrawStabilityDue(model, actions);
    DrawRealityCheck(model, ui.forms.reality, actions);
    if (day.status != core::ProgramStatus::Paused)
        DrawSuggestedStep(model, actions);
    if (day.status == core::ProgramStatus::Running)
        DrawCheckIn(model, ui.forms.check_in, actions);
    if (day.status == core::ProgramStatus::Running || day.status == core::ProgramStatus::Paused)
        DrawPauseControl(model, day, actions);

    if (day.status == core::ProgramStatus::Running || day.status == core::ProgramStatus::Paused) {
        DrawPhase(day);
    } else if (day.status == core::ProgramStatus::NotStartedYet) {
        Paragraph("Until then, think of where this challenge shows up in a normal week. "
                  "Day 1 begins with the Clarity baseline.");
    }
    if (day.status != core::ProgramStatus::NotStartedYet) {
        Gap(12);
        DrawFinish(model, day, ui.forms.finish, actions);
    }

    ImGui::Dummy(ImVec2(0, 24));
    ColumnSeparator();
    MutedParagraph("Your workbook lives only in this browser. A backup file keeps it safe and "
                   "moves it to another device.");
    if (SecondaryButton("Export backup"))
        actions.ExportBackup();
    ImGui::SameLine();
    ImGui::BeginDisabled(!CanEdit(model));
    if (SecondaryButton("Import backup"))
        actions.ChooseBackupToImport();
    ImGui::EndDisabled();
    MutedParagraph(model.workbook().last_export
                       ? "Last backup: " + core::FormatLongDate(*model.workbook().last_export) + "."
                       : "No backup exported yet.");
    if (!model.viewing_example) {
        Gap(8);
        MutedParagraph("Curious how a finished workbook looks? The example opens read-only and "
                       "leaves yours as it is.");
        if (SecondaryButton("Open the example workbook"))
            actions.OpenExample();
    }
}

} // namespace leeway::ui
