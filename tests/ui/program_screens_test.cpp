// The screens after the Clarity baseline, driven headless like the page's mirror drives them.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/example.h"
#include "core/history.h"
#include "headless.h"

using leeway::testing::HeadlessApp;
namespace core = leeway::core;

namespace {

core::Program SampleProgram() { return {"Builds wait two days for QA", {2026, 11, 12}}; }

std::string ReadExample() {
    std::ifstream file(LEEWAY_EXAMPLE_WORKBOOK, std::ios::binary);
    REQUIRE(file.good());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("autonomy map: freedoms rated, an area placed and moved, the ledger kept") {
    HeadlessApp app(1100.0f, 3200.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.Settle();
    app.Activate("link", "Autonomy map");
    REQUIRE(app.FindItem("heading", "Autonomy map"));
    CHECK(app.Snapshot()["title"] == "Leeway: autonomy map");

    app.Activate("radio", "Freedom over methods, rating: 2");
    app.TypeInto("Note: Freedom over methods", "I follow the runbook");
    app.Activate("button", "Save rating: Freedom over methods");
    CHECK(app.Shows("Now 2 of 5, rated Thu 26 Nov 2026. \"I follow the runbook\""));
    // Saved, the choice still shows the rating given.
    CHECK(app.FindItem("radio", "Freedom over methods, rating: 2")->at("checked") == true);
    app.model.today = {2026, 12, 3};
    app.Activate("radio", "Freedom over methods, rating: 4");
    app.Activate("button", "Save rating: Freedom over methods");
    CHECK(app.Shows("Now 4 of 5, rated Thu 3 Dec 2026, up from 2 on Thu 26 Nov 2026."));

    app.TypeInto("New decision area", "Handoff of builds to QA");
    app.Activate("button", "Add area");
    CHECK(app.Shows("Procedural since Thu 3 Dec 2026."));
    app.Activate("radio", "Handoff of builds to QA, level: Decision");
    CHECK(app.Shows("Decision since Thu 3 Dec 2026."));

    app.Activate("button", "Add to ledger");
    CHECK(app.Shows("Say what you earned or gave back, in a line."));
    app.Activate("radio", "Ledger entry kind: Extension earned");
    app.Activate("radio", "Ledger entry area: Handoff of builds to QA");
    app.TypeInto("What changed", "Approval now covers every release");
    app.Activate("button", "Add to ledger");
    CHECK(app.Shows("0 permissions, 1 extension, 0 pull-backs."));
    // An area the ledger points at keeps its place: no Remove button.
    CHECK_FALSE(app.FindItem("button", "Remove area: Handoff of builds to QA"));

    const core::AutonomyMap& map = app.model.workbook().map;
    REQUIRE(map.ratings.size() == 2);
    REQUIRE(map.areas.size() == 1);
    CHECK(map.areas[0].level == core::AutonomyLevel::Decision);
    REQUIRE(map.ledger.size() == 1);
    CHECK(map.ledger[0].kind == core::LedgerKind::Extension);
    CHECK(map.ledger[0].area_id == map.areas[0].id);
}

TEST_CASE("responsibility loop: owned area, a metric that makes sense, measurements and a report") {
    HeadlessApp app(1100.0f, 3200.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.model.workbooks.Change().map.areas.push_back(
        {"a1", "Handoff of builds to QA", core::AutonomyLevel::Decision, {2026, 11, 12}});
    app.Settle();
    CHECK(app.Shows("Pick the one decision area you can fully own for the next ten days."));
    app.Activate("button", "Open the Responsibility loop");
    REQUIRE(app.FindItem("heading", "Responsibility loop"));
    CHECK(app.Shows("Days 11-20 of your program. Today is day 15."));
    CHECK(app.Shows("Save your metric first"));

    app.Activate("button", "Use decision area: Handoff of builds to QA");
    app.Activate("button", "Save decision area");
    app.Activate("radio", "Kind of metric: Handoff delay");
    app.TypeInto("What you measure", "Hours from build ready to QA start");
    app.TypeInto("Unit", "hours");
    app.TypeInto("Baseline (now)", "46");
    app.TypeInto("Target", "abc");
    CHECK(app.Shows("Baseline and target must be numbers"));
    app.TypeInto("Target", "60");
    app.Activate("button", "Save metric");
    CHECK(app.Shows("The target should be better than the baseline"));
    CHECK_FALSE(app.model.workbook().program->responsibility.metric);
    app.TypeInto("Target", "8");
    app.Activate("button", "Save metric");
    REQUIRE(app.model.workbook().program->responsibility.metric);

    app.TypeInto("Value, in hours", "27,5");
    app.TypeInto("Measured on", "2026-11-25");
    app.Activate("button", "Log measurement");
    CHECK(app.Shows("Wed 25 Nov 2026: 27.5 hours"));
    // Said to a screen reader as it happens, and in the chart's table.
    CHECK(app.FindItem("status", "Logged 27.5 hours for Wed 25 Nov 2026."));
    CHECK(app.FindItem("columnheader", "Value"));
    CHECK(app.FindItem("cell", "27.5 hours"));
    CHECK(app.Shows(
        "Chart of Hours from build ready to QA start: baseline 46 hours, target 8 hours (lower is "
        "better). 1 measurement; latest 27.5 hours, 49% of the way to the target."));
    app.Activate("button", "Save report");
    CHECK(app.Shows("Fill in at least one of the three."));
    app.TypeInto("What was escalated", "Device booking clash");
    app.Activate("button", "Save report");
    CHECK(app.Shows("Escalated: Device booking clash"));

    const core::ResponsibilityLoop& loop = app.model.workbook().program->responsibility;
    CHECK(loop.owned_area == "Handoff of builds to QA");
    CHECK(loop.metric->kind == core::MetricKind::HandoffDelay);
    CHECK(loop.metric->target == 8);
    REQUIRE(loop.measurements.size() == 1);
    CHECK(loop.measurements[0].date == core::Date{2026, 11, 25});
    REQUIRE(loop.reports.size() == 1);
    CHECK(loop.reports[0].escalated == "Device booking clash");
}

TEST_CASE("influence trial: the proposal and feedback from a peer and a manager") {
    HeadlessApp app(1100.0f, 3000.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.model.today = {2026, 12, 3}; // day 22
    app.Settle();
    app.Activate("link", "Influence trial");
    REQUIRE(app.FindItem("heading", "Influence trial"));
    app.TypeInto("Process improvement", "Name one handoff owner at each kickoff");
    app.Activate("button", "Save proposal");
    CHECK(app.Shows("Name the one effect you expect, in a way you could measure."));
    app.TypeInto("Measurable effect", "Handoffs wait less than a day");
    app.Activate("button", "Save proposal");

    app.TypeInto("Peer", "Tomás");
    app.Activate("button", "Peer asked on: today");
    app.Activate("button", "Save peer feedback");
    CHECK(app.Shows("Asked Tomás on Thu 3 Dec 2026."));
    app.model.today = {2026, 12, 5};
    app.Settle();
    CHECK(app.Shows("Asked Tomás on Thu 3 Dec 2026; waiting for 2 days."));
    app.TypeInto("What the peer said", "Good idea");
    app.Activate("button", "Save peer feedback");
    CHECK(app.Shows("Give the date the answer came."));
    app.Activate("button", "Peer answered on: today");
    app.Activate("button", "Save peer feedback");
    CHECK(app.Shows("Tomás answered on Sat 5 Dec 2026."));

    const core::InfluenceTrial& trial = app.model.workbook().program->influence;
    CHECK(trial.proposal == "Name one handoff owner at each kickoff");
    CHECK(trial.peer.said == "Good idea");
    CHECK(trial.peer.received_on == core::Date{2026, 12, 5});
    CHECK(trial.manager.who.empty());
}

TEST_CASE("finishing moves the program to history; the next start keeps the map") {
    HeadlessApp app(1100.0f, 2400.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.model.workbooks.Change().map.areas.push_back(
        {"a1", "Release notes", core::AutonomyLevel::Decision, {2026, 11, 12}});
    app.model.today = {2026, 12, 20}; // past day 30
    app.Settle();
    CHECK(app.FindItem("heading", "All 30 days are behind you"));
    app.TypeInto("What you take from it (optional)", "Ask early");
    app.Activate("button", "Finish and keep it in history");
    CHECK_FALSE(app.model.workbook().program);
    REQUIRE(app.model.workbook().history.size() == 1);
    CHECK(app.FindItem("heading", "Start your next 30 days"));
    CHECK(app.Shows("Your autonomy map carries over: 1 decision area and 0 ledger entries."));
    // With no program running, the backup is still one press away.
    app.actions.calls.clear();
    app.Activate("button", "Settings and backup");
    app.Activate("button", "Export a backup file");
    app.Activate("button", "Import a backup file");
    CHECK(app.actions.calls == std::vector<std::string>{"export", "choose-import"});
    app.Activate("link", "History");
    CHECK(app.FindItem("heading", "Builds wait two days for QA"));
    CHECK(app.Shows("Your reflection: \"Ask early\""));
    app.Activate("button", "Show the details: Builds wait two days for QA");
    CHECK(app.FindItem("button", "Hide the details: Builds wait two days for QA"));
    // Without a program, the phase screens have no tabs.
    CHECK_FALSE(app.FindItem("link", "Clarity baseline"));
    CHECK(app.FindItem("link", "Autonomy map"));
}

TEST_CASE("day 30 offers Finish with the closing move read from the stability checks") {
    HeadlessApp app(1100.0f, 3200.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.model.workbooks.Change().stability = {
        {{2026, 11, 20}, {4, ""}, {2, ""}, {4, ""}, ""},
        {{2026, 11, 27}, {4, ""}, {3, ""}, {4, ""}, ""},
        {{2026, 12, 4}, {4, ""}, {4, ""}, {5, ""}, ""},
    };
    app.model.today = {2026, 12, 11}; // day 30
    app.Settle();
    REQUIRE(app.FindItem("heading", "Finish on your last day"));
    CHECK(app.Shows("4/2/4, then 4/3/4, then 4/4/5"));
    CHECK(app.Shows("Ownership, contribution and communication hold."));
    CHECK_FALSE(app.FindItem("button", "End the program early"));
    app.Activate("button", "Finish and keep it in history");
    CHECK_FALSE(app.model.workbook().program);
    REQUIRE(app.model.workbook().history.size() == 1);
    CHECK(app.model.workbook().history[0].finished_on == core::Date{2026, 12, 11});
}

TEST_CASE("no two controls of a screen share an id") {
    HeadlessApp app(1100.0f, 900.0f);
    app.Settle();
    CHECK(app.SharedIds() == ""); // the first visit
    app.model.workbooks.Replace(*core::PrepareExample(ReadExample(), app.model.today));
    app.Settle();
    for (const char* tab :
         {"Today", "Autonomy map", "Clarity baseline", "Responsibility loop", "Influence trial",
          "History", "Stability check", "Report for a 1:1", "Safety and support"}) {
        app.Activate("link", tab);
        CAPTURE(std::string(tab));
        CHECK(app.SharedIds() == "");
    }
    // After a program: the start of the next one, with the tabs above it.
    REQUIRE(core::FinishProgram(app.model.workbooks.Change(), app.model.today, ""));
    app.Activate("link", "Today");
    REQUIRE(app.FindItem("textbox", "Start date"));
    CHECK(app.SharedIds() == "");
    // The start date's own "Today" works beside the tab of the same name.
    app.TypeInto("Start date", "2026-12-01");
    app.Activate("button", "Today");
    CHECK(app.FindItem("textbox", "Start date")->at("value") ==
          core::FormatIsoDate(app.model.today));
}

TEST_CASE("on a 360 px phone every screen of the example fits the width") {
    HeadlessApp app(360.0f, 780.0f);
    app.model.workbooks.Replace(*core::PrepareExample(ReadExample(), app.model.today));
    app.model.viewing_example = true;
    app.Settle();
    for (const char* tab :
         {"Today", "Autonomy map", "Clarity baseline", "Responsibility loop", "Influence trial",
          "History", "Stability check", "Report for a 1:1", "Safety and support"}) {
        app.Activate("link", tab);
        const std::string screen = tab;
        CAPTURE(screen);
        REQUIRE(app.FindItem("button", "Screens menu, now on " + screen));
        for (const nlohmann::json& item : app.Snapshot()["items"]) {
            CAPTURE(item.dump());
            CHECK(item["x"].get<float>() >= 0.0f);
            CHECK(item["x"].get<float>() + item["width"].get<float>() <= 360.0f);
        }
    }
}

// The share of a phone's first view that is the screen's own: from its title (where the app's
// chrome above it ends: the screens' navigation, the example's banner) down to the footer.
float ContentShare(const HeadlessApp& app, float height) {
    float title_y = height;
    for (const nlohmann::json& item : app.Snapshot()["items"])
        if (item["role"] == "heading" && item.value("level", 0) == 1)
            title_y = std::min(title_y, item["y"].get<float>());
    return (height - app.ui.footer_height - title_y) / height;
}

TEST_CASE("on a 360 x 740 phone the screen's own content fills at least 70 % of the first view") {
    for (const bool example : {true, false}) {
        HeadlessApp app(360.0f, 740.0f);
        if (example) {
            app.model.workbooks.Replace(*core::PrepareExample(ReadExample(), app.model.today));
            app.model.viewing_example = true;
        } else {
            app.model.workbooks.Change().program = SampleProgram();
        }
        app.model.storage = {true, true, false, 2.0e6, 1.0e9}; // the longest storage line
        app.Settle();
        std::string shares;
        for (const char* tab :
             {"Today", "Autonomy map", "Clarity baseline", "Responsibility loop", "Influence trial",
              "History", "Stability check", "Report for a 1:1", "Safety and support"}) {
            app.Activate("link", tab);
            const float share = ContentShare(app, 740.0f);
            shares +=
                std::string(tab) + " " + std::to_string(static_cast<int>(share * 100)) + "%, ";
            CAPTURE(tab);
            CHECK(share >= 0.70f);
        }
        MESSAGE(std::string(example ? "example: " : "own workbook: ")
                << shares << "footer " << app.ui.footer_height);
    }
}

TEST_CASE("the safety card on the safety screen points below, and the trend says what it shows") {
    HeadlessApp app(1100.0f, 3000.0f);
    app.model.workbooks.Change().program = SampleProgram();
    app.model.workbooks.Change().safety.retaliation_risk = true;
    app.model.workbooks.Change().stability = {
        {{2026, 11, 20}, {3, ""}, {4, ""}, {4, ""}, ""},
        {{2026, 11, 27}, {4, ""}, {4, ""}, {5, ""}, ""},
    };
    app.Settle();
    CHECK(app.Shows("Add your support contacts on the Safety and support screen."));
    app.Activate("link", "Safety and support");
    CHECK(app.Shows("Add your support contacts below."));
    CHECK_FALSE(app.Shows("on the Safety and support screen"));
    app.Activate("link", "Stability check");
    CHECK(app.Shows("Ratings out of 5, oldest first (Fri 20 Nov 2026 to Fri 27 Nov 2026)."));
    CHECK(app.Shows("Clearly defined ownership: 3, 4."));
}
