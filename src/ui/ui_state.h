#pragma once
// Purely visual state: text being typed, which screen part is open. Never saved.

#include <string>

#include "core/date.h"

namespace leeway::ui {

struct WelcomeForm {
    std::string challenge;
    std::string start_date_text; // what the user typed, YYYY-MM-DD
    bool start_date_initialized = false;
    bool tried_to_start = false; // show problems only after the first attempt
};

struct UiState {
    WelcomeForm welcome;
    float footer_height = 60.0f; // notice and status line, measured each frame
};

} // namespace leeway::ui
