#include "core/backup.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/check_in.h"
#include "core/clarity.h"
#include "core/program.h"

namespace leeway::core {

namespace {

using Json = nlohmann::ordered_json;

// Counts the deepest bracket nesting outside strings, so the parser never recurses deeper.
int MaxNesting(std::string_view text) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    bool escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

// Finds where and why text is not JSON, for a message a person can act on. A SAX pass builds
// nothing; it only runs when the normal parse has already failed.
class SyntaxErrorFinder : public nlohmann::json_sax<Json> {
public:
    std::string message;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
        message = error.what();
        const size_t at = message.find(" at line ");
        if (at != std::string::npos)
            message = message.substr(at + 4);
        return false;
    }
};

std::string DescribeSyntaxError(std::string_view text) {
    SyntaxErrorFinder finder;
    Json::sax_parse(text.begin(), text.end(), &finder);
    return finder.message.empty() ? "the file is not valid JSON"
                                  : "the file is not valid JSON (" + finder.message + ")";
}

class Reader {
public:
    std::vector<BackupProblem> problems;

    void Problem(const std::string& path, const std::string& message) {
        problems.push_back({path, message});
    }

    const Json* Member(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required)
                Problem(path + "/" + key, "is missing");
            return nullptr;
        }
        return &*found;
    }

    std::optional<std::string> String(const Json& object, const std::string& path, const char* key,
                                      bool required = true) {
        const Json* value = Member(object, path, key, required);
        if (!value)
            return std::nullopt;
        if (!value->is_string()) {
            Problem(path + "/" + key, "expected text");
            return std::nullopt;
        }
        return value->get<std::string>();
    }

    std::optional<std::string> Entry(const Json& object, const std::string& path, const char* key,
                                     bool allow_empty) {
        std::optional<std::string> text = String(object, path, key);
        if (text && ((!allow_empty && text->empty()) || text->size() > kMaxEntryBytes)) {
            Problem(path + "/" + key, allow_empty ? "expected at most " + std::to_string(kMaxEntryBytes) + " bytes of text"
                                                  : "expected between 1 and " + std::to_string(kMaxEntryBytes) +
                                                        " bytes of text");
            return std::nullopt;
        }
        return text;
    }

    const Json* Array(const Json& object, const std::string& path, const char* key, size_t max_items) {
        const Json* value = Member(object, path, key);
        if (!value)
            return nullptr;
        if (!value->is_array()) {
            Problem(path + "/" + key, "expected a list");
            return nullptr;
        }
        if (value->size() > max_items) {
            Problem(path + "/" + key, "expected at most " + std::to_string(max_items) + " entries, found " +
                                          std::to_string(value->size()));
            return nullptr;
        }
        return value;
    }

    std::optional<int> Count(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number_integer() || value->get<int64_t>() < 1 || value->get<int64_t>() > 1000000) {
            Problem(path + "/" + key, "expected a whole number from 1 to 1000000");
            return std::nullopt;
        }
        return static_cast<int>(value->get<int64_t>());
    }

    std::optional<bool> Flag(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean()) {
            Problem(path + "/" + key, "expected true or false");
            return std::nullopt;
        }
        return value->get<bool>();
    }

    // One of a fixed set of names, e.g. "avoidable_noise".
    template <typename Enum, size_t N>
    std::optional<Enum> Choice(const Json& object, const std::string& path, const char* key,
                               const std::pair<const char*, Enum> (&choices)[N]) {
        const std::optional<std::string> text = String(object, path, key);
        if (!text)
            return std::nullopt;
        std::string expected;
        for (const auto& [name, value] : choices) {
            if (*text == name)
                return value;
            expected += (expected.empty() ? "\"" : ", \"") + std::string(name) + "\"";
        }
        Problem(path + "/" + key, "expected one of " + expected + ", found \"" + text->substr(0, 40) + "\"");
        return std::nullopt;
    }

    std::optional<Date> IsoDate(const Json& object, const std::string& path, const char* key) {
        const std::optional<std::string> text = String(object, path, key);
        if (!text)
            return std::nullopt;
        std::optional<Date> date = ParseIsoDate(*text);
        if (!date)
            Problem(path + "/" + key, "expected a date written as YYYY-MM-DD, found \"" +
                                          text->substr(0, 40) + "\"");
        return date;
    }
};

