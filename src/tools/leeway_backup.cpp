// leeway-backup: checks and migrates Leeway backup files on the command line, with the very
// importer the app uses.
//   leeway-backup check FILE...     valid, or every problem with its place; exit 1 if any is bad
//   leeway-backup migrate FILE      the file in the current format version, on standard output
//   leeway-backup generate-large [YYYY-MM-DD]
//                                   a valid backup of three years of daily use ending on that
//                                   date (default: today, UTC), for shell/bench.sh
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "core/backup.h"
#include "core/merge.h"

namespace {

constexpr int kExitInvalid = 1;
constexpr int kExitUsage = 2;

int Usage() {
    std::cerr << "usage: leeway-backup check FILE...\n"
                 "       leeway-backup migrate FILE > NEW_FILE\n"
                 "       leeway-backup generate-large [YYYY-MM-DD] > NEW_FILE\n";
    return kExitUsage;
}

bool ReadFile(const std::string& path, std::string& text) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << path << ": cannot be opened\n";
        return false;
    }
    std::ostringstream bytes;
    bytes << file.rdbuf();
    text = bytes.str();
    return true;
}

int Check(int count, char** paths) {
    int status = 0;
    for (int index = 0; index < count; ++index) {
        std::string text;
        if (!ReadFile(paths[index], text)) {
            status = kExitUsage;
            continue;
        }
        const leeway::core::ImportResult result = leeway::core::ImportBackup(text);
        if (result.ok()) {
            std::cout << paths[index] << ": valid Leeway backup, format version "
                      << result.info.schema_version << "\n";
            continue;
        }
        std::cout << paths[index] << ": not a valid Leeway backup\n"
                  << leeway::core::DescribeProblems(result.problems, result.problems.size())
                  << "\n";
        if (status == 0)
            status = kExitInvalid;
    }
    return status;
}

int Migrate(const char* path) {
    std::string text;
    if (!ReadFile(path, text))
        return kExitUsage;
    const leeway::core::ImportResult result = leeway::core::ImportBackup(text);
    if (!result.ok()) {
        std::cerr << path << ": not a valid Leeway backup\n"
                  << leeway::core::DescribeProblems(result.problems, result.problems.size())
                  << "\n";
        return kExitInvalid;
    }
    // The file keeps its own export time and app version: only the format moves forward.
    std::cout << leeway::core::ExportBackup(*result.workbook, result.info);
    return 0;
}

// --- generate-large: a workbook as big as three years of faithful daily use makes it ----------
// Thirty-six finished 30-day programs back to back, then the current one on day 24. Every day
// has a check-in; from day 11 every day has a measurement and every other day a report; each
// program has blockers, sorted requests, an influence trial; the map is rated weekly and the
// stability check is done weekly. Texts vary so that compression sees realistic redundancy.

constexpr int kGeneratedFinishedPrograms = 36;
constexpr int kGeneratedCurrentDay = 24;

std::string GeneratedId(int serial) {
    char id[16];
    std::snprintf(id, sizeof id, "%06x%06x", serial, (serial * 2654435761U) & 0xffffffU);
    return id;
}

std::string Varied(const char* const* texts, size_t count, int index, const std::string& suffix) {
    return std::string(texts[static_cast<size_t>(index) % count]) + suffix;
}

constexpr const char* kDone[] = {
    "Sorted the new requests and wrote down why each one matters",
    "Measured the handoff again and noted what slowed it down",
    "Talked to QA about the ready notice; they want it earlier",
    "Wrote the short report on what changed this week",
    "Retired a blocker that has not come back for two weeks",
    "Asked my lead whether I may move the freeze by a day",
    "Prepared the proposal and the number it should move",
};
constexpr const char* kRequests[] = {
    "Weekly status slides for the steering group",           "Extra sign-off on a minor patch",
    "Re-run of the full regression suite for a text change", "Daily stand-up summary by mail",
    "Screenshot of every store listing before submission",
};
constexpr const char* kBlockers[] = {
    "Another team books the test devices every Monday",
    "QA hears about a ready build only by chance",
    "The release checklist lives in three different documents",
    "Sign-off waits on a manager who travels",
    "Store review notes arrive in a shared inbox nobody reads",
    "Builds fail on a flaky network share",
};

