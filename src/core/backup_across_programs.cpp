// What outlives a program, in a backup: see core/backup_io.h for how the files divide the format.

#include "core/autonomy_map.h"
#include "core/backup_io.h"
#include "core/guidance.h"

namespace leeway::core::backup_io {

namespace {

constexpr std::pair<const char*, Freedom> kFreedoms[] = {
    {"methods", Freedom::Methods},
    {"priorities", Freedom::Priorities},
    {"outcomes", Freedom::Outcomes},
};
constexpr std::pair<const char*, AutonomyLevel> kLevels[] = {
    {"procedural", AutonomyLevel::Procedural},
    {"decision", AutonomyLevel::Decision},
    {"strategic", AutonomyLevel::Strategic},
};
constexpr std::pair<const char*, LedgerKind> kLedgerKinds[] = {
    {"permission", LedgerKind::Permission},
    {"extension", LedgerKind::Extension},
    {"pull_back", LedgerKind::PullBack},
};

void WriteCondition(JsonWriter& out, const ConditionRating& condition) {
    out.BeginObject();
    out.Key("rating");
    out.Integer(condition.rating);
    out.Key("note");
    out.String(condition.note);
    out.EndObject();
}

std::optional<ConditionRating> ReadCondition(Reader& reader, const Json& json,
                                             const std::string& path, const char* key) {
    const Json* object = reader.Object(json, path, key);
    if (!object)
        return std::nullopt;
    const std::string at = path + "/" + key;
    const auto rating =
        reader.WholeNumber(*object, at, "rating", kMinConditionRating, kMaxConditionRating);
    auto note = reader.Entry(*object, at, "note", true);
    if (!rating || !note)
        return std::nullopt;
    return ConditionRating{*rating, std::move(*note)};
}

} // namespace

// --- Guidance kept across programs (version 8) ---

void WriteStability(JsonWriter& out, const std::vector<StabilityCheck>& checks) {
    out.BeginArray();
    for (const StabilityCheck& check : checks) {
        out.BeginObject();
        out.Key("date");
        WriteDate(out, check.date);
        out.Key("ownership");
        WriteCondition(out, check.ownership);
        out.Key("contribution");
        WriteCondition(out, check.contribution);
        out.Key("communication");
        WriteCondition(out, check.communication);
        out.Key("repair");
        out.String(check.repair);
        out.EndObject();
    }
    out.EndArray();
}

bool ReadStability(Reader& reader, const Json& json, const std::string& path, Workbook& workbook) {
    return ForEachObject(
        reader, json, path, "stability", kMaxStabilityChecks,
        [&](const Json& item, const std::string& at) {
            const auto date = reader.IsoDate(item, at, "date");
            const auto ownership = ReadCondition(reader, item, at, "ownership");
            const auto contribution = ReadCondition(reader, item, at, "contribution");
            const auto communication = ReadCondition(reader, item, at, "communication");
            const auto repair = reader.Entry(item, at, "repair", true);
            if (!date || !ownership || !contribution || !communication || !repair)
                return;
            for (const StabilityCheck& existing : workbook.stability) {
                if (existing.date == *date) {
                    reader.Problem(at + "/date", "expected one stability check per day, found " +
                                                     FormatIsoDate(*date) + " twice");
                    return;
                }
            }
            RecordStabilityCheck(workbook, StabilityCheck{*date, *ownership, *contribution,
                                                          *communication, *repair});
        });
}

void WriteSafety(JsonWriter& out, const SafetyCheck& safety) {
    out.BeginObject();
    out.Key("retaliation_risk");
    out.Boolean(safety.retaliation_risk);
    out.Key("unsafe_directives");
    out.Boolean(safety.unsafe_directives);
    out.Key("discrimination");
    out.Boolean(safety.discrimination);
    out.Key("financial_instability");
    out.Boolean(safety.financial_instability);
    out.Key("support_contacts");
    out.String(safety.support_contacts);
    out.EndObject();
}

bool ReadSafety(Reader& reader, const Json& json, const std::string& path, Workbook& workbook) {
    const Json* object = reader.Object(json, path, "safety");
    if (!object)
        return false;
    const std::string at = path + "/safety";
    const auto retaliation = reader.Flag(*object, at, "retaliation_risk");
    const auto unsafe = reader.Flag(*object, at, "unsafe_directives");
    const auto discrimination = reader.Flag(*object, at, "discrimination");
    const auto financial = reader.Flag(*object, at, "financial_instability");
    const auto contacts = reader.String(*object, at, "support_contacts");
    if (!retaliation || !unsafe || !discrimination || !financial || !contacts)
        return false;
    if (!SetSafetyCheck(
            workbook, SafetyCheck{*retaliation, *unsafe, *discrimination, *financial, *contacts})) {
        reader.Problem(at + "/support_contacts", "expected at most " +
                                                     std::to_string(kMaxSupportContactsBytes) +
                                                     " bytes of text");
        return false;
    }
    return true;
}

// --- Autonomy map (version 6) ---

void WriteMap(JsonWriter& out, const AutonomyMap& map) {
    out.BeginObject();
    out.Key("ratings");
    out.BeginArray();
    for (const FreedomRating& rating : map.ratings) {
        out.BeginObject();
        out.Key("date");
        WriteDate(out, rating.date);
        out.Key("freedom");
        out.String(ChoiceName(rating.freedom, kFreedoms));
        out.Key("rating");
        out.Integer(rating.rating);
        out.Key("note");
        out.String(rating.note);
        out.EndObject();
    }
    out.EndArray();
    out.Key("areas");
    out.BeginArray();
    for (const DecisionArea& area : map.areas) {
        out.BeginObject();
        out.Key("id");
        out.String(area.id);
        out.Key("name");
        out.String(area.name);
        out.Key("level");
        out.String(ChoiceName(area.level, kLevels));
        out.Key("placed_on");
        WriteDate(out, area.placed_on);
        out.EndObject();
    }
    out.EndArray();
    out.Key("ledger");
    out.BeginArray();
    for (const LedgerEntry& entry : map.ledger) {
        out.BeginObject();
        out.Key("id");
        out.String(entry.id);
        out.Key("date");
        WriteDate(out, entry.date);
        out.Key("kind");
        out.String(ChoiceName(entry.kind, kLedgerKinds));
        out.Key("area_id");
        out.String(entry.area_id);
        out.Key("text");
        out.String(entry.text);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
}

std::optional<AutonomyMap> ReadMap(Reader& reader, const Json& json, const std::string& path) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object");
        return std::nullopt;
    }
    const size_t problems_before = reader.problems.size();
    AutonomyMap map;
    ForEachObject(
        reader, json, path, "ratings", kMaxRatings, [&](const Json& item, const std::string& at) {
            const auto date = reader.IsoDate(item, at, "date");
            const auto freedom = reader.Choice(item, at, "freedom", kFreedoms);
            const auto rating =
                reader.WholeNumber(item, at, "rating", kMinFreedomRating, kMaxFreedomRating);
            auto note = reader.Entry(item, at, "note", true);
            if (!date || !freedom || !rating || !note)
                return;
            for (const FreedomRating& existing : map.ratings) {
                if (existing.freedom == *freedom && existing.date == *date) {
                    reader.Problem(at, "expected one rating per freedom and day, found " +
                                           FormatIsoDate(*date) + " twice");
                    return;
                }
            }
            InsertByDate(map.ratings, FreedomRating{*date, *freedom, *rating, std::move(*note)});
        });
    std::vector<std::string> ids;
    ForEachObject(reader, json, path, "areas", kMaxDecisionAreas,
                  [&](const Json& item, const std::string& at) {
                      DecisionArea area;
                      const bool id_ok = ReadId(reader, item, at, ids, area.id);
                      auto name = reader.Entry(item, at, "name", false);
                      const auto level = reader.Choice(item, at, "level", kLevels);
                      const auto placed_on = reader.IsoDate(item, at, "placed_on");
                      if (!id_ok || !name || !level || !placed_on)
                          return;
                      map.areas.push_back(
                          DecisionArea{std::move(area.id), std::move(*name), *level, *placed_on});
                  });
    ids.clear();
    ForEachObject(reader, json, path, "ledger", kMaxLedgerEntries,
                  [&](const Json& item, const std::string& at) {
                      LedgerEntry entry;
                      const bool id_ok = ReadId(reader, item, at, ids, entry.id);
                      const auto date = reader.IsoDate(item, at, "date");
                      const auto kind = reader.Choice(item, at, "kind", kLedgerKinds);
                      auto area_id = reader.Entry(item, at, "area_id", true);
                      auto text = reader.Entry(item, at, "text", false);
                      if (!id_ok || !date || !kind || !area_id || !text)
                          return;
                      if (!area_id->empty() && !FindArea(map, *area_id)) {
                          reader.Problem(
                              at + "/area_id",
                              "expected the id of a decision area in this file, found \"" +
                                  area_id->substr(0, 40) + "\"");
                          return;
                      }
                      InsertByDate(map.ledger, LedgerEntry{std::move(entry.id), *date, *kind,
                                                           std::move(*area_id), std::move(*text)});
                  });
    if (reader.problems.size() != problems_before)
        return std::nullopt;
    return map;
}

