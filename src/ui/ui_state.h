#pragma once
// Purely visual state: text being typed, which screen part is open. Never saved.

#include <cstdint>
#include <string>

#include "core/date.h"
#include "ui/app_model.h"
#include "ui/display_settings.h"

namespace leeway::ui {

struct WelcomeForm {
    std::string challenge;
    std::string start_date_text; // what the user typed, YYYY-MM-DD
    bool start_date_initialized = false;
    bool tried_to_start = false; // show problems only after the first attempt
};

struct ClarityForm {
    bool loaded = false; // scope and ask fields start from the stored values once
    std::string scope;
    bool tried_scope = false;
    std::string new_blocker;
    std::string request_text;
    int request_verdict = 0; // core::RequestVerdict
    std::string request_reason;
    bool tried_request = false;
    std::string ask_what;
    std::string ask_of;
    std::string ask_on;
    int ask_outcome = 0; // core::AskOutcome
    bool tried_ask = false;
};

struct CheckInForm {
    core::Date loaded_for; // the date the fields were filled for (reloaded when the day changes)
    bool loaded = false;
    std::optional<core::Date> editing; // an earlier day's check-in being changed; none: today's
    bool show_all = false;             // every earlier check-in, not only the latest few
    std::string done;
    std::string minutes;
    std::string note;
    int stress = -1; // the chosen stress rating minus one, -1 for not rated
    bool tried = false;
};

struct MapForm {
    int rating[3] = {-1, -1, -1}; // per core::Freedom: the chosen rating minus one, -1 for none
    std::string rating_note[3];
    std::string new_area;
    int new_area_level = 0; // core::AutonomyLevel
    int ledger_kind = 0;    // core::LedgerKind
    int ledger_area = 0;    // 0: no particular area, else 1 + the area's index
    std::string ledger_text;
    std::string ledger_date;
    bool tried_ledger = false;
};

struct ResponsibilityForm {
    bool loaded = false; // fields start from the stored values once
    std::string owned_area;
    int metric_kind = 0; // core::MetricKind
    std::string metric_name;
    std::string metric_unit;
    std::string metric_baseline;
    std::string metric_target;
    int metric_better = 0; // core::BetterDirection
    bool tried_metric = false;
    std::string measurement_value;
    std::string measurement_note;
    std::string measurement_date;
    bool tried_measurement = false;
    std::string measurement_logged; // said once, as a status the mirror announces
    std::string report_changed;
    std::string report_failed;
    std::string report_escalated;
    bool tried_report = false;
};

struct FeedbackForm {
    std::string who;
    std::string asked_on;
    std::string received_on;
    std::string said;
    bool tried = false;
};

struct InfluenceForm {
    bool loaded = false;
    std::string proposal;
    std::string effect;
    std::string expected_value;
    bool tried_proposal = false;
    FeedbackForm peer;
    FeedbackForm manager;
};

struct HistoryForm {
    int open_index = -1; // the finished program shown in full, -1 for none
};

// Setting a watch-out aside takes a reason.
struct WatchOutForm {
    int dismissing = -1; // the core::WatchOutKind being dismissed, -1 for none
    std::string reason;
};

struct StabilityForm {
    int rating[3] = {-1, -1, -1}; // per core::Condition: the rating minus one, -1 for none
    std::string note[3];
    std::string repair;
    bool tried = false;
    std::string pull_back;
};

struct SafetyForm {
    bool loaded = false;
    std::string support_contacts;
};

struct RealityForm {
    bool loaded = false;
    std::string note;
};

// Which sections the 1:1 report includes, in core::ReportSection order.
struct ReportForm {
    bool include[6] = {true, true, true, true, true, true};
};

// Finishing the program: asked on Today, with an optional reflection.
struct FinishForm {
    bool confirming = false;
    std::string reflection;
};

// Kiosk mode: the facilitator's setup and PIN fields.
struct KioskForm {
    bool loaded = false; // the fields start from the stored settings once
    std::string pin;
    std::string pin_again;
    std::string idle_minutes = "5";
    std::string support;
    int scope = 0;    // core::KioskScope
    int examples = 0; // core::ExampleSet
    bool tried = false;
    bool asking_pin = false; // the participant screen shows the facilitator's PIN field
    std::string unlock_pin;
    int code_index = 0; // which take-home code the finish screen shows
};

// The forms that edit the workbook. All of them start over together when the workbook is
// replaced or another program begins (screens.cpp), so a form added here is reset by
// construction and can never show the fields of a workbook that is gone.
struct WorkbookForms {
    ClarityForm clarity;
    CheckInForm check_in;
    MapForm map;
    ResponsibilityForm responsibility;
    InfluenceForm influence;
    HistoryForm history;
    FinishForm finish;
    WatchOutForm watch_outs;
    StabilityForm stability;
    SafetyForm safety;
    RealityForm reality;
};

// The app's own chrome in the compact (phone) layout: what is opened by a tap.
struct ChromeState {
    bool screens_open = false;   // the list of screens under the menu button
    bool scroll_to_menu = false; // it just opened: the content goes to its top, where it is
};

struct UiState {
    Route route = Route::Today;
    WelcomeForm welcome; // a challenge typed before any program: kept when a workbook is replaced
    WorkbookForms forms;
    ReportForm report; // which sections the report shows, a choice about the page, not the workbook
    DisplaySettings display; // theme and text size, applied by the app before the next frame
    KioskForm kiosk;
    ChromeState chrome;
    float footer_height = 60.0f;      // notice and status line, measured each frame
    uint64_t seen_replacements = 0;   // AppModel::replacements the forms were filled for
    size_t seen_program_key = 0;      // which program they were filled for (see screens.cpp)
    Route drawn_route = Route::Today; // the screen drawn last frame
    bool scroll_to_top = false;
};

} // namespace leeway::ui
