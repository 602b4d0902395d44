// The screens, driven headless through the same snapshot and requests the page's mirror uses.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/check_in.h"
#include "headless.h"
#include "ui/screen_snapshot.h"

using leeway::testing::HeadlessApp;
namespace core = leeway::core;

namespace {

void ExpectEveryNameReadable(const nlohmann::json& snapshot) {
    for (const nlohmann::json& item : snapshot["items"]) {
        const std::string name = item["name"];
        CHECK_MESSAGE(!name.empty(), "an item has no name");
        CHECK_MESSAGE(name.find("##") == std::string::npos, "\"" << name << "\" shows an ImGui id");
    }
}

leeway::core::Program SampleProgram() { return {"Reviews wait on my lead", {2026, 11, 26}}; }

} // namespace

TEST_CASE("welcome: a one-sentence challenge and today's date start the program") {
    HeadlessApp app;
    app.Settle();
    REQUIRE(app.FindItem("heading", "Start your 30 days"));
    CHECK(app.FindItem("textbox", "Start date")->at("value") == "2026-11-26");
    ExpectEveryNameReadable(app.Snapshot());

    app.TypeInto("Your challenge, in one sentence", "  Zoë's café rota reaches me last  ");
    app.Activate("button", "Day later");
    CHECK(app.FindItem("textbox", "Start date")->at("value") == "2026-11-27");
    app.Activate("button", "Start my 30 days");
    REQUIRE(app.actions.calls.size() == 1);
    CHECK(app.actions.calls[0] == "start:  Zoë's café rota reaches me last  @2026-11-27");
}

TEST_CASE("welcome: problems are shown and nothing starts") {
    HeadlessApp app;
    app.Settle();
    app.Activate("button", "Start my 30 days");
    CHECK(app.Shows("Write your challenge first"));

    app.TypeInto("Your challenge, in one sentence", "Reviews wait. Releases slip.");
    CHECK(app.Shows("more than one sentence"));
    app.TypeInto("Start date", "2026-02-30");
    CHECK(app.Shows("Write the date as year-month-day"));
    app.TypeInto("Start date", "2025-01-01");
    app.TypeInto("Your challenge, in one sentence", "Reviews wait on my lead");
    CHECK(app.Shows("Pick a start date within the last 29 days"));
    app.Activate("button", "Start my 30 days");
    CHECK(app.actions.calls.empty());
}

TEST_CASE("home: day, phase and what it asks follow today's date") {
    HeadlessApp app;
    app.model.workbooks.Change().program = SampleProgram();
    app.model.today = {2026, 12, 16};
    app.Settle();
    CHECK(app.FindItem("heading", "Day 21 of 30"));
    CHECK(app.FindItem("heading", "Days 21-30: Influence trial"));
    CHECK(app.Shows("Ask one peer and one manager for feedback."));
    CHECK(app.FindItem("progressbar", "Day 21 of 30"));
    CHECK(app.Snapshot()["title"] == "Leeway: day 21 of 30");
    ExpectEveryNameReadable(app.Snapshot());

    app.model.today = {2026, 11, 20};
    app.Settle();
    CHECK(app.FindItem("heading", "Your program starts in 6 days"));
    app.model.today = {2026, 12, 26};
    app.Settle();
    CHECK(app.FindItem("heading", "All 30 days are behind you"));
}

TEST_CASE("home: backup buttons, notices and the status line") {
    HeadlessApp app;
    app.model.workbooks.Change().program = SampleProgram();
    app.model.save_status = leeway::ui::SaveStatus::Failed;
    app.model.save_problem = "the browser storage is full";
    app.model.notice =
        leeway::ui::Notice{"bad.json cannot be imported, so nothing was changed.", true};
    app.Settle();
    CHECK(app.FindItem("alert", "bad.json cannot be imported, so nothing was changed."));
    CHECK(app.Shows("Not saved: the browser storage is full"));
    app.Activate("button", "Export backup");
    app.Activate("button", "Import backup");
    app.Activate("button", "Dismiss");
    CHECK(app.actions.calls ==
          std::vector<std::string>{"export", "choose-import", "dismiss-notice"});
}

