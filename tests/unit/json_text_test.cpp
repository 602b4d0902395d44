#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/json_text.h"

using namespace leeway::core;
using Nlohmann = nlohmann::ordered_json;

namespace {

// What nlohmann made of the same text, compared value by value.
void CheckSame(const JsonValue& ours, const Nlohmann& theirs) {
    switch (ours.kind()) {
    case JsonValue::Kind::Null: CHECK(theirs.is_null()); break;
    case JsonValue::Kind::Boolean:
        REQUIRE(theirs.is_boolean());
        CHECK(ours.boolean() == theirs.get<bool>());
        break;
    case JsonValue::Kind::Integer:
    case JsonValue::Kind::Unsigned:
        REQUIRE(theirs.is_number_integer());
        CHECK(ours.integer() == theirs.get<int64_t>());
        break;
    case JsonValue::Kind::Float:
        REQUIRE(theirs.is_number_float());
        CHECK(ours.number() == theirs.get<double>());
        break;
    case JsonValue::Kind::String:
        REQUIRE(theirs.is_string());
        CHECK(ours.text() == theirs.get<std::string>());
        break;
    case JsonValue::Kind::Array:
        REQUIRE(theirs.is_array());
        REQUIRE(ours.size() == theirs.size());
        for (size_t i = 0; i < ours.size(); ++i)
            CheckSame(ours[i], theirs[i]);
        break;
    case JsonValue::Kind::Object: {
        REQUIRE(theirs.is_object());
        REQUIRE(ours.size() == theirs.size());
        size_t index = 0;
        for (auto member = theirs.begin(); member != theirs.end(); ++member, ++index) {
            CHECK(ours[index].key() == member.key());
            CheckSame(ours[index], member.value());
        }
        break;
    }
    }
}

} // namespace

TEST_CASE("the backup parser accepts exactly what nlohmann accepts, with the same values") {
    const std::vector<std::string> texts = {
        R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}, "f": [], "g": {}})",
        "\xEF\xBB\xBF{\"with\": \"a byte order mark\"}",
        "\xEF\xBB{\"broken\": \"mark\"}",
        R"(["\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r\u0000", "\u12G4"])",
        R"(["\ud800"])",
        R"(["\udc00"])",
        R"(["\ud800\u0041"])",
        R"(["\x"])",
        "[\"caf\xC3\xA9 \xF0\x9F\x98\x80 \xEF\xBF\xBF\"]",
        "[\"\xC3\x28\"]",
        "[\"\xC0\xAF\"]",
        "[\"\xED\xA0\x80\"]",
        "[\"\xF4\x90\x80\x80\"]",
        "[\"\xE0\x80\x80\"]",
        "[\"\x80\"]",
        "[\"tab\there\"]",
        std::string("[\"nul\0here\"]", 12),
        R"([0, -0, 1.5, -2.25e-3, 1E2, 18446744073709551615, 18446744073709551616,
            -9223372036854775808, -9223372036854775809, 1e308, 123456789012345678901234567890])",
        "[1e400]",
        "[-1e400]",
        "[01]",
        "[+1]",
        "[1.]",
        "[.5]",
        "[1e]",
        "[1e+]",
        "[-]",
        R"({"x": 1, "y": 2, "x": 3})",
        R"({"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,
            "p":16,"q":17,"a":18,"r":19,"a":20})",
        R"({"a": 1,})",
        R"([1, 2,])",
        R"({"a" 1})",
        R"({'a': 1})",
        R"({"a": tru})",
        R"({"a": True})",
        R"({"a": nul})",
        "// comment\n{}",
        "{} x",
        " \n\t\r{} \n\t\r",
        "",
        "   ",
        "\"just text\"",
        "42",
        R"({"unterminated": "text)",
        R"({"a": [1, 2)",
    };
    for (const std::string& text : texts) {
        CAPTURE(text);
        const Nlohmann theirs = Nlohmann::parse(text.begin(), text.end(), nullptr, false);
        JsonDocument ours;
        const bool parsed = ours.Parse(text, 32);
        REQUIRE(parsed == !theirs.is_discarded());
        if (parsed)
            CheckSame(ours.root(), theirs);
    }
}

TEST_CASE("the backup parser refuses to nest deeper than it is allowed") {
    const std::string deep = std::string(32, '[') + "\"[\"" + std::string(32, ']');
    JsonDocument document;
    CHECK(document.Parse(deep, 32));
    CHECK_FALSE(document.Parse("[" + deep + "]", 32));
    CHECK(document.Parse("[" + deep + "]", 33));
}

TEST_CASE("the backup writer lays JSON out byte for byte as nlohmann's dump(2)") {
    std::string text;
    JsonWriter out(text);
    out.BeginObject();
    out.Key("text");
    out.String("caf\xC3\xA9 \xF0\x9F\x98\x80 \"quoted\" back\\slash / \x01\x1F\x7F \b\f\n\r\t");
    out.Key("broken UTF-8");
    out.String("a\xC3\x28 b\xED\xA0\x80 c\xF0\x9F");
    out.Key(std::string_view("weird \"key\"\n")); // names from data are escaped
    out.BeginArray();
    out.Integer(0);
    out.Integer(-9223372036854775807 - 1);
    out.Integer(1000000);
    out.Float(0.1);
    out.Float(-2.5e-7);
    out.Float(1e300);
    out.Boolean(true);
    out.Boolean(false);
    out.Null();
    out.BeginArray();
    out.EndArray();
    out.BeginObject();
    out.EndObject();
    out.BeginArray();
    out.BeginObject();
    out.Key("deep");
    out.String("");
    out.EndObject();
    out.EndArray();
    out.EndArray();
    out.Key("empty");
    out.BeginObject();
    out.EndObject();
    out.EndObject();

    const Nlohmann expected = {
        {"text", "caf\xC3\xA9 \xF0\x9F\x98\x80 \"quoted\" back\\slash / \x01\x1F\x7F \b\f\n\r\t"},
        {"broken UTF-8", "a\xC3\x28 b\xED\xA0\x80 c\xF0\x9F"},
        {"weird \"key\"\n",
         {0, -9223372036854775807 - 1, 1000000, 0.1, -2.5e-7, 1e300, true, false, nullptr,
          Nlohmann::array(), Nlohmann::object(), Nlohmann::array({{{"deep", ""}}})}},
        {"empty", Nlohmann::object()},
    };
    CHECK(text == expected.dump(2, ' ', false, Nlohmann::error_handler_t::replace));
}
