#pragma once

// The pieces every reader and writer of a backup shares. Not for the screens: they go through
// core/backup.h.
//
// A backup is read and written by record family, one file each, in the order of the file:
//   backup.cpp                the file: size, nesting, format, version; the workbook as a whole
//   backup_program.cpp        a program: challenge, Clarity baseline, check-ins, pauses,
//                             Responsibility loop, Influence trial, dismissed watch-outs
//   backup_across_programs.cpp  what outlives a program: the autonomy map, stability checks,
//                             the safety check, edit times
// Every limit is in core/limits.h. A reader reports each problem with its JSON Pointer path and
// goes on, so one import lists every problem of a file.

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/backup.h"
#include "core/date.h"
#include "core/json_text.h"
#include "core/limits.h"
#include "core/records.h"
#include "core/workbook.h"

namespace leeway::core::backup_io {

using Json = JsonValue;

class Reader {
  public:
    std::vector<BackupProblem> problems;

    void Problem(const std::string& path, const std::string& message) {
        problems.push_back({path, message});
    }

    const Json* Member(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const Json* found = object.find(key);
        if (!found && required)
            Problem(path + "/" + key, "is missing");
        return found;
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
        return std::string(value->text());
    }

    std::optional<std::string> Entry(const Json& object, const std::string& path, const char* key,
                                     bool allow_empty) {
        std::optional<std::string> text = String(object, path, key);
        if (text && ((!allow_empty && text->empty()) || text->size() > kMaxEntryBytes)) {
            Problem(path + "/" + key,
                    allow_empty
                        ? "expected at most " + std::to_string(kMaxEntryBytes) + " bytes of text"
                        : "expected between 1 and " + std::to_string(kMaxEntryBytes) +
                              " bytes of text");
            return std::nullopt;
        }
        return text;
    }

    const Json* Array(const Json& object, const std::string& path, const char* key,
                      size_t max_items) {
        const Json* value = Member(object, path, key);
        if (!value)
            return nullptr;
        if (!value->is_array()) {
            Problem(path + "/" + key, "expected a list");
            return nullptr;
        }
        if (value->size() > max_items) {
            Problem(path + "/" + key, "expected at most " + std::to_string(max_items) +
                                          " entries, found " + std::to_string(value->size()));
            return nullptr;
        }
        return value;
    }

    std::optional<int> Count(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number_integer() || value->integer() < 1 ||
            value->integer() > kMaxBlockerOccurrences) {
            Problem(path + "/" + key,
                    "expected a whole number from 1 to " + std::to_string(kMaxBlockerOccurrences));
            return std::nullopt;
        }
        return static_cast<int>(value->integer());
    }

    // A whole number in [min, max].
    std::optional<int> WholeNumber(const Json& object, const std::string& path, const char* key,
                                   int min, int max) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number_integer() || value->integer() < min || value->integer() > max) {
            Problem(path + "/" + key, "expected a whole number from " + std::to_string(min) +
                                          " to " + std::to_string(max));
            return std::nullopt;
        }
        return static_cast<int>(value->integer());
    }

    // A measured value: any number a metric can hold.
    std::optional<double> Value(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_number() || !(std::fabs(value->number()) <= kMaxMetricMagnitude)) {
            Problem(path + "/" + key, "expected a number between -1e9 and 1e9");
            return std::nullopt;
        }
        return value->number();
    }

    // A date that may be null. The outer optional is empty when the member is wrong or missing.
    std::optional<std::optional<Date>> DateOrNone(const Json& object, const std::string& path,
                                                  const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (value->is_null())
            return std::optional<Date>();
        std::optional<Date> date = IsoDate(object, path, key);
        if (!date)
            return std::nullopt;
        return date;
    }

    // An object member, or a problem.
    const Json* Object(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (value && !value->is_object()) {
            Problem(path + "/" + key, "expected an object");
            return nullptr;
        }
        return value;
    }

    std::optional<bool> Flag(const Json& object, const std::string& path, const char* key) {
        const Json* value = Member(object, path, key);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean()) {
            Problem(path + "/" + key, "expected true or false");
            return std::nullopt;
        }
        return value->boolean();
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
        Problem(path + "/" + key,
                "expected one of " + expected + ", found \"" + text->substr(0, 40) + "\"");
        return std::nullopt;
    }

    std::optional<Date> IsoDate(const Json& object, const std::string& path, const char* key) {
        const std::optional<std::string> text = String(object, path, key);
        if (!text)
            return std::nullopt;
        std::optional<Date> date = ParseIsoDate(*text);
        if (!date)
            Problem(path + "/" + key, "expected a date from " + FormatIsoDate(kFirstPlausibleDate) +
                                          " to " + FormatIsoDate(kLastPlausibleDate) +
                                          " written as YYYY-MM-DD, found \"" + text->substr(0, 40) +
                                          "\"");
        return date;
    }
};

