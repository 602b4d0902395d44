// Kiosk mode's screens, driven headless like the page's mirror drives them.
#include <doctest/doctest.h>

#include "core/kiosk.h"
#include "headless.h"

using leeway::testing::HeadlessApp;
namespace core = leeway::core;
namespace ui = leeway::ui;

namespace {

class RecordingKiosk final : public ui::KioskActions {
  public:
    std::vector<std::string> calls;
    core::KioskConfig settings;
    void SetUpKiosk(const std::string& pin, const core::KioskConfig& chosen) override {
        calls.push_back("set-up:" + pin);
        settings = chosen;
    }
    ui::KioskModel* model = nullptr; // told a wrong PIN, as the controller tells it
    void UnlockFacilitator(const std::string& pin) override {
        calls.push_back("unlock:" + pin);
        if (model)
            model->pin_wrong = true;
    }
    void StartSession() override { calls.push_back("start"); }
    void FinishSession() override { calls.push_back("finish"); }
    void WipeNow() override { calls.push_back("wipe"); }
};

void TurnOn(HeadlessApp& app) {
    app.model.kiosk.on = true;
    app.model.kiosk.config = core::NewKioskConfig("00ff00ff00ff");
    app.model.kiosk.config.pin_hash = std::string(64, 'a');
    app.model.kiosk.config.support_contacts = "Ana at the front desk";
}

} // namespace

TEST_CASE("kiosk setup: the PIN is asked twice, mirrored as dots, and the settings go with it") {
    HeadlessApp app;
    RecordingKiosk kiosk;
    app.actions.kiosk = &kiosk;
    app.ui.route = ui::Route::Kiosk;
    app.Settle();
    REQUIRE(app.FindItem("heading", "Set up a training kiosk"));
    const std::string pin_field = "Facilitator PIN (at least 6 digits, or a passphrase)";
    app.TypeInto(pin_field, "2468");
    app.TypeInto("The same PIN again", "2468");
    app.Activate("button", "Turn on kiosk mode");
    CHECK(app.Shows("Choose at least 6 digits, or a passphrase of at least 8 characters."));
    CHECK(kiosk.calls.empty());

    app.TypeInto(pin_field, "246813");
    CHECK(app.FindItem("textbox", pin_field)->at("value") ==
          "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2");
    CHECK(app.Snapshot().dump().find("246813") == std::string::npos);
    app.TypeInto("The same PIN again", "246814");
    app.Activate("button", "Turn on kiosk mode");
    CHECK(app.Shows("The two PINs differ"));
    CHECK(kiosk.calls.empty());

    app.TypeInto("The same PIN again", "246813");
    app.TypeInto("Idle minutes", "0");
    app.Activate("button", "Turn on kiosk mode");
    CHECK(app.Shows("Give a whole number of minutes"));
    CHECK(kiosk.calls.empty());

    app.TypeInto("Idle minutes", "10");
    app.TypeInto("Support contacts", "Ana at the front desk");
    app.Activate("radio", "Session covers: Clarity baseline (days 1-10)");
    // A first setup starts from this device's own choice of examples.
    CHECK(app.FindItem("radio", "Session examples: Software delivery")->at("checked") == true);
    app.Activate("radio", "Session examples: Health and care");
    app.Activate("button", "Turn on kiosk mode");
    REQUIRE(kiosk.calls.size() == 1);
    CHECK(kiosk.calls[0] == "set-up:246813");
    CHECK(kiosk.settings.idle_seconds == 600);
    CHECK(kiosk.settings.support_contacts == "Ana at the front desk");
    CHECK(kiosk.settings.scope == core::KioskScope::ClarityBaseline);
    CHECK(kiosk.settings.examples == core::ExampleSet::HealthAndCare);
}

TEST_CASE(
    "examples: the user's own choice sets the hints; in a kiosk session the facilitator's does") {
    HeadlessApp app;
    app.Settle();
    const std::string challenge = "Your challenge, in one sentence";
    REQUIRE(app.FindItem("textbox", challenge));
    const std::string software_hint = app.FindItem("textbox", challenge)->at("hint");
    CHECK(software_hint.find("releases") != std::string::npos);

    app.Activate("button", "Settings and backup");
    app.Settle();
    REQUIRE(app.FindItem("radio", "Examples from: Software delivery"));
    CHECK(app.FindItem("radio", "Examples from: Software delivery")->at("checked") == true);
    app.Activate("radio", "Examples from: Health and care");
    app.Settle();
    CHECK(app.actions.calls.back() == "choose-examples health-and-care");
    CHECK(app.FindItem("radio", "Examples from: Health and care")->at("checked") == true);
    const std::string care_hint = app.FindItem("textbox", challenge)->at("hint");
    CHECK(care_hint.find("discharge") != std::string::npos);

    // The facilitator chose public service for the room: participants cannot change it.
    TurnOn(app);
    app.model.kiosk.config.examples = core::ExampleSet::PublicService;
    app.model.kiosk.session = true;
    app.Settle();
    REQUIRE(app.FindItem("textbox", challenge));
    const std::string public_hint = app.FindItem("textbox", challenge)->at("hint");
    CHECK(public_hint.find("Applications") != std::string::npos);
    CHECK_FALSE(app.FindItem("radio", "Examples from: Health and care"));
}

