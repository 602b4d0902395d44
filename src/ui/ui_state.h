#pragma once
// Purely visual state: text being typed, which screen part is open. Never saved.

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
    core::Date loaded_for;  // the date the fields were filled for (reloaded when the day changes)
    bool loaded = false;
    std::string done;
    std::string minutes;
    std::string note;
    bool tried = false;
};

struct UiState {
    Route route = Route::Today;
    WelcomeForm welcome;
    ClarityForm clarity;
    CheckInForm check_in;
    DisplaySettings display; // theme and text size, applied by the app before the next frame
    float footer_height = 60.0f; // notice and status line, measured each frame
};

} // namespace leeway::ui