TEST_CASE("an import that would replace data asks first") {
    HeadlessApp app;
    app.model.workbooks.Change().program = SampleProgram();
    leeway::core::ImportResult result;
    result.workbook = leeway::core::Workbook{};
    result.workbook->program = leeway::core::Program{"Handoffs wait two days", {2026, 11, 1}};
    app.model.pending_import = leeway::ui::PendingImport{"old.json", result};
    app.Settle();
    REQUIRE(app.FindItem("heading", "Replace or merge your workbook?"));
    CHECK(app.Shows("\"Handoffs wait two days\", started Sun 1 Nov 2026"));
    CHECK(app.Shows("\"Reviews wait on my lead\", started Thu 26 Nov 2026"));
    ExpectEveryNameReadable(app.Snapshot());
    app.Activate("button", "Keep what I have");
    CHECK(app.actions.calls == std::vector<std::string>{"cancel-import"});
}

TEST_CASE("the import dialog wraps its text inside the dialog") {
    HeadlessApp app(1100.0f, 800.0f);
    app.model.workbooks.Change().program = SampleProgram();
    leeway::core::ImportResult result;
    result.workbook = leeway::core::Workbook{};
    result.workbook->program = leeway::core::Program{"Handoffs wait two days", {2026, 11, 1}};
    app.model.pending_import =
        leeway::ui::PendingImport{"a-rather-long-backup-file-name.json", result};
    app.Settle();
    const nlohmann::json* heading = app.FindItem("heading", "Replace or merge your workbook?");
    REQUIRE(heading);
    // The dialog is at most 560 px wide, centred: every line of it ends inside.
    const float dialog_right = 550.0f + 280.0f;
    const nlohmann::json& items = app.Snapshot()["items"];
    auto item = std::find(items.begin(), items.end(), *heading);
    int checked = 0;
    for (; item != items.end() && (*item)["role"] != "button"; ++item, ++checked) {
        CAPTURE((*item)["name"].get<std::string>());
        CHECK((*item)["x"].get<float>() + (*item)["width"].get<float>() <= dialog_right);
    }
    CHECK(checked == 4); // the heading and three paragraphs, up to the first button
}

TEST_CASE("controls scrolled out of view are mirrored and scrolled into view when activated") {
    HeadlessApp app(900.0f, 380.0f); // the import button is far below the fold
    app.Settle();
    const nlohmann::json* import = app.FindItem("button", "Import backup");
    REQUIRE(import);
    CHECK(import->at("y").get<float>() > 380.0f);
    app.Activate("button", "Import backup");
    CHECK(app.actions.calls == std::vector<std::string>{"choose-import"});
    CHECK(app.FindItem("button", "Import backup")->at("y").get<float>() < 380.0f);
}

TEST_CASE("controls inside cards below the fold are mirrored under their own id, and work") {
    HeadlessApp app(900.0f, 380.0f); // today's cards start below the fold
    app.model.workbooks.Change().program = SampleProgram();
    app.model.today = {2026, 11, 28};
    app.Settle();
    const nlohmann::json* step = app.FindItem("button", "Open the Clarity baseline");
    REQUIRE(step);
    CHECK(step->contains("offscreen"));
    // Each control is mirrored once, under an id of its own that frames keep.
    const uint32_t step_id = step->at("id").get<uint32_t>();
    CHECK(app.SharedIds() == "");
    app.Frame();
    CHECK(app.FindItem("button", "Open the Clarity baseline")->at("id").get<uint32_t>() == step_id);
    app.Activate("button", "Open the Clarity baseline");
    CHECK(app.FindItem("heading", "Clarity baseline"));
}

TEST_CASE("focus leaving the mirror for the canvas keeps the scroll where it is") {
    HeadlessApp app(900.0f, 900.0f); // the Clarity baseline screen is several screens tall
    app.model.workbooks.Change().program = SampleProgram();
    app.model.today = {2026, 11, 28};
    app.Settle();
    app.Activate("link", "Clarity baseline");
    const nlohmann::json* scope = app.FindItem("textbox", "Scope");
    REQUIRE(scope);
    REQUIRE_FALSE(scope->contains("offscreen"));
    const float scope_y = scope->at("y").get<float>();
    leeway::ui::SetMirrorFocus(scope->at("id").get<uint32_t>()); // Tab to a control in view
    app.Settle();
    CHECK(app.FindItem("textbox", "Scope")->at("y").get<float>() == scope_y);
    // A mouse press moves focus to the canvas: nothing may scroll from under the pointer.
    leeway::ui::SetMirrorFocus(0);
    app.Settle();
    CHECK(app.FindItem("textbox", "Scope")->at("y").get<float>() == scope_y);
}

