#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/backup.h"

using namespace leeway::core;

namespace {

std::string ReadFixture(const std::string& name) {
    std::ifstream file(std::string(LEEWAY_TEST_FIXTURES) + "/" + name, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "missing fixture " << name);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

Workbook SampleWorkbook() {
    Workbook workbook;
    workbook.program = Program{"Привет: reviews \"wait\" on my lead\\team.", {2026, 11, 26}};
    workbook.last_export = Date{2026, 11, 25};
    return workbook;
}

const BackupInfo kInfo{"0.1.0", "2026-11-26T17:02:04Z"};

std::string FirstProblem(std::string_view text) {
    const ImportResult result = ImportBackup(text);
    REQUIRE_FALSE(result.ok());
    REQUIRE_FALSE(result.problems.empty());
    return result.problems.front().path + ": " + result.problems.front().message;
}

} // namespace

TEST_CASE("export, import, export is byte-identical") {
    const std::string first = ExportBackup(SampleWorkbook(), kInfo);
    const ImportResult imported = ImportBackup(first);
    REQUIRE(imported.ok());
    CHECK(*imported.workbook == SampleWorkbook());
    CHECK(imported.info.exported_at == kInfo.exported_at);
    CHECK(ExportBackup(*imported.workbook, imported.info) == first);
}

TEST_CASE("an empty workbook survives the round trip") {
    const std::string text = ExportBackup(Workbook{}, kInfo);
    const ImportResult imported = ImportBackup(text);
    REQUIRE(imported.ok());
    CHECK_FALSE(imported.workbook->program);
}

TEST_CASE("a version 1 file migrates forward: same program, no export date yet") {
    const ImportResult imported = ImportBackup(ReadFixture("backup-v1.json"));
    REQUIRE(imported.ok());
    CHECK(imported.info.schema_version == 1);
    REQUIRE(imported.workbook->program);
    CHECK(imported.workbook->program->start_date == Date{2026, 11, 20});
    CHECK(imported.workbook->program->challenge.rfind("Zoë's café", 0) == 0);
    CHECK_FALSE(imported.workbook->last_export);
    // Written back, it is a current-version file that equals the version 2 fixture.
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v1-migrated.json"));
}

TEST_CASE("a version 2 file migrates forward: same data, an empty clarity baseline") {
    const ImportResult imported = ImportBackup(ReadFixture("backup-v2.json"));
    REQUIRE(imported.ok());
    CHECK(imported.info.schema_version == 2);
    CHECK(imported.workbook->last_export == Date{2026, 11, 25});
    CHECK(imported.workbook->program->clarity == ClarityBaseline{});
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v2-migrated.json"));
}

TEST_CASE(
    "a version 3 file migrates forward: every clarity record, the default budget, no check-ins") {
    const std::string fixture = ReadFixture("backup-v3.json");
    const ImportResult imported = ImportBackup(fixture);
    REQUIRE(imported.ok());
    CHECK(imported.workbook->program->daily_budget_minutes == 15);
    CHECK(imported.workbook->program->check_ins.empty());
    const ClarityBaseline& clarity = imported.workbook->program->clarity;
    CHECK(clarity.scope.rfind("I own the release checklist", 0) == 0);
    REQUIRE(clarity.blockers.size() == 2);
    CHECK(clarity.blockers[0].occurrences == 3);
    CHECK(clarity.blockers[1].retired);
    REQUIRE(clarity.requests.size() == 2);
    CHECK(clarity.requests[0].verdict == RequestVerdict::AvoidableNoise);
    CHECK(clarity.requests[1].text == "Hotfix for the Łódź payment crash");
    CHECK(clarity.constraint.outcome == AskOutcome::Pending);
    CHECK(clarity.constraint.asked_on == Date{2026, 11, 26});
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v3-migrated.json"));
}

TEST_CASE("a version 4 file migrates forward: every check-in, never paused") {
    const ImportResult imported = ImportBackup(ReadFixture("backup-v4.json"));
    REQUIRE(imported.ok());
    const Program& program = *imported.workbook->program;
    CHECK(program.daily_budget_minutes == 20);
    REQUIRE(program.check_ins.size() == 3);
    CHECK(program.check_ins[1].note == "Zoë now signs off before lunch.");
    CHECK(program.clarity.blockers.size() == 2);
    CHECK(program.pauses.empty());
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v4-migrated.json"));
}

TEST_CASE("a version 5 file migrates forward: later phases, map and history start empty") {
    const ImportResult imported = ImportBackup(ReadFixture("backup-v5.json"));
    REQUIRE(imported.ok());
    const Program& program = *imported.workbook->program;
    REQUIRE(program.pauses.size() == 2);
    CHECK(program.pauses[0].resumed == Date{2026, 11, 26});
    CHECK_FALSE(program.pauses[1].resumed);
    CHECK(program.check_ins.size() == 3);
    CHECK(program.responsibility == ResponsibilityLoop{});
    CHECK(program.influence == InfluenceTrial{});
    CHECK(imported.workbook->map == AutonomyMap{});
    CHECK(imported.workbook->history.empty());
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v5-migrated.json"));
}

TEST_CASE("a version 6 file migrates forward: no record has an edit time yet") {
    const ImportResult imported = ImportBackup(ReadFixture("backup-v6.json"));
    REQUIRE(imported.ok());
    CHECK(imported.workbook->edited.empty());
    CHECK(imported.workbook->map.ledger.size() == 2);
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v6-migrated.json"));
}

TEST_CASE("a version 7 file migrates forward: no guidance yet") {
    const ImportResult imported = ImportBackup(ReadFixture("backup-v7.json"));
    REQUIRE(imported.ok());
    CHECK(imported.workbook->stability.empty());
    CHECK(imported.workbook->safety == SafetyCheck{});
    CHECK_FALSE(imported.workbook->program->check_ins[0].stress);
    CHECK_FALSE(imported.workbook->program->clarity.blockers[0].outside_reach);
    CHECK(ExportBackup(*imported.workbook, imported.info) ==
          ReadFixture("backup-v7-migrated.json"));
}

TEST_CASE("the current version's fixture imports every record and re-exports unchanged") {
    const std::string fixture = ReadFixture("backup-v8.json");
    const ImportResult imported = ImportBackup(fixture);
    REQUIRE(imported.ok());
    CHECK(imported.workbook->program->clarity.blockers[0].outside_reach);
    CHECK(imported.workbook->program->check_ins[0].stress == 2);
    CHECK_FALSE(imported.workbook->program->check_ins[1].stress);
    REQUIRE(imported.workbook->program->dismissed.size() == 1);
    CHECK(imported.workbook->program->dismissed[0].kind == WatchOutKind::Silence);
    REQUIRE(imported.workbook->stability.size() == 1);
    CHECK(imported.workbook->stability[0].communication.rating == 2);
    CHECK(imported.workbook->safety.support_contacts == "HR: Ana Novák, ext. 2211");
    CHECK(imported.workbook->edited.size() == 5);
    CHECK(imported.workbook->edited.at("blocker:b7f3c2a19e04") == "2026-11-27T08:01:30.250Z");
    const Workbook& workbook = *imported.workbook;
    const Program& program = *workbook.program;
    REQUIRE(program.responsibility.metric);
    CHECK(program.responsibility.metric->kind == MetricKind::HandoffDelay);
    CHECK(program.responsibility.metric->baseline == 48);
    REQUIRE(program.responsibility.measurements.size() == 2);
    CHECK(program.responsibility.measurements[1].value == 26.5);
    CHECK(program.responsibility.reports.size() == 1);
    CHECK(program.influence.expected_value == 8);
    CHECK(program.influence.peer.who == "Łukasz (QA)");
    CHECK(workbook.map.ratings.size() == 3);
    REQUIRE(workbook.map.ledger.size() == 2);
    CHECK(workbook.map.ledger[0].kind == LedgerKind::Permission);
    CHECK(workbook.map.ledger[1].kind == LedgerKind::PullBack);
    REQUIRE(workbook.history.size() == 1);
    CHECK(workbook.history[0].program.challenge == "Get release notes written before the freeze.");
    CHECK(ExportBackup(workbook, imported.info) == fixture);
}

TEST_CASE("version 6 records are checked: metric sense, feedback order, ledger areas") {
    const std::string base =
        R"({"format": "leeway-backup", "schema_version": 6, "workbook": {"program":
        {"challenge": "x", "start_date": "2026-11-26", )";
    CHECK(FirstProblem(
              base + R"("responsibility": {"owned_area": "", "metric": {"kind": "time", "name": "n",
        "unit": "h", "baseline": 5, "target": 9, "better": "lower"}, "measurements": [], "reports": []}}}})") ==
          "/workbook/program/responsibility/metric: expected a target better than the baseline in "
          "the chosen direction");
    CHECK(
        FirstProblem(base + R"("responsibility": {"owned_area": "", "metric": null, "measurements":
        [{"id": "m", "date": "2026-11-27", "value": 3, "note": ""}], "reports": []}}}})") ==
        "/workbook/program/responsibility/measurements: expected no measurements without a metric");
    CHECK(
        FirstProblem(base + R"("influence": {"proposal": "p", "effect": "e", "expected_value": null,
        "peer": {"who": "Ana", "asked_on": "2026-12-05", "received_on": "2026-12-01", "said": "ok"},
        "manager": {"who": "", "asked_on": null, "received_on": null, "said": ""}}}}})") ==
        "/workbook/program/influence/peer/received_on: expected a date on or after asked_on");
    CHECK(FirstProblem(
              R"({"format": "leeway-backup", "schema_version": 6, "workbook": {"program": null,
        "map": {"ratings": [], "areas": [], "ledger": [{"id": "l", "date": "2026-11-27", "kind": "extension",
        "area_id": "gone", "text": "t"}]}}})") ==
          "/workbook/map/ledger/0/area_id: expected the id of a decision area in this file, found "
          "\"gone\"");
    CHECK(FirstProblem(
              R"({"format": "leeway-backup", "schema_version": 6, "workbook": {"program": null,
        "map": {"ratings": [{"date": "2026-11-27", "freedom": "methods", "rating": 6, "note": ""}], "areas": [],
        "ledger": []}}})") ==
          "/workbook/map/ratings/0/rating: expected a whole number from 1 to 5");
    CHECK(FirstProblem(
              R"({"format": "leeway-backup", "schema_version": 6, "workbook": {"program": null,
        "history": [{"finished_on": "2026-11-27", "reflection": "", "program": {"challenge": "",
        "start_date": "2026-11-01"}}]}})") ==
          "/workbook/history/0/program/challenge: expected between 1 and 1200 bytes of text");
    CHECK(FirstProblem(
              R"({"format": "leeway-backup", "schema_version": 7, "workbook": {"program": null,
        "edited": {"scope": "yesterday"}}})") ==
          "/workbook/edited/scope: expected a UTC time such as \"2026-11-26T17:02:04Z\"");
    CHECK(FirstProblem(
              R"({"format": "leeway-backup", "schema_version": 7, "workbook": {"program": null,
        "edited": {"scope": "2026-11-26T17:02:04+01:00"}}})")
              .find("/workbook/edited/scope") == 0);
}