constexpr std::pair<const char*, RequestVerdict> kVerdicts[] = {
    {"unsorted", RequestVerdict::Unsorted},
    {"avoidable_noise", RequestVerdict::AvoidableNoise},
    {"needed", RequestVerdict::Needed},
};
constexpr std::pair<const char*, AskOutcome> kOutcomes[] = {
    {"not_asked_yet", AskOutcome::NotAskedYet}, {"pending", AskOutcome::Pending},
    {"lifted", AskOutcome::Lifted},             {"partly_lifted", AskOutcome::PartlyLifted},
    {"refused", AskOutcome::Refused},
};

template <typename Enum, size_t N>
const char* ChoiceName(Enum value, const std::pair<const char*, Enum> (&choices)[N]) {
    for (const auto& [name, choice] : choices)
        if (choice == value)
            return name;
    return choices[0].first;
}

Json DateOrNull(const std::optional<Date>& date) { return date ? Json(FormatIsoDate(*date)) : Json(nullptr); }

Json ClarityToJson(const ClarityBaseline& clarity) {
    Json blockers = Json::array();
    for (const Blocker& blocker : clarity.blockers)
        blockers.push_back({{"id", blocker.id},
                            {"text", blocker.text},
                            {"occurrences", blocker.occurrences},
                            {"retired", blocker.retired},
                            {"first_seen", FormatIsoDate(blocker.first_seen)},
                            {"last_seen", FormatIsoDate(blocker.last_seen)}});
    Json requests = Json::array();
    for (const LoggedRequest& request : clarity.requests)
        requests.push_back({{"id", request.id},
                            {"date", FormatIsoDate(request.date)},
                            {"text", request.text},
                            {"verdict", ChoiceName(request.verdict, kVerdicts)},
                            {"reason", request.reason}});
    const ConstraintAsk& ask = clarity.constraint;
    return {{"scope", clarity.scope},
            {"blockers", std::move(blockers)},
            {"requests", std::move(requests)},
            {"constraint",
             {{"what", ask.what},
              {"asked_of", ask.asked_of},
              {"asked_on", DateOrNull(ask.asked_on)},
              {"outcome", ChoiceName(ask.outcome, kOutcomes)}}}};
}

// Ids must be present and unique within their list: merging and editing rely on them.
bool ReadId(Reader& reader, const Json& json, const std::string& path, std::vector<std::string>& seen,
            std::string& id) {
    std::optional<std::string> text = reader.Entry(json, path, "id", false);
    if (!text)
        return false;
    if (std::find(seen.begin(), seen.end(), *text) != seen.end()) {
        reader.Problem(path + "/id", "expected an id used once in this list, found \"" + text->substr(0, 40) +
                                         "\" again");
        return false;
    }
    seen.push_back(*text);
    id = std::move(*text);
    return true;
}

