#pragma once
// The user's whole workbook: everything Leeway stores and backs up.

#include <optional>
#include <string>

#include "core/date.h"

namespace leeway::core {

// One 30-day program, run on one real challenge.
struct Program {
    std::string challenge; // the challenge, in one sentence
    Date start_date;

    friend bool operator==(const Program& a, const Program& b) {
        return a.challenge == b.challenge && a.start_date == b.start_date;
    }
};

struct Workbook {
    std::optional<Program> program;
    std::optional<Date> last_export; // local date of the last backup export, for reminders

    friend bool operator==(const Workbook& a, const Workbook& b) {
        return a.program == b.program && a.last_export == b.last_export;
    }
    friend bool operator!=(const Workbook& a, const Workbook& b) { return !(a == b); }
};

} // namespace leeway::core