TEST_CASE("pauses are checked: in order, ending after they begin") {
    const std::string base =
        R"({"format": "leeway-backup", "schema_version": 5, "workbook": {"program":
        {"challenge": "x", "start_date": "2026-11-26", "pauses": )";
    CHECK(FirstProblem(base + R"([{"from": "2026-11-28", "resumed": "2026-11-27"}]}}})") ==
          "/workbook/program/pauses/0/resumed: expected a date after 2026-11-28");
    CHECK(
        FirstProblem(
            base +
            R"([{"from": "2026-11-28", "resumed": null}, {"from": "2026-11-30", "resumed": null}]}}})") ==
        "/workbook/program/pauses/1/from: expected a date after the previous pause ended");
}

TEST_CASE("check-ins are checked: one per day, sensible minutes") {
    const std::string base =
        R"({"format": "leeway-backup", "schema_version": 4, "workbook": {"program":
        {"challenge": "x", "start_date": "2026-11-26", "daily_budget_minutes": 15, "check_ins": )";
    CHECK(FirstProblem(base + R"([{"date": "2026-11-26", "minutes": 5, "done": "a", "note": ""},
        {"date": "2026-11-26", "minutes": 5, "done": "b", "note": ""}]}}})") ==
          "/workbook/program/check_ins/1/date: expected one check-in per day, found 2026-11-26 "
          "twice");
    CHECK(
        FirstProblem(base +
                     R"([{"date": "2026-11-26", "minutes": -5, "done": "a", "note": ""}]}}})") ==
        "/workbook/program/check_ins/0/minutes: expected a whole number of minutes from 0 to 600");
}