TEST_CASE("clarity baseline: every part is filled in through the screen") {
    HeadlessApp app(1100.0f, 2400.0f); // tall enough to show the whole screen at once
    app.model.workbooks.Change().program = SampleProgram();
    app.model.today = {2026, 11, 28};
    app.Settle();
    app.Activate("link", "Clarity baseline");
    REQUIRE(app.FindItem("heading", "Clarity baseline"));
    CHECK(app.FindItem("link", "Clarity baseline")->at("current") == true);
    CHECK(app.Snapshot()["title"] == "Leeway: Clarity baseline");
    ExpectEveryNameReadable(app.Snapshot());

    app.TypeInto("Scope", "I own the release checklist. And more.");
    CHECK(app.Shows("more than one sentence"));
    app.TypeInto("Scope", "I own the release checklist, from freeze to submission.");
    app.Activate("button", "Save scope");

    app.TypeInto("New blocker", "Test devices are booked on Mondays");
    app.Activate("button", "Add blocker");
    app.TypeInto("New blocker", "Sign-off from Zoë arrives late");
    app.Activate("button", "Add blocker");
    app.Activate("button", "Seen again: Test devices are booked on Mondays");
    app.Activate("button", "Retire: Sign-off from Zoë arrives late");
    CHECK(app.FindItem("button", "Bring back: Sign-off from Zoë arrives late"));

    app.TypeInto("Request", "Weekly status deck");
    app.Activate("button", "Log request");
    CHECK(app.Shows("Decide: is it needed, or avoidable noise?"));
    app.Activate("radio", "Avoidable noise");
    CHECK(app.FindItem("radio", "Avoidable noise")->at("checked") == true);
    app.TypeInto("Reason", "Same numbers are on the dashboard");
    app.Activate("button", "Log request");
    CHECK(app.Shows("0 needed, 1 avoidable noise."));

    app.TypeInto("What should be lifted", "Approve test-plan changes myself");
    app.TypeInto("Asked of", "Head of QA");
    app.Activate("button", "Asked today");
    app.Activate("radio", "Pending");
    app.Activate("button", "Save the ask");
    CHECK(app.Shows("Saved: pending."));

    const leeway::core::ClarityBaseline& clarity = app.model.workbook().program->clarity;
    CHECK(clarity.scope == "I own the release checklist, from freeze to submission.");
    REQUIRE(clarity.blockers.size() == 2);
    CHECK(clarity.blockers[0].occurrences == 2);
    CHECK(clarity.blockers[1].retired);
    REQUIRE(clarity.requests.size() == 1);
    CHECK(clarity.requests[0].verdict == leeway::core::RequestVerdict::AvoidableNoise);
    CHECK(clarity.requests[0].reason == "Same numbers are on the dashboard");
    CHECK(clarity.constraint.asked_of == "Head of QA");
    CHECK(clarity.constraint.asked_on == leeway::core::Date{2026, 11, 28});
    CHECK(clarity.constraint.outcome == leeway::core::AskOutcome::Pending);
    ExpectEveryNameReadable(app.Snapshot());
}

TEST_CASE("today's check-in: saved, updated, counted, and a nudge after two missed days") {
    HeadlessApp app(1100.0f, 2000.0f);
    app.model.workbooks.Change().program = SampleProgram(); // starts Thu 26 Nov
    app.model.today = {2026, 11, 29};
    app.Settle();
    CHECK(app.Shows("Checked in on 0 of 4 days so far."));
    CHECK(app.Shows("The last two days went by without a check-in."));
    app.Activate("button", "Save check-in");
    CHECK(app.Shows("Write a few words about what you did."));
    app.TypeInto("What did you do for your challenge today?", "Sorted this week's requests");
    app.TypeInto("Minutes spent", "25");
    app.Activate("button", "Save check-in");
    CHECK(app.Shows("Checked in on 1 of 4 days so far."));
    CHECK(app.Shows("That is over your budget"));
    CHECK_FALSE(app.Shows("The last two days went by"));
    app.TypeInto("Minutes spent", "10");
    app.Activate("button", "Update check-in");
    app.Activate("button", "Raise the daily budget");
    REQUIRE(app.model.workbook().program->check_ins.size() == 1);
    CHECK(app.model.workbook().program->check_ins[0].minutes == 10);
    CHECK(app.model.workbook().program->daily_budget_minutes == 20);
    CHECK(app.Shows("Your time budget: 20 minutes a day."));
    ExpectEveryNameReadable(app.Snapshot());
}

