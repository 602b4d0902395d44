#include <doctest/doctest.h>

#include "core/backup_health.h"

using namespace leeway::core;

namespace {
Workbook Started(Date start, std::optional<Date> last_export = std::nullopt) {
    Workbook workbook;
    workbook.program = Program{"Reviews wait on my lead", start};
    workbook.last_export = last_export;
    return workbook;
}
} // namespace

TEST_CASE("no program, no reminder") {
    CHECK(CheckBackupHealth(Workbook{}, {2026, 11, 26}).reminder == BackupReminder::None);
}

TEST_CASE("a week without any backup earns a gentle reminder") {
    const Date start{2026, 11, 1};
    CHECK(CheckBackupHealth(Started(start), {2026, 11, 7}).reminder == BackupReminder::None);
    const BackupHealth week = CheckBackupHealth(Started(start), {2026, 11, 8});
    CHECK(week.reminder == BackupReminder::NeverExported);
    CHECK(week.days_since_start == 7);
    CHECK(week.days_since_export == -1);
}

TEST_CASE("a backup resets the clock; a week later it is stale") {
    const Date start{2026, 11, 1};
    CHECK(CheckBackupHealth(Started(start, Date{2026, 11, 12}), {2026, 11, 18}).reminder ==
          BackupReminder::None);
    const BackupHealth stale =
        CheckBackupHealth(Started(start, Date{2026, 11, 12}), {2026, 11, 19});
    CHECK(stale.reminder == BackupReminder::Stale);
    CHECK(stale.days_since_export == 7);
}

TEST_CASE("the last day of each phase suggests a backup unless one was made that day") {
    const Date start{2026, 11, 1};
    CHECK(CheckBackupHealth(Started(start, Date{2026, 11, 9}), {2026, 11, 10}).reminder ==
          BackupReminder::PhaseEnd);
    CHECK(CheckBackupHealth(Started(start, Date{2026, 11, 19}), {2026, 11, 20}).reminder ==
          BackupReminder::PhaseEnd);
    CHECK(CheckBackupHealth(Started(start, Date{2026, 11, 29}), {2026, 11, 30}).reminder ==
          BackupReminder::PhaseEnd);
    CHECK(CheckBackupHealth(Started(start, Date{2026, 11, 10}), {2026, 11, 10}).reminder ==
          BackupReminder::None);
    CHECK(CheckBackupHealth(Started(start, Date{2026, 11, 10}), {2026, 11, 11}).reminder ==
          BackupReminder::None);
}

TEST_CASE("a program that starts later needs no backup yet") {
    CHECK(CheckBackupHealth(Started({2026, 12, 20}), {2026, 12, 1}).reminder ==
          BackupReminder::None);
}