TEST_CASE("clarity records are checked field by field") {
    const std::string base =
        R"({"format": "leeway-backup", "schema_version": 3, "workbook": {"program":
        {"challenge": "x", "start_date": "2026-11-26", "clarity": )";
    const std::string ask =
        R"("constraint": {"what": "", "asked_of": "", "asked_on": null, "outcome": "not_asked_yet"})";
    CHECK(FirstProblem(base +
                       R"({"scope": "", "blockers": [{"id": "a", "text": "t", "occurrences": 0,
        "retired": false, "first_seen": "2026-11-26", "last_seen": "2026-11-26"}], "requests": [], )" +
                       ask + "}}}}") == "/workbook/program/clarity/blockers/0/occurrences: "
                                        "expected a whole number from 1 to 1000000");
    CHECK(FirstProblem(
              base + R"({"scope": "", "blockers": [], "requests": [{"id": "r", "date": "2026-11-26",
        "text": "t", "verdict": "maybe", "reason": ""}], )" +
              ask + "}}}}") == "/workbook/program/clarity/requests/0/verdict: expected one of "
                               "\"unsorted\", \"avoidable_noise\", "
                               "\"needed\", found \"maybe\"");
    CHECK(FirstProblem(base + R"({"scope": "", "blockers": [], "requests": [
        {"id": "r", "date": "2026-11-26", "text": "t", "verdict": "needed", "reason": "x"},
        {"id": "r", "date": "2026-11-26", "text": "u", "verdict": "needed", "reason": "y"}], )" +
                       ask + "}}}}") == "/workbook/program/clarity/requests/1/id: expected an id "
                                        "used once in this list, found \"r\" again");
    CHECK(FirstProblem(base + R"({"scope": "", "blockers": {}, "requests": [], )" + ask + "}}}}") ==
          "/workbook/program/clarity/blockers: expected a list");
}

