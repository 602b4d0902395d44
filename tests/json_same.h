#pragma once
// Whether core's reading of a JSON text is nlohmann's, value by value, in order: asked by the
// unit tests of the JSON reader and, on every input, by its fuzz target.

#include <nlohmann/json.hpp>

#include <string>

#include "core/json_text.h"

namespace leeway::testing {

using Nlohmann = nlohmann::ordered_json;

// Empty when the two agree, else where they first differ: "/2/name: ours is text, nlohmann's is
// 42".
inline std::string JsonDifference(const core::JsonValue& ours, const Nlohmann& theirs,
                                  const std::string& at = "") {
    using Kind = core::JsonValue::Kind;
    const std::string where = at.empty() ? std::string("/") : at;
    auto differs = [&](const char* what) {
        return where + ": " + what + "; nlohmann has " +
               theirs.dump(-1, ' ', false, Nlohmann::error_handler_t::replace);
    };
    switch (ours.kind()) {
    case Kind::Null: return theirs.is_null() ? "" : differs("ours is null");
    case Kind::Boolean:
        return theirs.is_boolean() && ours.boolean() == theirs.get<bool>()
                   ? ""
                   : differs("ours is a boolean");
    case Kind::Integer:
    case Kind::Unsigned:
        return theirs.is_number_integer() && ours.integer() == theirs.get<int64_t>()
                   ? ""
                   : differs("ours is an integer");
    case Kind::Float:
        return theirs.is_number_float() && ours.number() == theirs.get<double>()
                   ? ""
                   : differs("ours is a float");
    case Kind::String:
        return theirs.is_string() && ours.text() == theirs.get<std::string>()
                   ? ""
                   : differs("ours is text");
    case Kind::Array:
        if (!theirs.is_array() || ours.size() != theirs.size())
            return differs("ours is an array");
        for (size_t i = 0; i < ours.size(); ++i)
            if (std::string difference =
                    JsonDifference(ours[i], theirs[i], at + "/" + std::to_string(i));
                !difference.empty())
                return difference;
        return "";
    case Kind::Object: {
        if (!theirs.is_object() || ours.size() != theirs.size())
            return differs("ours is an object");
        size_t index = 0;
        for (auto member = theirs.begin(); member != theirs.end(); ++member, ++index) {
            if (ours[index].key() != member.key())
                return where + ": member " + std::to_string(index) + " is named differently";
            if (std::string difference =
                    JsonDifference(ours[index], member.value(), at + "/" + member.key());
                !difference.empty())
                return difference;
        }
        return "";
    }
    }
    return where + ": a kind nlohmann does not have";
}

} // namespace leeway::testing
