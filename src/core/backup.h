#pragma once
// The backup file format (assets/schema/): the same document is what storage keeps.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "core/workbook.h"

namespace leeway::core {

constexpr const char* kBackupFormatName = "leeway-backup";
// Version history (assets/schema/README.md): 1 program only; 2 adds workbook.last_export;
// 3 adds program.clarity (scope, blockers, requests, constraint); 4 adds the daily budget and
// check-ins; 5 adds pauses; 6 adds the responsibility loop, the influence trial, the autonomy map
// and the history of finished programs; 7 adds the edit time of each record, for merging; 8 adds
// guidance: stress in check-ins, blockers outside reach, dismissed watch-outs, the boundary note,
// stability checks and the safety check.
constexpr int kBackupSchemaVersion = 8;

struct BackupInfo {
    std::string app_version;
    std::string exported_at; // ISO 8601 UTC, e.g. "2026-11-26T17:02:04Z"
    int schema_version = kBackupSchemaVersion;
};

std::string ExportBackup(const Workbook& workbook, const BackupInfo& info);

// One problem with a file: where it is (a JSON pointer, "" for the whole file) and what was wrong.
struct BackupProblem {
    std::string path;
    std::string message;
};

struct ImportResult {
    std::optional<Workbook> workbook; // set only when the file is valid
    BackupInfo info;
    std::vector<BackupProblem> problems;

    bool ok() const { return workbook.has_value(); }
};

ImportResult ImportBackup(std::string_view text);

// "/workbook/program/start_date: expected a date written as YYYY-MM-DD"
std::string DescribeProblems(const std::vector<BackupProblem>& problems, size_t max_listed = 3);

// "leeway-backup-2026-11-26.json", dated by the user's local calendar.
std::string BackupFileName(const Date& local_date);

} // namespace leeway::core