TEST_CASE("files that are not backups are refused with where and why") {
    CHECK(FirstProblem("") == ": the file is empty");
    CHECK(FirstProblem("not json at all") ==
          ": the file is not valid JSON (line 1, column 1: expected a value such as \"text\", 42, "
          "true, false, null, [...] or {...}, found 'not')");
    CHECK(FirstProblem(
              "{\"format\": \"leeway-backup\",\n  \"schema_version\": 2,\n  \"workbook\": {") ==
          ": the file is not valid JSON (line 3, column 16: the text ends before the JSON is "
          "complete)");
    CHECK(FirstProblem("[1, 2]") == ": expected a JSON object at the top of the file");
    CHECK(FirstProblem(R"({"name": "x"})") == "/format: is missing: this is not a Leeway backup");
    CHECK(FirstProblem(R"({"format": "excalidraw"})") ==
          "/format: expected \"leeway-backup\", found \"excalidraw\"");
    CHECK(FirstProblem(R"({"format": "leeway-backup", "schema_version": "1"})") ==
          "/schema_version: expected a whole number");
    CHECK(FirstProblem(R"({"format": "leeway-backup", "schema_version": 1})") ==
          "/workbook: is missing");
    CHECK(FirstProblem(R"({"format": "leeway-backup", "schema_version": 1,
                           "workbook": {"program": {"challenge": "x", "start_date": "2026-02-30"}}})") ==
          "/workbook/program/start_date: expected a date from 1970-01-01 to 2200-12-31 written as "
          "YYYY-MM-DD, "
          "found \"2026-02-30\"");
    CHECK(FirstProblem(R"({"format": "leeway-backup", "schema_version": 1,
                           "workbook": {"program": {"start_date": "2026-02-03"}}})") ==
          "/workbook/program/challenge: is missing");
    CHECK(FirstProblem(R"({"format": "leeway-backup", "schema_version": 1,
                           "workbook": {"program": {"challenge": 7, "start_date": "2026-02-03"}}})") ==
          "/workbook/program/challenge: expected text");
    CHECK(FirstProblem(R"({"format": "leeway-backup", "schema_version": 2,
                           "workbook": {"program": null, "last_export": "yesterday"}})") ==
          "/workbook/last_export: expected a date from 1970-01-01 to 2200-12-31 written as "
          "YYYY-MM-DD, found "
          "\"yesterday\"");
}