// --- Edit times (version 7) ---

namespace {

// Edit times are "2026-11-26T17:02:04Z", perhaps with milliseconds: compared as text, so the
// shape is checked strictly.
bool IsUtcTimestamp(std::string_view text) {
    if (text.size() < 20 || text.size() > 24 || text.back() != 'Z' || text[10] != 'T')
        return false;
    if (!ParseIsoDate(text.substr(0, 10)))
        return false;
    for (size_t i = 11; i + 1 < text.size(); ++i) {
        const char c = text[i];
        const bool separator = i == 13 || i == 16 || i == 19;
        if (separator ? c != (i == 19 ? '.' : ':') : (c < '0' || c > '9'))
            return false;
    }
    return true;
}

} // namespace

void WriteEditTimes(JsonWriter& out, const EditTimes& edited) {
    out.BeginObject();
    for (const auto& [key, at] : edited) {
        out.Key(key);
        out.String(at);
    }
    out.EndObject();
}

bool ReadEditTimes(Reader& reader, const Json& json, const std::string& path, EditTimes& edited) {
    if (!json.is_object()) {
        reader.Problem(path, "expected an object of edit times");
        return false;
    }
    if (json.size() > kMaxEditTimes) {
        reader.Problem(path, "expected at most " + std::to_string(kMaxEditTimes) + " entries");
        return false;
    }
    for (const Json* value : json) {
        const std::string_view key = value->key();
        if (key.empty() || key.size() > kMaxEditKeyBytes || !value->is_string() ||
            !IsUtcTimestamp(value->text())) {
            reader.Problem(path + "/" + std::string(key.substr(0, 40)),
                           "expected a UTC time such as \"2026-11-26T17:02:04Z\"");
            return false;
        }
        edited[std::string(key)] = std::string(value->text());
    }
    return true;
}

} // namespace leeway::core::backup_io