// The name a choice is written as, e.g. "avoidable_noise".
template <typename Enum, size_t N>
inline const char* ChoiceName(Enum value, const std::pair<const char*, Enum> (&choices)[N]) {
    for (const auto& [name, choice] : choices)
        if (choice == value)
            return name;
    return choices[0].first;
}

// Whole values are written without ".0", as a person would write them.
inline void WriteNumber(JsonWriter& out, double value) {
    const double whole = std::trunc(value);
    if (whole == value && std::fabs(value) <= kMaxMetricMagnitude)
        out.Integer(static_cast<int64_t>(whole));
    else
        out.Float(value);
}

inline void WriteDate(JsonWriter& out, const Date& date) { out.String(FormatIsoDate(date)); }

inline void WriteDateOrNull(JsonWriter& out, const std::optional<Date>& date) {
    if (date)
        WriteDate(out, *date);
    else
        out.Null();
}

// The path of each item of a list, built in one buffer: a large file has thousands of items.
class ItemPath {
  public:
    ItemPath(const std::string& list_path, const char* key)
        : text_(list_path + "/" + key + "/"), prefix_(text_.size()) {}

    const std::string& At(size_t index) {
        text_.resize(prefix_);
        text_ += std::to_string(index);
        return text_;
    }

  private:
    std::string text_;
    size_t prefix_;
};

// Ids must be present and unique within their list: merging and editing rely on them.
inline bool ReadId(Reader& reader, const Json& json, const std::string& path,
                   std::vector<std::string>& seen, std::string& id) {
    std::optional<std::string> text = reader.Entry(json, path, "id", false);
    if (!text)
        return false;
    if (std::find(seen.begin(), seen.end(), *text) != seen.end()) {
        reader.Problem(path + "/id", "expected an id used once in this list, found \"" +
                                         text->substr(0, 40) + "\" again");
        return false;
    }
    seen.push_back(*text);
    id = std::move(*text);
    return true;
}

// Calls `read` for each object in the list `key`; a non-object entry is a problem.
template <typename ReadItem>
bool ForEachObject(Reader& reader, const Json& json, const std::string& path, const char* key,
                   size_t max_items, ReadItem read) {
    const size_t problems_before = reader.problems.size();
    const Json* list = reader.Array(json, path, key, max_items);
    if (!list)
        return false;
    ItemPath item_paths(path, key);
    for (size_t index = 0; index < list->size(); ++index) {
        const std::string& item_path = item_paths.At(index);
        const Json& item = (*list)[index];
        if (!item.is_object())
            reader.Problem(item_path, "expected an object");
        else
            read(item, item_path);
    }
    return reader.problems.size() == problems_before;
}

// The record families, each in its own file.
void WriteProgram(JsonWriter& out, const Program& program);
std::optional<Program> ReadProgram(Reader& reader, const Json& json, const std::string& path);
void WriteMap(JsonWriter& out, const AutonomyMap& map);
std::optional<AutonomyMap> ReadMap(Reader& reader, const Json& json, const std::string& path);
void WriteStability(JsonWriter& out, const std::vector<StabilityCheck>& checks);
bool ReadStability(Reader& reader, const Json& json, const std::string& path, Workbook& workbook);
void WriteSafety(JsonWriter& out, const SafetyCheck& safety);
bool ReadSafety(Reader& reader, const Json& json, const std::string& path, Workbook& workbook);
void WriteEditTimes(JsonWriter& out, const EditTimes& edited);
bool ReadEditTimes(Reader& reader, const Json& json, const std::string& path, EditTimes& edited);

} // namespace leeway::core::backup_io