leeway::core::Program GeneratedProgram(int number, const leeway::core::Date& start, int days_lived,
                                       int& serial) {
    using namespace leeway::core;
    const std::string tag = " (program " + std::to_string(number + 1) + ")";
    Program program;
    program.challenge =
        "Releases wait on sign-offs I could give myself, round " + std::to_string(number + 1) + ".";
    program.start_date = start;
    program.daily_budget_minutes = 15;
    program.clarity.scope =
        "I coordinate releases of our mobile app, from code freeze to the store submission.";
    for (int index = 0; index < 6; ++index) {
        Blocker blocker;
        blocker.id = GeneratedId(++serial);
        blocker.text = Varied(kBlockers, std::size(kBlockers), index + number, tag);
        blocker.occurrences = 1 + (index * 3 + number) % 7;
        blocker.retired = index % 3 == 2;
        blocker.first_seen = AddDays(start, index);
        blocker.last_seen = AddDays(start, index + 3);
        blocker.outside_reach = index % 4 == 0;
        program.clarity.blockers.push_back(blocker);
    }
    for (int index = 0; index < 20 && index < days_lived; ++index) {
        LoggedRequest request;
        request.id = GeneratedId(++serial);
        request.date = AddDays(start, index % 10);
        request.text = Varied(kRequests, std::size(kRequests), index + number, tag);
        request.verdict = index % 3 == 0 ? RequestVerdict::Needed : RequestVerdict::AvoidableNoise;
        request.reason = request.verdict == RequestVerdict::Needed
                             ? "The store requires it"
                             : "The same numbers are on the release board";
        program.clarity.requests.push_back(request);
    }
    program.clarity.constraint = {"Sign off minor patches myself", "my lead", AddDays(start, 8),
                                  AskOutcome::Lifted};
    for (int day = 1; day <= days_lived; ++day) {
        const Date date = AddDays(start, day - 1);
        CheckIn check_in;
        check_in.date = date;
        check_in.minutes = 8 + (day * 7 + number) % 20;
        check_in.done = Varied(kDone, std::size(kDone), day + number, "");
        check_in.note = day % 4 == 0 ? "Harder than it looked; came back to it after lunch" : "";
        if (day % 5 != 0)
            check_in.stress = 1 + (day + number) % 5;
        program.check_ins.push_back(check_in);
    }
    ResponsibilityLoop& loop = program.responsibility;
    loop.owned_area = "When a build is handed to QA, and with which notes";
    loop.metric = OutcomeMetric{
        MetricKind::HandoffDelay, "Hours from build ready to QA start", "hours", 46, 8,
        BetterDirection::Lower};
    for (int day = 11; day <= days_lived; ++day) {
        const Date date = AddDays(start, day - 1);
        loop.measurements.push_back({GeneratedId(++serial), date, 46.0 - day - (number % 9) * 0.5,
                                     day % 3 == 0 ? "QA picked it up before lunch" : ""});
        if (day % 2 == 1)
            loop.reports.push_back({GeneratedId(++serial), date,
                                    "The ready notice now goes out automatically",
                                    day % 3 == 0 ? "The device booking clashed again" : "",
                                    day % 5 == 0 ? "Asked for a second device pool" : ""});
    }
    if (days_lived >= 21) {
        program.influence.proposal = "Post the ready notice from the build pipeline" + tag;
        program.influence.effect = "QA starts within the working day";
        program.influence.expected_value = 8;
        program.influence.peer = {"Sam from QA", AddDays(start, 21), AddDays(start, 22),
                                  "Yes, and add the notes"};
        program.influence.manager = {"Alex", AddDays(start, 21), std::nullopt, ""};
    }
    return program;
}

