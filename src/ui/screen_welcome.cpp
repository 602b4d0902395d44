// First open: name one real challenge, pick a start date, start the 30 days.
#include <imgui.h>

#include "core/example.h"
#include "core/program.h"
#include "core/workbook.h"
#include "ui/example_hints.h"
#include "ui/screen_snapshot.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

const char* ChallengeProblemText(core::ChallengeProblem problem) {
    switch (problem) {
    case core::ChallengeProblem::None: return nullptr;
    case core::ChallengeProblem::Empty:
        return "Write your challenge first: one sentence is enough.";
    case core::ChallengeProblem::TooLong:
        return "That is longer than one sentence should be. Keep the heart of it and cut the rest.";
    case core::ChallengeProblem::MoreThanOneSentence:
        return "That reads like more than one sentence. Keep the one that matters most.";
    }
    return nullptr;
}

// Start dates a program may have: up to 29 days back (already under way) or a year ahead.
bool IsReasonableStart(const core::Date& start, const core::Date& today) {
    const int64_t offset = core::DaysBetween(today, start);
    return offset > -core::kProgramDays && offset <= 365;
}

void DrawStartDate(WelcomeForm& form, const core::Date& today) {
    if (!form.start_date_initialized) {
        form.start_date_text = core::FormatIsoDate(today);
        form.start_date_initialized = true;
    }
    const std::optional<core::Date> parsed = core::ParseIsoDate(form.start_date_text);
    TextField("Start date", "##start-date", form.start_date_text, "YYYY-MM-DD", 170.0f);
    const core::Date base = parsed.value_or(today);
    SameLineIfButtonFits("Day earlier");
    if (SecondaryButton("Day earlier"))
        form.start_date_text = core::FormatIsoDate(core::AddDays(base, -1));
    SameLineIfButtonFits("Day later");
    if (SecondaryButton("Day later"))
        form.start_date_text = core::FormatIsoDate(core::AddDays(base, 1));
    SameLineIfButtonFits("Today");
    if (SecondaryButton("Today"))
        form.start_date_text = core::FormatIsoDate(today);

    if (!parsed) {
        ErrorParagraph("Write the date as year-month-day, for example " +
                       core::FormatIsoDate(today) + ".");
        return;
    }
    const int64_t offset = core::DaysBetween(today, *parsed);
    std::string when = core::FormatLongDate(*parsed);
    if (offset == 0)
        when += ": day 1 is today.";
    else if (offset > 0)
        when += ": day 1 is in " + std::to_string(offset) + (offset == 1 ? " day." : " days.");
    else
        when += ": today is already day " + std::to_string(1 - offset) + ".";
    if (IsReasonableStart(*parsed, today))
        MutedParagraph(when);
    else
        ErrorParagraph("Pick a start date within the last " +
                       std::to_string(core::kProgramDays - 1) + " days or the coming year.");
}

} // namespace

void DrawWelcomeScreen(AppModel& model, WelcomeForm& form, AppActions& actions) {
    ImGui::Dummy(ImVec2(0, 24));
    Title("Leeway");
    Paragraph("A private workbook for growing your autonomy at work. "
              "Everything you write stays in this browser: no account, no server.");
    ImGui::Dummy(ImVec2(0, 12));

    const core::AutonomyMap& map = model.workbook().map;
    if (!model.workbook().history.empty()) {
        Heading("Start your next 30 days");
        MutedParagraph(
            "Your autonomy map carries over: " +
            Plural(static_cast<int>(map.areas.size()), "decision area", "decision areas") +
            " and " +
            Plural(static_cast<int>(map.ledger.size()), "ledger entry", "ledger entries") +
            ". Your finished programs are in History.");
    } else {
        Heading("Start your 30 days");
    }
    MutedParagraph(
        "Choose one real challenge from your work right now, such as a decision you keep "
        "waiting on or a handoff that keeps slipping. For 30 days you will get clear on "
        "it, own one part of it, and then improve how it gets done.");

    // The hints and the example follow the user's line of work from the start (also under
    // Settings). In a kiosk session the facilitator has chosen it.
    if (!model.kiosk.on) {
        StrongParagraph("Your line of work");
        FlowRow row;
        for (int index = 0; index < core::kExampleSetCount; ++index) {
            const auto set = static_cast<core::ExampleSet>(index);
            const std::string label = std::string(core::ExampleSetName(set)) + "##line-of-work";
            row.Next(FlowRow::RadioWidth(label.c_str()));
            if (RadioChoice(label.c_str(), model.examples == set,
                            std::string("Your line of work: ") + core::ExampleSetName(set)) &&
                model.examples != set)
                actions.ChooseExamples(set);
        }
        Gap(4);
    }
    const float field_width = ImGui::CalcItemWidth();
    TextField("Your challenge, in one sentence", "##challenge", form.challenge,
              Hints(model).challenge, field_width, {}, core::kMaxChallengeBytes);
    const core::ChallengeProblem problem = core::CheckOneSentence(form.challenge);
    // The field itself says when the text is too long to save.
    const bool show_problem = problem != core::ChallengeProblem::TooLong &&
                              (problem == core::ChallengeProblem::MoreThanOneSentence ||
                               (form.tried_to_start && problem != core::ChallengeProblem::None));
    if (show_problem)
        ErrorParagraph(ChallengeProblemText(problem));

    ImGui::Dummy(ImVec2(0, 4));
    DrawStartDate(form, model.today);

    ImGui::Dummy(ImVec2(0, 8));
    ImGui::BeginDisabled(!CanEdit(model));
    if (PrimaryButton("Start my 30 days")) {
        form.tried_to_start = true;
        const std::optional<core::Date> start = core::ParseIsoDate(form.start_date_text);
        if (problem == core::ChallengeProblem::None && start &&
            IsReasonableStart(*start, model.today))
            actions.StartProgram(form.challenge, *start);
    }

    ImGui::Dummy(ImVec2(0, 24));
    ColumnSeparator();
    MutedParagraph("Coming back with a backup file? Import it to carry on where you left off.");
    if (SecondaryButton("Import backup"))
        actions.ChooseBackupToImport();
    ImGui::EndDisabled();

    if (!model.viewing_example) {
        Gap(12);
        MutedParagraph(
            "Want to see every part filled in first? The example workbook opens read-only and "
            "does not touch your own.");
        if (SecondaryButton("Open the example workbook"))
            actions.OpenExample();
    }
    Gap(12);
    MutedParagraph(
        "Leeway is practical guidance, not legal advice. If you face retaliation, unsafe orders, "
        "discrimination or serious money trouble, start with the support channels.");
    if (SecondaryButton("Safety and support", "Safety and support (not legal advice)"))
        actions.Navigate(Route::Safety);
}

} // namespace leeway::ui
