#pragma once
// Whether the user's backups are recent enough, and when to remind them gently.

#include <optional>

#include "core/date.h"
#include "core/workbook.h"

namespace leeway::core {

constexpr int kBackupReminderDays = 7;

enum class BackupReminder {
    None,
    NeverExported, // a program has run a week or more without any backup
    Stale,         // the last backup is a week old or more
    PhaseEnd,      // a phase ends today (day 10, 20 or 30): a natural moment for a backup
};

struct BackupHealth {
    BackupReminder reminder = BackupReminder::None;
    int days_since_export = -1; // -1: never exported
    int days_since_start = 0;
};

BackupHealth CheckBackupHealth(const Workbook& workbook, const Date& today);

} // namespace leeway::core