std::optional<ClarityBaseline> ReadClarity(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    ClarityBaseline clarity;
    const size_t problems_before = reader.problems.size();
    if (std::optional<std::string> scope = reader.Entry(json, path, "scope", true))
        clarity.scope = std::move(*scope);
    if (const Json* blockers = reader.Array(json, path, "blockers", kMaxBlockers)) {
        std::vector<std::string> ids;
        for (size_t index = 0; index < blockers->size(); ++index) {
            const std::string item_path = path + "/blockers/" + std::to_string(index);
            const Json& item = (*blockers)[index];
            if (!item.is_object()) {
                reader.Problem(item_path, "expected an object");
                continue;
            }
            Blocker blocker;
            const bool id_ok = ReadId(reader, item, item_path, ids, blocker.id);
            const auto text = reader.Entry(item, item_path, "text", false);
            const auto occurrences = reader.Count(item, item_path, "occurrences");
            const auto retired = reader.Flag(item, item_path, "retired");
            const auto first = reader.IsoDate(item, item_path, "first_seen");
            const auto last = reader.IsoDate(item, item_path, "last_seen");
            if (!id_ok || !text || !occurrences || !retired || !first || !last)
                continue;
            blocker.text = *text;
            blocker.occurrences = *occurrences;
            blocker.retired = *retired;
            blocker.first_seen = *first;
            blocker.last_seen = *last;
            clarity.blockers.push_back(std::move(blocker));
        }
    }
    if (const Json* requests = reader.Array(json, path, "requests", kMaxRequests)) {
        std::vector<std::string> ids;
        for (size_t index = 0; index < requests->size(); ++index) {
            const std::string item_path = path + "/requests/" + std::to_string(index);
            const Json& item = (*requests)[index];
            if (!item.is_object()) {
                reader.Problem(item_path, "expected an object");
                continue;
            }
            LoggedRequest request;
            const bool id_ok = ReadId(reader, item, item_path, ids, request.id);
            const auto date = reader.IsoDate(item, item_path, "date");
            const auto text = reader.Entry(item, item_path, "text", false);
            const auto verdict = reader.Choice(item, item_path, "verdict", kVerdicts);
            const auto reason = reader.Entry(item, item_path, "reason", true);
            if (!id_ok || !date || !text || !verdict || !reason)
                continue;
            request.date = *date;
            request.text = *text;
            request.verdict = *verdict;
            request.reason = *reason;
            clarity.requests.push_back(std::move(request));
        }
    }
    if (const Json* ask = reader.Member(json, path, "constraint")) {
        const std::string ask_path = path + "/constraint";
        if (!ask->is_object()) {
            reader.Problem(ask_path, "expected an object");
        } else {
            const auto what = reader.Entry(*ask, ask_path, "what", true);
            const auto asked_of = reader.Entry(*ask, ask_path, "asked_of", true);
            const auto outcome = reader.Choice(*ask, ask_path, "outcome", kOutcomes);
            std::optional<Date> asked_on;
            if (const Json* on = reader.Member(*ask, ask_path, "asked_on"); on && !on->is_null())
                asked_on = reader.IsoDate(*ask, ask_path, "asked_on");
            if (what && asked_of && outcome)
                clarity.constraint = ConstraintAsk{*what, *asked_of, asked_on, *outcome};
        }
    }
    if (reader.problems.size() != problems_before)
        return std::nullopt;
    return clarity;
}

constexpr size_t kMaxCheckIns = 5000;

Json CheckInsToJson(const std::vector<CheckIn>& check_ins) {
    Json list = Json::array();
    for (const CheckIn& check_in : check_ins)
        list.push_back({{"date", FormatIsoDate(check_in.date)},
                        {"minutes", check_in.minutes},
                        {"done", check_in.done},
                        {"note", check_in.note}});
    return list;
}

// Check-ins come back sorted by date; two on one date cannot be told apart, so they are refused.
bool ReadCheckIns(Reader& reader, const Json& json, const std::string& path, Program& program) {
    const size_t problems_before = reader.problems.size();
    if (const Json* budget = reader.Member(json, path, "daily_budget_minutes")) {
        if (!budget->is_number_integer() || budget->get<int64_t>() < kMinBudgetMinutes ||
            budget->get<int64_t>() > kMaxBudgetMinutes)
            reader.Problem(path + "/daily_budget_minutes", "expected a whole number of minutes from " +
                                                               std::to_string(kMinBudgetMinutes) + " to " +
                                                               std::to_string(kMaxBudgetMinutes));
        else
            program.daily_budget_minutes = static_cast<int>(budget->get<int64_t>());
    }
    if (const Json* list = reader.Array(json, path, "check_ins", kMaxCheckIns)) {
        for (size_t index = 0; index < list->size(); ++index) {
            const std::string item_path = path + "/check_ins/" + std::to_string(index);
            const Json& item = (*list)[index];
            if (!item.is_object()) {
                reader.Problem(item_path, "expected an object");
                continue;
            }
            const auto date = reader.IsoDate(item, item_path, "date");
            const auto done = reader.Entry(item, item_path, "done", false);
            const auto note = reader.Entry(item, item_path, "note", true);
            const Json* minutes = reader.Member(item, item_path, "minutes");
            if (minutes && (!minutes->is_number_integer() || minutes->get<int64_t>() < 0 ||
                            minutes->get<int64_t>() > kMaxCheckInMinutes)) {
                reader.Problem(item_path + "/minutes", "expected a whole number of minutes from 0 to " +
                                                          std::to_string(kMaxCheckInMinutes));
                continue;
            }
            if (!date || !done || !note || !minutes)
                continue;
            if (FindCheckIn(program, *date)) {
                reader.Problem(item_path + "/date", "expected one check-in per day, found " + FormatIsoDate(*date) +
                                                        " twice");
                continue;
            }
            RecordCheckIn(program, *date, static_cast<int>(minutes->get<int64_t>()), *done, *note);
        }
    }
    return reader.problems.size() == problems_before;
}