TEST_CASE("kiosk welcome: Start, the facilitator's PIN, and no Start after a failed wipe") {
    HeadlessApp app;
    RecordingKiosk kiosk;
    app.actions.kiosk = &kiosk;
    TurnOn(app);
    app.Settle();
    REQUIRE(app.FindItem("heading", "Welcome to this training session"));
    CHECK(app.Shows("Need a hand? Ana at the front desk"));
    app.Activate("button", "Start my session");
    app.Activate("button", "Facilitator");
    app.TypeInto("Facilitator PIN", "1111");
    kiosk.model = &app.model.kiosk;
    app.Activate("button", "Unlock");
    CHECK(app.Shows("That PIN is not right."));
    CHECK(kiosk.calls == std::vector<std::string>{"start", "unlock:1111"});

    // After wrong PINs in a row the next try waits, and says how long; Unlock cannot be pressed.
    app.model.kiosk.pin_wrong_in_a_row = 5;
    app.model.kiosk.pin_wait_seconds = 125;
    app.Settle();
    CHECK(app.Shows("That PIN is not right. 5 wrong PINs in a row, so the next try has to wait."));
    CHECK(app.Shows("You can try again in 2 minutes 5 seconds."));
    CHECK(app.FindItem("button", "Unlock")->at("disabled") == true);
    app.model.kiosk.pin_wait_seconds = 0;
    app.model.kiosk.pin_checking = true;
    app.Settle();
    CHECK(app.Shows("Checking the PIN..."));
    app.model.kiosk.pin_checking = false;
    app.model.kiosk.pin_wrong = false;

    app.model.kiosk.wipe_problem = "the browser could not delete the stored data";
    app.Settle();
    CHECK(app.Shows("This computer is not ready yet"));
    CHECK_FALSE(app.FindItem("button", "Start my session"));
}

TEST_CASE("kiosk session: the bar above the usual screens, no backup reminder, and the countdown") {
    HeadlessApp app;
    RecordingKiosk kiosk;
    app.actions.kiosk = &kiosk;
    // Eight days without a backup would earn a reminder outside kiosk mode.
    app.model.workbooks.Change().program = core::Program{"Reviews wait on my lead", {2026, 11, 18}};
    app.model.today = {2026, 11, 26};
    app.Settle();
    CHECK(app.Shows("no backup yet"));

    TurnOn(app);
    app.model.kiosk.session = true;
    app.Settle();
    CHECK(app.FindItem("heading", "Day 9 of 30"));
    CHECK_FALSE(app.Shows("no backup yet"));
    app.Activate("button", "Finish my session");
    CHECK(kiosk.calls == std::vector<std::string>{"finish"});

    app.model.kiosk.countdown_seconds_left = 12;
    app.Settle();
    CHECK(app.FindItem("heading", "Still there?"));
    CHECK(app.Shows("This session ends in 12 seconds"));
    app.model.kiosk.countdown_seconds_left = 0;
    app.Settle();
    CHECK_FALSE(app.FindItem("heading", "Still there?"));
}

TEST_CASE("kiosk finish: take it home, then wipe") {
    HeadlessApp app;
    RecordingKiosk kiosk;
    app.actions.kiosk = &kiosk;
    TurnOn(app);
    app.model.kiosk.session = true;
    app.model.kiosk.finishing = true;
    app.model.workbooks.Change().program = core::Program{"Reviews wait on my lead", {2026, 11, 26}};
    app.model.kiosk.take_home_problem = "Your work is too much for one code.";
    app.Settle();
    REQUIRE(app.FindItem("heading", "Take your work home"));
    CHECK(app.Shows("Your work is too much for one code."));
    app.Activate("button", "Download a backup file");
    CHECK(app.actions.calls == std::vector<std::string>{"export"});
    app.Activate("button", "Wipe and finish");
    CHECK(kiosk.calls == std::vector<std::string>{"wipe"});
}
