#include "core/backup_health.h"

#include "core/program.h"

namespace leeway::core {

BackupHealth CheckBackupHealth(const Workbook& workbook, const Date& today) {
    BackupHealth health;
    if (!workbook.program)
        return health;
    health.days_since_start = static_cast<int>(DaysBetween(workbook.program->start_date, today));
    if (workbook.last_export)
        health.days_since_export = static_cast<int>(DaysBetween(*workbook.last_export, today));
    if (health.days_since_export == 0 || health.days_since_start < 0)
        return health; // backed up today, or nothing written on a running program yet

    const ProgramDay day = ComputeProgramDay(*workbook.program, today);
    const bool phase_ends_today =
        day.status == ProgramStatus::Running && day.day_in_phase == day.phase_length;
    if (phase_ends_today)
        health.reminder = BackupReminder::PhaseEnd;
    else if (health.days_since_export < 0 && health.days_since_start >= kBackupReminderDays)
        health.reminder = BackupReminder::NeverExported;
    else if (health.days_since_export >= kBackupReminderDays)
        health.reminder = BackupReminder::Stale;
    return health;
}

} // namespace leeway::core