constexpr size_t kMaxPauses = 1000;

Json PausesToJson(const std::vector<Pause>& pauses) {
    Json list = Json::array();
    for (const Pause& pause : pauses)
        list.push_back({{"from", FormatIsoDate(pause.from)}, {"resumed", DateOrNull(pause.resumed)}});
    return list;
}

// Pauses are in order, do not overlap, end after they begin, and only the last may be open.
bool ReadPauses(Reader& reader, const Json& json, const std::string& path, Program& program) {
    const Json* list = reader.Array(json, path, "pauses", kMaxPauses);
    if (!list)
        return false;
    for (size_t index = 0; index < list->size(); ++index) {
        const std::string item_path = path + "/pauses/" + std::to_string(index);
        const Json& item = (*list)[index];
        if (!item.is_object()) {
            reader.Problem(item_path, "expected an object");
            return false;
        }
        const std::optional<Date> from = reader.IsoDate(item, item_path, "from");
        std::optional<Date> resumed;
        if (const Json* value = reader.Member(item, item_path, "resumed"); value && !value->is_null())
            resumed = reader.IsoDate(item, item_path, "resumed");
        if (!from || reader.problems.size() > 0)
            return false;
        if (resumed && DaysBetween(*from, *resumed) <= 0) {
            reader.Problem(item_path + "/resumed", "expected a date after " + FormatIsoDate(*from));
            return false;
        }
        if (!program.pauses.empty()) {
            const Pause& previous = program.pauses.back();
            if (!previous.resumed || DaysBetween(*previous.resumed, *from) < 0) {
                reader.Problem(item_path + "/from", "expected a date after the previous pause ended");
                return false;
            }
        }
        program.pauses.push_back(Pause{*from, resumed});
    }
    return true;
}

std::optional<Program> ReadProgram(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object with the challenge and start date");
        return std::nullopt;
    }
    const std::optional<std::string> challenge = reader.String(json, path, "challenge");
    const std::optional<Date> start_date = reader.IsoDate(json, path, "start_date");
    if (!challenge || !start_date)
        return std::nullopt;
    ClarityBaseline clarity; // absent before version 3
    if (const Json* json_clarity = reader.Member(json, path, "clarity", false)) {
        std::optional<ClarityBaseline> read = ReadClarity(reader, *json_clarity, path + "/clarity");
        if (!read)
            return std::nullopt;
        clarity = std::move(*read);
    }
    if (challenge->empty() || challenge->size() > kMaxChallengeBytes * 4) {
        reader.Problem(path + "/challenge", "expected between 1 and " +
                                                std::to_string(kMaxChallengeBytes * 4) +
                                                " bytes of text");
        return std::nullopt;
    }
    Program program{*challenge, *start_date, std::move(clarity)};
    // Absent before version 4: the default budget and no check-ins.
    if (json.contains("check_ins") || json.contains("daily_budget_minutes")) {
        if (!ReadCheckIns(reader, json, path, program))
            return std::nullopt;
    }
    // Absent before version 5: never paused.
    if (json.contains("pauses") && !ReadPauses(reader, json, path, program))
        return std::nullopt;
    return program;
}

// Reads the workbook of any schema version up to ours; older versions simply lack newer fields,
// which start empty (that is the whole migration so far).
std::optional<Workbook> ReadWorkbook(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    Workbook workbook;
    if (const Json* program = reader.Member(json, path, "program", false); program && !program->is_null()) {
        workbook.program = ReadProgram(reader, *program, path + "/program");
        if (!workbook.program)
            return std::nullopt;
    }
    if (const Json* last = reader.Member(json, path, "last_export", false); last && !last->is_null()) {
        workbook.last_export = reader.IsoDate(json, path, "last_export");
        if (!workbook.last_export)
            return std::nullopt;
    }
    return workbook;
}

} // namespace