TEST_CASE("earlier check-ins are listed newest first, and one can be edited") {
    HeadlessApp app(1100.0f, 3000.0f);
    app.model.workbooks.Change().program = SampleProgram(); // starts Thu 26 Nov
    core::Program& program = *app.model.workbooks.Change().program;
    REQUIRE(core::RecordCheckIn(program, {2026, 11, 26}, 10, "Wrote my scope", ""));
    REQUIRE(core::RecordCheckIn(program, {2026, 11, 27}, 15, "Sorted requests", "Zoë helped", 3));
    app.model.today = {2026, 11, 29};
    app.Settle();
    REQUIRE(app.FindItem("text", "Fri 27 Nov 2026: 15 minutes. Sorted requests. Note: Zoë helped. "
                                 "Stress 3 of 5."));
    REQUIRE(app.FindItem("text", "Thu 26 Nov 2026: 10 minutes. Wrote my scope."));
    app.Activate("button", "Edit the check-in of Fri 27 Nov 2026");
    REQUIRE(app.FindItem("heading", "Check-in of Fri 27 Nov 2026"));
    const nlohmann::json* done =
        app.FindItem("textbox", "What did you do for your challenge that day?");
    REQUIRE(done);
    CHECK(done->at("value") == "Sorted requests");
    CHECK(app.FindItem("radio", "Stress that day: 3")->at("checked") == true);
    app.TypeInto("What did you do for your challenge that day?", "Sorted and batched requests");
    app.Activate("button", "Update check-in");
    // Back on today's, with the earlier one changed and today's still empty.
    REQUIRE(app.FindItem("heading", "Today's check-in"));
    const std::vector<core::CheckIn>& check_ins = app.model.workbook().program->check_ins;
    REQUIRE(check_ins.size() == 2);
    CHECK(check_ins[1].done == "Sorted and batched requests");
    CHECK(check_ins[1].date == core::Date{2026, 11, 27});
    CHECK(check_ins[1].stress == 3);
    CHECK(app.FindItem("textbox", "What did you do for your challenge today?")->at("value") == "");
    app.Activate("button", "Edit the check-in of Thu 26 Nov 2026");
    app.Activate("button", "Back to today's check-in");
    CHECK(app.FindItem("heading", "Today's check-in"));
    CHECK(app.model.workbook().program->check_ins[0].done == "Wrote my scope");
}

TEST_CASE("the line of work is chosen on the welcome screen, and the hints follow it") {
    HeadlessApp app;
    app.Settle();
    REQUIRE(app.FindItem("radio", "Your line of work: Software delivery"));
    CHECK(app.FindItem("radio", "Your line of work: Software delivery")->at("checked") == true);
    app.Activate("radio", "Your line of work: Health and care");
    CHECK(app.actions.calls.back() == "choose-examples health-and-care");
}

TEST_CASE("a focused button that its own press pushes down is kept in view above the footer") {
    HeadlessApp app(1100.0f, 640.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.Settle();
    app.Activate("link", "Clarity baseline");
    const nlohmann::json* add = app.FindItem("button", "Add blocker");
    REQUIRE(add);
    const uint32_t id = add->at("id");
    // The keyboard user's way: the button has the focus, and Enter presses it again and again.
    leeway::ui::SetMirrorFocus(id);
    app.Settle();
    REQUIRE_FALSE(app.FindItem("button", "Add blocker")->value("offscreen", false));
    for (int blocker = 0; blocker < 8; ++blocker) {
        leeway::ui::SetItemText(app.FindItem("textbox", "New blocker")->at("id"),
                                "Night shift blocker number " + std::to_string(blocker));
        app.Settle();
        leeway::ui::ActivateItem(id);
        app.Settle();
        const nlohmann::json* button = app.FindItem("button", "Add blocker");
        REQUIRE(button);
        CAPTURE(blocker);
        CHECK_FALSE(button->value("offscreen", false));
    }
    CHECK(app.model.workbook().program->clarity.blockers.size() == 8);
    leeway::ui::SetMirrorFocus(0);
}
