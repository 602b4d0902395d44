#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/json_text.h"
#include "json_same.h"

using namespace leeway::core;

using leeway::testing::JsonDifference;
using leeway::testing::Nlohmann;

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
            CHECK(JsonDifference(ours.root(), theirs) == "");
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

TEST_CASE("a text that is not JSON is refused with the line, column and reason") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "line 1, column 1: the text ends before the JSON is complete"},
        {"{\"a\": [1, 2", "line 1, column 12: the text ends before the JSON is complete"},
        {"{\"a\": 1,}", "line 1, column 9: expected a name in double quotes, found '}'"},
        {"{'a': 1}", "line 1, column 2: expected a name in double quotes, found ''a''"},
        {"{\"a\" 1}", "line 1, column 6: expected a colon after the name, found '1'"},
        {"[1 2]", "line 1, column 4: expected a comma or a closing ], found '2'"},
        {"{\"a\": 1 \"b\": 2}", "line 1, column 9: expected a comma or a closing }, found '\"b'"},
        {"{\n  \"caf\xC3\xA9\": tru\n}",
         "line 2, column 11: expected a value such as \"text\", 42, true, false, null, [...] "
         "or {...}, found 'tru'"},
        {"[\"two\nlines\"]",
         "line 1, column 6: U+000A (a line break) inside text must be written \\n"},
        {std::string("[\"nul\0here\"]", 12), "line 1, column 6: U+0000 (a control character) "
                                             "inside text must be written \\u0000, if it "
                                             "belongs there at all"},
        {"[\"bell\x07\"]", "line 1, column 7: U+0007 (a control character) inside text must be "
                           "written \\u0007, if it "
                           "belongs there at all"},
        {"[\"a\xC3\x28\"]", "line 1, column 4: the text is not UTF-8"},
        {"[\"\\x\"]", "line 1, column 3: expected an escape such as \\n or \\u00e9 after the "
                      "backslash, found '\\x'"},
        {"[\"\\u12G4\"]", "line 1, column 7: expected four hex digits after \\u, found 'G4'"},
        {"[\"\\udc00\"]",
         "line 1, column 3: a \\u escape gives half of a character pair, found '\\udc00'"},
        {"[1.]", "line 1, column 4: expected a digit after the decimal point, found ']'"},
        {"[1e+]", "line 1, column 5: expected a digit in the exponent, found ']'"},
        {"[-1e400]", "line 1, column 2: the number is too large, found '-1e400'"},
        {"{} x", "line 1, column 4: expected nothing more after the end of the JSON, found 'x'"},
        {"\xEF\xBB{}", "line 1, column 1: the file starts with a broken byte order mark"},
        {"[" + std::string(40, 'x') + "]",
         "line 1, column 2: expected a value such as \"text\", 42, true, false, null, [...] "
         "or {...}, found 'xxxxxxxxxxxxxxxxxxxxxxxx...'"},
        {"[" + std::string(24, 'x') + "]",
         "line 1, column 2: expected a value such as \"text\", 42, true, false, null, [...] "
         "or {...}, found 'xxxxxxxxxxxxxxxxxxxxxxxx'"},
    };
    for (const auto& refused : cases) {
        CAPTURE(refused.first);
        JsonDocument document;
        REQUIRE_FALSE(document.Parse(refused.first, 32));
        CHECK(document.error() == refused.second);
    }
    JsonDocument document;
    REQUIRE(document.Parse("[1]", 32));
    CHECK(document.error().empty());
}

TEST_CASE("fractional numbers are written in the fewest digits that read back exactly") {
    const auto written = [](double value) {
        std::string text;
        JsonWriter out(text, JsonWriter::Layout::Compact);
        out.Float(value);
        return text;
    };
    // Laid out as nlohmann writes them: a measurement file's bytes did not change with the writer.
    const std::vector<double> values = {0.1,
                                        12.5,
                                        -3.75,
                                        100.0,
                                        1e15,
                                        1e16,
                                        0.0001,
                                        0.00001,
                                        123456.789,
                                        0.3333333333333333,
                                        0.6666666666666666,
                                        5e-324,
                                        1.7976931348623157e308,
                                        -0.0,
                                        0.0,
                                        9007199254740993.0,
                                        1e-300,
                                        4.35,
                                        0.3,
                                        1e21,
                                        1.5e-7};
    for (const double value : values) {
        CAPTURE(value);
        CHECK(written(value) == Nlohmann(value).dump());
    }
    CHECK(written(std::numeric_limits<double>::infinity()) == "null");
    CHECK(written(std::nan("")) == "null");
    // Any double at all reads back as itself. Now and then nlohmann's method (Grisu2) finds a
    // longer form than the shortest, or a shorter one than rounding gives near a power of two.
    std::mt19937_64 random(2026);
    for (int i = 0; i < 20000; ++i) {
        uint64_t bits = random();
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        if (i % 2 == 1) // the kind of value people type: a few digits and a fraction
            value =
                static_cast<double>(random() % 1000000) / static_cast<double>(1 + random() % 1000);
        if (!std::isfinite(value))
            continue;
        CAPTURE(value);
        const std::string text = written(value);
        CHECK(std::strtod(text.c_str(), nullptr) == value);
        CHECK(text.size() <= Nlohmann(value).dump().size() + 1);
    }
}

TEST_CASE("text that is not UTF-8 is written with a replacement character for each broken part") {
    for (const std::string& text :
         {std::string("end \xE2\x82"), std::string("\xF0\x9F\x98x"), std::string("\xFF\xFE"),
          std::string("\xC0\xAF"), std::string("\xF4\x90\x80\x80"), std::string("\xE0\x80\x80"),
          std::string("\xED\xA0\x80z"), std::string("ok \xC3\xA9 \x80\x80 \xC3")}) {
        CAPTURE(text);
        std::string written;
        JsonWriter out(written, JsonWriter::Layout::Compact);
        out.String(text);
        CHECK(written == Nlohmann(text).dump(-1, ' ', false, Nlohmann::error_handler_t::replace));
    }
}

TEST_CASE("the compact writer lays JSON out on one line as nlohmann's dump()") {
    std::string text;
    JsonWriter out(text, JsonWriter::Layout::Compact);
    out.BeginObject();
    out.Key("title");
    out.String("Caf\xC3\xA9 \"notes\"");
    out.Key(std::string_view("items"));
    out.BeginArray();
    out.BeginObject();
    out.Key("x");
    out.Float(12.5);
    out.Key("id");
    out.Integer(7);
    out.Key("checked");
    out.Boolean(false);
    out.EndObject();
    out.BeginArray();
    out.EndArray();
    out.Null();
    out.EndArray();
    out.EndObject();
    const Nlohmann expected = {
        {"title", "Caf\xC3\xA9 \"notes\""},
        {"items", {{{"x", 12.5}, {"id", 7}, {"checked", false}}, Nlohmann::array(), nullptr}},
    };
    CHECK(text == expected.dump());
}