std::string ExportBackup(const Workbook& workbook, const BackupInfo& info) {
    Json program = nullptr;
    if (workbook.program) {
        program = Json{{"challenge", workbook.program->challenge},
                       {"start_date", FormatIsoDate(workbook.program->start_date)},
                       {"clarity", ClarityToJson(workbook.program->clarity)},
                       {"daily_budget_minutes", workbook.program->daily_budget_minutes},
                       {"check_ins", CheckInsToJson(workbook.program->check_ins)},
                       {"pauses", PausesToJson(workbook.program->pauses)}};
    }
    const Json document = {
        {"format", kBackupFormatName},
        {"schema_version", kBackupSchemaVersion},
        {"app_version", info.app_version},
        {"exported_at", info.exported_at},
        {"workbook",
         {{"program", program},
          {"last_export", DateOrNull(workbook.last_export)}}},
    };
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

ImportResult ImportBackup(std::string_view text) {
    ImportResult result;
    Reader reader;
    auto fail = [&](const std::string& path, const std::string& message) {
        result.problems.push_back({path, message});
        return result;
    };
    if (text.empty())
        return fail("", "the file is empty");
    if (text.size() > kMaxBackupBytes)
        return fail("", "the file is " + std::to_string(text.size() / (1024 * 1024)) +
                            " MB; a Leeway backup is at most " +
                            std::to_string(kMaxBackupBytes / (1024 * 1024)) + " MB");
    if (MaxNesting(text) > kMaxBackupNesting)
        return fail("", "the file nests deeper than " + std::to_string(kMaxBackupNesting) +
                            " levels, which no Leeway backup does");

    const Json document = Json::parse(text.begin(), text.end(), nullptr, false);
    if (document.is_discarded())
        return fail("", DescribeSyntaxError(text));
    if (!document.is_object())
        return fail("", "expected a JSON object at the top of the file");

    const std::optional<std::string> format = reader.String(document, "", "format");
    if (!format)
        return fail("/format", "is missing: this is not a Leeway backup");
    if (*format != kBackupFormatName)
        return fail("/format", "expected \"" + std::string(kBackupFormatName) + "\", found \"" +
                                   format->substr(0, 40) + "\"");

    const Json* version = reader.Member(document, "", "schema_version");
    if (!version || !version->is_number_integer())
        return fail("/schema_version", "expected a whole number");
    const int64_t schema_version = version->get<int64_t>();
    if (schema_version > kBackupSchemaVersion)
        return fail("/schema_version",
                    "the file comes from a newer Leeway (format version " +
                        std::to_string(schema_version) + "); this version reads up to " +
                        std::to_string(kBackupSchemaVersion) + ". Update Leeway, then import again");
    if (schema_version < 1)
        return fail("/schema_version", "expected 1 or higher, found " + std::to_string(schema_version));
    result.info.schema_version = static_cast<int>(schema_version);

    // Where the file came from is informative only; older or hand-made files may lack it.
    if (const std::optional<std::string> app = reader.String(document, "", "app_version", false))
        result.info.app_version = *app;
    if (const std::optional<std::string> at = reader.String(document, "", "exported_at", false))
        result.info.exported_at = *at;

    std::optional<Workbook> workbook;
    if (const Json* json = reader.Member(document, "", "workbook"))
        workbook = ReadWorkbook(reader, *json, "/workbook");

    result.problems = std::move(reader.problems);
    if (result.problems.empty())
        result.workbook = std::move(workbook);
    return result;
}

std::string DescribeProblems(const std::vector<BackupProblem>& problems, size_t max_listed) {
    std::string text;
    for (size_t i = 0; i < problems.size() && i < max_listed; ++i) {
        if (!text.empty())
            text += "\n";
        text += problems[i].path.empty() ? problems[i].message
                                         : problems[i].path + ": " + problems[i].message;
    }
    if (problems.size() > max_listed)
        text += "\n(and " + std::to_string(problems.size() - max_listed) + " more)";
    return text;
}

std::string BackupFileName(const Date& local_date) {
    return "leeway-backup-" + FormatIsoDate(local_date) + ".json";
}

} // namespace leeway::core
