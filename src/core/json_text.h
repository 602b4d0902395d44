#pragma once
// JSON for backups, fast: a one-pass parser into a flat, read-only tree whose strings point into
// the text where they can, and a writer that lays JSON out exactly as nlohmann's dump(2) does
// without building a document first. Importing and exporting a large workbook in the browser was
// mostly nlohmann's generic document tree, and nlohmann's code was ~17 KB gzip of the
// download, so the app does without it; the tests still hold both to nlohmann's behaviour.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace leeway::core {

class JsonValue {
  public:
    enum class Kind : uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    Kind kind() const { return kind_; }
    bool is_null() const { return kind_ == Kind::Null; }
    bool is_boolean() const { return kind_ == Kind::Boolean; }
    bool is_number_integer() const { return kind_ == Kind::Integer || kind_ == Kind::Unsigned; }
    bool is_number() const { return is_number_integer() || kind_ == Kind::Float; }
    bool is_string() const { return kind_ == Kind::String; }
    bool is_array() const { return kind_ == Kind::Array; }
    bool is_object() const { return kind_ == Kind::Object; }

    bool boolean() const { return boolean_; }
    // As nlohmann's get<int64_t>() and get<double>() convert: a plain cast.
    int64_t integer() const;
    double number() const;
    std::string_view text() const { return text_; }

    // Elements of an array, members of an object (each member's name is its key()).
    size_t size() const { return count_; }
    const JsonValue& operator[](size_t index) const { return *children_[index]; }
    const JsonValue* const* begin() const { return children_; }
    const JsonValue* const* end() const { return children_ + count_; }
    std::string_view key() const { return key_; }

    // The member named `name` of an object; null when absent or when this is no object.
    const JsonValue* find(std::string_view name) const;
    bool contains(std::string_view name) const { return find(name) != nullptr; }

  private:
    friend class JsonParser;
    Kind kind_ = Kind::Null;
    bool boolean_ = false;
    uint32_t count_ = 0;
    union {
        int64_t signed_ = 0;
        uint64_t unsigned_;
        double float_;
    };
    std::string_view text_;
    std::string_view key_;
    const JsonValue* const* children_ = nullptr;
};

// A parsed document. Strings without escapes point into the parsed text, which must outlive it.
class JsonDocument {
  public:
    // Accepts exactly what nlohmann::json::parse accepts (RFC 8259, an optional UTF-8 byte order
    // mark, UTF-8 checked, duplicate names: the last value wins at the first place); false when
    // the text is not JSON or nests deeper than `max_depth` arrays and objects (the parser
    // recurses through them).
    bool Parse(std::string_view text, int max_depth);
    // Where and why the last Parse failed, for a person: "line 3, column 16: expected ...".
    const std::string& error() const { return error_; }

    const JsonValue& root() const { return values_.front(); }

    // Objects that gave a name more than once, each with the first such name, in text order:
    // the reader of a file whose meaning is unclear may refuse it.
    struct DuplicateName {
        const JsonValue* object;
        std::string_view name;
    };
    const std::vector<DuplicateName>& duplicate_names() const { return duplicate_names_; }

  private:
    friend class JsonParser;
    std::vector<JsonValue> values_;
    std::vector<DuplicateName> duplicate_names_;
    std::vector<const JsonValue*> children_;
    std::unique_ptr<char[]> unescaped_; // strings with escapes, decoded
    std::string error_;
};

// Writes JSON laid out as nlohmann's dump(2, ' ', false, error_handler_t::replace), or on one
// line with no spaces, as dump() does, for JSON only a program reads.
class JsonWriter {
  public:
    enum class Layout { Indented, Compact };
    explicit JsonWriter(std::string& out, Layout layout = Layout::Indented)
        : out_(out), compact_(layout == Layout::Compact) {}

    void BeginObject();
    void EndObject();
    void BeginArray();
    void EndArray();
    void Key(std::string_view name);
    // A name of the format's own (a string literal): plain ASCII, nothing to escape.
    template <size_t N> void Key(const char (&name)[N]) { PlainKey(std::string_view(name, N - 1)); }
    void String(std::string_view text);
    void Integer(int64_t value);
    void Float(double value);
    void Boolean(bool value);
    void Null();

  private:
    void BeforeValue();
    void NewLine();
    void Open(char bracket);
    void Close(char bracket);
    void Quoted(std::string_view text);
    void PlainKey(std::string_view name);

    std::string& out_;
    std::vector<uint32_t> counts_; // items written so far at each open level
    bool compact_;
    bool after_key_ = false;
};

} // namespace leeway::core