leeway::core::Workbook GeneratedWorkbook(const leeway::core::Date& today) {
    using namespace leeway::core;
    Workbook workbook;
    int serial = 0;
    const Date current_start = AddDays(today, -(kGeneratedCurrentDay - 1));
    const Date first_start = AddDays(current_start, -30 * kGeneratedFinishedPrograms);
    for (int number = 0; number < kGeneratedFinishedPrograms; ++number) {
        const Date start = AddDays(first_start, 30 * number);
        workbook.history.push_back({GeneratedProgram(number, start, 30, serial), AddDays(start, 29),
                                    number % 2 == 0 ? "Asking early beat asking loudly." : ""});
    }
    workbook.program =
        GeneratedProgram(kGeneratedFinishedPrograms, current_start, kGeneratedCurrentDay, serial);

    AutonomyMap& map = workbook.map;
    for (int index = 0; index < 12; ++index)
        map.areas.push_back({GeneratedId(++serial), "Decision area " + std::to_string(index + 1),
                             static_cast<AutonomyLevel>(index % 3),
                             AddDays(first_start, index * 40)});
    for (Date date = first_start; DaysBetween(date, today) >= 0; date = AddDays(date, 7)) {
        const int week = static_cast<int>(DaysBetween(first_start, date) / 7);
        for (int freedom = 0; freedom < 3; ++freedom)
            map.ratings.push_back({date, static_cast<Freedom>(freedom),
                                   1 + (week / 20 + freedom) % 5,
                                   week % 4 == 0 ? "A little more room than last month" : ""});
        StabilityCheck check;
        check.date = date;
        check.ownership = {1 + (week + 2) % 5, week % 3 == 0 ? "The handoff is mine now" : ""};
        check.contribution = {1 + (week + 3) % 5, ""};
        check.communication = {1 + (week + 1) % 5, ""};
        check.repair =
            check.ownership.rating == 1 ? "Ask my lead to name the owner in the sync" : "";
        workbook.stability.push_back(check);
        if (week % 2 == 0)
            map.ledger.push_back({GeneratedId(++serial), date, static_cast<LedgerKind>(week % 3),
                                  map.areas[static_cast<size_t>(week) % map.areas.size()].id,
                                  "May now ship minor patches without a second sign-off"});
    }
    workbook.last_export = AddDays(today, -3);
    workbook.safety.support_contacts = "The works council, room 4.12";
    // Every record carries an edit time, as it would after being written in the app.
    StampEdits(Workbook{}, workbook, FormatIsoDate(today) + "T12:00:00Z");
    return workbook;
}

int GenerateLarge(const char* date_text) {
    leeway::core::Date today;
    if (date_text) {
        const auto date = leeway::core::ParseIsoDate(date_text);
        if (!date) {
            std::cerr << "generate-large: expected a date written as YYYY-MM-DD, found \""
                      << date_text << "\"\n";
            return kExitUsage;
        }
        today = *date;
    } else {
        today =
            leeway::core::DateFromDaysSinceEpoch(static_cast<int64_t>(std::time(nullptr) / 86400));
    }
    const leeway::core::BackupInfo info{"generated", FormatIsoDate(today) + "T12:00:00Z"};
    const std::string text = leeway::core::ExportBackup(GeneratedWorkbook(today), info);
    // What is printed must be what the app accepts: checked with the very same importer.
    const leeway::core::ImportResult check = leeway::core::ImportBackup(text);
    if (!check.ok()) {
        std::cerr << "generate-large: the generated workbook is not valid\n"
                  << leeway::core::DescribeProblems(check.problems, check.problems.size()) << "\n";
        return kExitInvalid;
    }
    std::cout << text;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "generate-large" && argc <= 3)
        return GenerateLarge(argc == 3 ? argv[2] : nullptr);
    if (argc < 3)
        return Usage();
    const std::string command = argv[1];
    if (command == "check")
        return Check(argc - 2, argv + 2);
    if (command == "migrate" && argc == 3)
        return Migrate(argv[2]);
    return Usage();
}
