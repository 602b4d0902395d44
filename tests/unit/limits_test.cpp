#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/backup.h"
#include "core/limits.h"

using namespace leeway::core;

namespace {

struct StatedLimit {
    std::string where;
    std::string keyword;
    double value;
};

// Walks the schema the way PublishedLimit::where is written and collects every bound it states.
void CollectLimits(const nlohmann::json& node, const std::string& where,
                   std::vector<StatedLimit>& found) {
    if (!node.is_object())
        return;
    for (const char* keyword : {"maxItems", "maxLength", "minimum", "maximum", "maxProperties"})
        if (node.contains(keyword))
            found.push_back({where, keyword, node[keyword].get<double>()});
    const std::string prefix = where.empty() ? "" : where + ".";
    for (const auto& [key, value] : node.items()) {
        if (key == "properties") {
            for (const auto& [name, member] : value.items())
                CollectLimits(member, prefix + name, found);
        } else if (key == "items") {
            CollectLimits(value, where + "[]", found);
        } else if (key == "additionalProperties") {
            CollectLimits(value, where + "{}", found);
        } else if (key == "propertyNames" && value.contains("maxLength")) {
            found.push_back({where, "propertyNames.maxLength", value["maxLength"].get<double>()});
        } else if (key == "$defs") {
            for (const auto& [name, definition] : value.items())
                CollectLimits(definition, "$" + name, found);
        } else if (key == "oneOf" || key == "anyOf" || key == "allOf") {
            for (const nlohmann::json& choice : value)
                CollectLimits(choice, where, found);
        }
    }
}

std::vector<StatedLimit> SchemaLimits() {
    std::ifstream file(LEEWAY_BACKUP_SCHEMA, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "missing " << LEEWAY_BACKUP_SCHEMA);
    std::ostringstream text;
    text << file.rdbuf();
    std::vector<StatedLimit> found;
    const nlohmann::json schema = nlohmann::json::parse(text.str(), nullptr, false);
    REQUIRE_FALSE(schema.is_discarded());
    CollectLimits(schema, "", found);
    return found;
}

} // namespace

TEST_CASE("the published schema states every limit the importer enforces, with the same numbers") {
    const std::vector<StatedLimit> stated = SchemaLimits();
    REQUIRE(stated.size() > 40);
    for (const PublishedLimit& published : kPublishedLimits) {
        const StatedLimit limit{published.where, published.keyword, published.value};
        bool found = false;
        for (const StatedLimit& in_schema : stated) {
            if (in_schema.where == limit.where && in_schema.keyword == limit.keyword) {
                CHECK_MESSAGE(in_schema.value == limit.value,
                              limit.where << " " << limit.keyword << ": the schema says "
                                          << in_schema.value << ", the code " << limit.value);
                found = true;
            }
        }
        CHECK_MESSAGE(found, "the schema does not state " << limit.where << " " << limit.keyword
                                                          << " " << limit.value);
    }
    for (const StatedLimit& in_schema : stated) {
        if (in_schema.where == "schema_version") {
            if (in_schema.keyword == "maximum")
                CHECK(in_schema.value == kBackupSchemaVersion);
            continue;
        }
        bool listed = false;
        for (const PublishedLimit& limit : kPublishedLimits)
            listed =
                listed || (in_schema.where == limit.where && in_schema.keyword == limit.keyword);
        // Any other text is one entry long.
        if (!listed && in_schema.keyword == "maxLength") {
            CHECK_MESSAGE(in_schema.value == kMaxEntryBytes,
                          in_schema.where << " maxLength: the schema says " << in_schema.value
                                          << ", an entry holds " << kMaxEntryBytes);
            continue;
        }
        CHECK_MESSAGE(listed, "the schema limits " << in_schema.where << " " << in_schema.keyword
                                                   << " to " << in_schema.value
                                                   << ", but src/core/limits.h does not list it");
    }
}