TEST_CASE("well-formed but absurd backups are refused with where and why") {
    CHECK(FirstProblem(ReadFixture("invalid/absurd-start-date.json")) ==
          "/workbook/program/start_date: expected a date from 1970-01-01 to 2200-12-31 written as "
          "YYYY-MM-DD, "
          "found \"9999-12-31\"");
    CHECK(FirstProblem(ReadFixture("invalid/absurd-check-in-date.json")) ==
          "/workbook/program/check_ins/0/date: expected a date from 1970-01-01 to 2200-12-31 "
          "written as "
          "YYYY-MM-DD, found \"9999-12-31\"");
    CHECK(FirstProblem(ReadFixture("invalid/check-in-before-start.json")) ==
          "/workbook/program/check_ins/0/date: expected a day of the program, from 2026-11-02 to "
          "2026-12-01, "
          "found 2026-10-30");
    CHECK(FirstProblem(ReadFixture("invalid/check-in-after-end.json")) ==
          "/workbook/program/check_ins/0/date: expected a day of the program, from 2026-11-02 to "
          "2026-12-01, "
          "found 2026-12-25");
    CHECK(
        FirstProblem(ReadFixture("invalid/duplicate-key.json")) ==
        "/workbook/program/challenge: is given twice in one object; a backup gives each name once");
    CHECK(FirstProblem(ReadFixture("invalid/nul-in-text.json")) ==
          ": the file is not valid JSON (line 1, column 96: U+0000 (a control character) inside "
          "text must be "
          "written \\u0000, if it belongs there at all)");
    // Names with "~" and "/" are written as a JSON pointer writes them.
    CHECK(
        FirstProblem(
            R"({"format": "leeway-backup", "schema_version": 2, "workbook": {"a/b~c": {"x": 1, "x": 2}}})") ==
        "/workbook/a~1b~0c/x: is given twice in one object; a backup gives each name once");
}

TEST_CASE("a backup from a newer Leeway says so") {
    const std::string problem =
        FirstProblem(R"({"format": "leeway-backup", "schema_version": 9, "workbook": {}})");
    CHECK(problem.find("newer Leeway") != std::string::npos);
    CHECK(problem.find("9") != std::string::npos);
}

TEST_CASE("size and nesting limits hold before parsing") {
    std::string deep = R"({"format": "leeway-backup", "x": )";
    deep += std::string(kMaxBackupNesting + 5, '[') + std::string(kMaxBackupNesting + 5, ']') + "}";
    CHECK(FirstProblem(deep).find("nests deeper") != std::string::npos);

    // Brackets inside strings are text, not nesting.
    Workbook workbook;
    workbook.program =
        Program{std::string(100, '[') + " \\\" " + std::string(100, '{'), {2026, 1, 1}};
    CHECK(ImportBackup(ExportBackup(workbook, kInfo)).ok());

    const std::string huge(kMaxBackupBytes + 1, ' ');
    CHECK(FirstProblem(huge).find("at most 16 MB") != std::string::npos);
}

TEST_CASE("problems are described for people") {
    const std::vector<BackupProblem> problems = {
        {"/a", "one"}, {"/b", "two"}, {"", "three"}, {"/d", "four"}};
    CHECK(DescribeProblems(problems, 3) == "/a: one\n/b: two\nthree\n(and 1 more)");
    CHECK(BackupFileName({2026, 3, 7}) == "leeway-backup-2026-03-07.json");
}
