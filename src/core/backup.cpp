#include "core/backup.h"

#include <algorithm>

#include "core/backup_io.h"

namespace leeway::core {

namespace {

using namespace backup_io;

// Counts the deepest bracket nesting outside strings, also in text that is not JSON.
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

// Reads the workbook of any schema version up to ours; older versions simply lack newer fields,
// which start empty (that is the whole migration so far).
std::optional<Workbook> ReadWorkbook(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    Workbook workbook;
    if (const Json* program = reader.Member(json, path, "program", false);
        program && !program->is_null()) {
        workbook.program = ReadProgram(reader, *program, path + "/program");
        if (!workbook.program)
            return std::nullopt;
    }
    // Absent before version 6: an empty map and no history.
    if (const Json* map = reader.Member(json, path, "map", false)) {
        std::optional<AutonomyMap> read = ReadMap(reader, *map, path + "/map");
        if (!read)
            return std::nullopt;
        workbook.map = std::move(*read);
    }
    if (json.contains("history")) {
        const bool ok =
            ForEachObject(reader, json, path, "history", kMaxFinishedPrograms,
                          [&](const Json& item, const std::string& at) {
                              const auto finished_on = reader.IsoDate(item, at, "finished_on");
                              auto reflection = reader.Entry(item, at, "reflection", true);
                              const Json* program_json = reader.Object(item, at, "program");
                              if (!finished_on || !reflection || !program_json)
                                  return;
                              std::optional<Program> program =
                                  ReadProgram(reader, *program_json, at + "/program");
                              if (program)
                                  workbook.history.push_back(FinishedProgram{
                                      std::move(*program), *finished_on, std::move(*reflection)});
                          });
        if (!ok)
            return std::nullopt;
    }
    // Absent before version 8: no stability checks, no safety flags.
    if (json.contains("stability") && !ReadStability(reader, json, path, workbook))
        return std::nullopt;
    if (json.contains("safety") && !ReadSafety(reader, json, path, workbook))
        return std::nullopt;
    // Absent before version 7: no record has an edit time, so every one counts as old.
    if (const Json* edited = reader.Member(json, path, "edited", false)) {
        if (!ReadEditTimes(reader, *edited, path + "/edited", workbook.edited))
            return std::nullopt;
    }
    if (const Json* last = reader.Member(json, path, "last_export", false);
        last && !last->is_null()) {
        workbook.last_export = reader.IsoDate(json, path, "last_export");
        if (!workbook.last_export)
            return std::nullopt;
    }
    return workbook;
}

} // namespace

std::string ExportBackup(const Workbook& workbook, const BackupInfo& info) {
    std::string text;
    JsonWriter out(text);
    out.BeginObject();
    out.Key("format");
    out.String(kBackupFormatName);
    out.Key("schema_version");
    out.Integer(kBackupSchemaVersion);
    out.Key("app_version");
    out.String(info.app_version);
    out.Key("exported_at");
    out.String(info.exported_at);
    out.Key("workbook");
    out.BeginObject();
    out.Key("program");
    if (workbook.program)
        WriteProgram(out, *workbook.program);
    else
        out.Null();
    out.Key("map");
    WriteMap(out, workbook.map);
    out.Key("history");
    out.BeginArray();
    for (const FinishedProgram& finished : workbook.history) {
        out.BeginObject();
        out.Key("finished_on");
        WriteDate(out, finished.finished_on);
        out.Key("reflection");
        out.String(finished.reflection);
        out.Key("program");
        WriteProgram(out, finished.program);
        out.EndObject();
    }
    out.EndArray();
    out.Key("last_export");
    WriteDateOrNull(out, workbook.last_export);
    out.Key("stability");
    WriteStability(out, workbook.stability);
    out.Key("safety");
    WriteSafety(out, workbook.safety);
    out.Key("edited");
    WriteEditTimes(out, workbook.edited);
    out.EndObject();
    out.EndObject();
    text += '\n';
    return text;
}

namespace {

// Finds the JSON pointer of `target` under `value` (RFC 6901: "~" and "/" in a name escaped).
bool FindPointer(const Json& value, const Json* target, std::string& path) {
    if (&value == target)
        return true;
    if (!value.is_object() && !value.is_array())
        return false;
    const size_t length = path.size();
    for (size_t index = 0; index < value.size(); ++index) {
        const Json& child = value[index];
        path += '/';
        if (value.is_array()) {
            path += std::to_string(index);
        } else {
            for (char c : child.key())
                path += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        }
        if (FindPointer(child, target, path))
            return true;
        path.resize(length);
    }
    return false;
}

} // namespace

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
    // Too deep a nesting is told before any syntax error. Valid JSON nests as deep as the
    // parser went, so the text is only counted through when the parse fails.
    JsonDocument parsed;
    if (!parsed.Parse(text, kMaxBackupNesting)) {
        if (MaxNesting(text) > kMaxBackupNesting)
            return fail("", "the file nests deeper than " + std::to_string(kMaxBackupNesting) +
                                " levels, which no Leeway backup does");
        return fail("", "the file is not valid JSON (" + parsed.error() + ")");
    }
    const Json& document = parsed.root();
    if (!document.is_object())
        return fail("", "expected a JSON object at the top of the file");
    // A name given twice has two meanings, and a reader would silently pick one: say where.
    for (const JsonDocument::DuplicateName& duplicate : parsed.duplicate_names()) {
        std::string path;
        FindPointer(document, duplicate.object, path);
        result.problems.push_back({path + "/" + std::string(duplicate.name),
                                   "is given twice in one object; a backup gives each name once"});
    }
    if (!result.problems.empty())
        return result;

    const std::optional<std::string> format = reader.String(document, "", "format");
    if (!format)
        return fail("/format", "is missing: this is not a Leeway backup");
    if (*format != kBackupFormatName)
        return fail("/format", "expected \"" + std::string(kBackupFormatName) + "\", found \"" +
                                   format->substr(0, 40) + "\"");

    const Json* version = reader.Member(document, "", "schema_version");
    if (!version || !version->is_number_integer())
        return fail("/schema_version", "expected a whole number");
    const int64_t schema_version = version->integer();
    if (schema_version > kBackupSchemaVersion)
        return fail("/schema_version", "the file comes from a newer Leeway (format version " +
                                           std::to_string(schema_version) +
                                           "); this version reads up to " +
                                           std::to_string(kBackupSchemaVersion) +
                                           ". Update Leeway, then import again");
    if (schema_version < 1)
        return fail("/schema_version",
                    "expected 1 or higher, found " + std::to_string(schema_version));
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
