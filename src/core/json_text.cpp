#include "core/json_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace leeway::core {

namespace {

// How much of the UTF-8 sequence at `bytes` is well-formed: its lead byte and the continuation
// bytes that fit it, at least 1 (overlong forms, surrogates and code points above U+10FFFF do
// not fit: the same rule as nlohmann's). `whole` tells whether that is the complete sequence;
// when not, the count is Unicode's maximal ill-formed subpart, where one U+FFFD goes.
size_t Utf8Fitting(const unsigned char* bytes, size_t available, bool& whole) {
    const unsigned lead = bytes[0];
    size_t following = 0; // continuation bytes the lead byte asks for
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead < 0x80) {
        whole = true;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        following = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        following = 2;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        following = 3;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    }
    size_t length = 1;
    while (length <= following && length < available && bytes[length] >= low &&
           bytes[length] <= high) {
        ++length;
        low = 0x80;
        high = 0xBF;
    }
    whole = following > 0 && length == following + 1;
    return length;
}

// The length of the UTF-8 sequence at `bytes`, 0 when it is not well-formed.
size_t Utf8Length(const unsigned char* bytes, size_t available) {
    bool whole = false;
    const size_t length = Utf8Fitting(bytes, available, whole);
    return whole ? length : 0;
}

int HexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

int64_t JsonValue::integer() const {
    switch (kind_) {
    case Kind::Integer: return signed_;
    case Kind::Unsigned: return static_cast<int64_t>(unsigned_);
    case Kind::Float: return static_cast<int64_t>(float_);
    default: return 0;
    }
}

double JsonValue::number() const {
    switch (kind_) {
    case Kind::Integer: return static_cast<double>(signed_);
    case Kind::Unsigned: return static_cast<double>(unsigned_);
    case Kind::Float: return float_;
    default: return 0.0;
    }
}

const JsonValue* JsonValue::find(std::string_view name) const {
    if (kind_ != Kind::Object)
        return nullptr;
    for (const JsonValue* member : *this)
        if (member->key_ == name)
            return member;
    return nullptr;
}

namespace {
const char kEnded[] = "the text ends before the JSON is complete";
const char kExpectedValue[] =
    "expected a value such as \"text\", 42, true, false, null, [...] or {...}";
const char kControlCharacter[] = "a control character inside text"; // DescribeError names it
const char kNotUtf8[] = "the text is not UTF-8";
const char kHalfPair[] = "a \\u escape gives half of a character pair";
} // namespace

class JsonParser {
  public:
    JsonParser(std::string_view text, int max_depth, JsonDocument& document)
        : at_(text.data()), end_(text.data() + text.size()), size_(text.size()),
          depth_left_(max_depth), document_(document) {}

    bool Run() {
        // A byte order mark is skipped, as nlohmann does; a broken one is an error.
        if (at_ != end_ && static_cast<unsigned char>(*at_) == 0xEF) {
            if (end_ - at_ < 3 || static_cast<unsigned char>(at_[1]) != 0xBB ||
                static_cast<unsigned char>(at_[2]) != 0xBF)
                return Fail(at_, "the file starts with a broken byte order mark");
            at_ += 3;
        }
        values_.reserve(size_ / 24 + 16);
        uint32_t root = 0;
        if (!Value(root))
            return false;
        SkipSpace();
        if (at_ != end_)
            return Fail(at_, "expected nothing more after the end of the JSON");
        // Child lists are final now: turn the indices into pointers.
        document_.children_.resize(links_.size());
        for (size_t i = 0; i < links_.size(); ++i)
            document_.children_[i] = &values_[links_[i]];
        for (JsonValue& value : values_) {
            if (value.kind_ == JsonValue::Kind::Array || value.kind_ == JsonValue::Kind::Object) {
                value.children_ = document_.children_.data() + value.signed_;
                value.signed_ = 0;
            }
        }
        return true;
    }

    std::vector<JsonValue> values_; // moved into the document by Parse: pointers stay valid
    std::vector<std::pair<uint32_t, std::string_view>>
        duplicates_; // object, first name given twice
    const char* error_at_ = nullptr;
    const char* error_ = nullptr;

  private:
    // Notes where and why the text is not JSON; every failure ends here. Reaching the end of the
    // text early is one reason wherever it happens.
    bool Fail(const char* at, const char* why) {
        error_at_ = at;
        error_ = at == end_ ? kEnded : why;
        return false;
    }

    // Hot: an exported file is a third indentation. A local pointer and one test for the
    // common case keep the loop short in a browser's baseline compiler too.
    void SkipSpace() {
        const char* at = at_;
        while (at != end_) {
            const char c = *at;
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                break;
            ++at;
        }
        at_ = at;
    }

    bool Literal(const char* word, size_t length) {
        if (static_cast<size_t>(end_ - at_) < length || std::memcmp(at_, word, length) != 0)
            return Fail(at_, kExpectedValue);
        at_ += length;
        return true;
    }

    uint32_t NewValue(JsonValue::Kind kind) {
        values_.emplace_back();
        values_.back().kind_ = kind;
        return static_cast<uint32_t>(values_.size() - 1);
    }

    bool Value(uint32_t& index) {
        SkipSpace();
        if (at_ == end_)
            return Fail(at_, kExpectedValue);
        switch (*at_) {
        case '{': return Container(JsonValue::Kind::Object, '}', index);
        case '[': return Container(JsonValue::Kind::Array, ']', index);
        case '"': {
            std::string_view text;
            if (!String(text))
                return false;
            index = NewValue(JsonValue::Kind::String);
            values_[index].text_ = text;
            return true;
        }
        case 't':
        case 'f': {
            const bool truth = *at_ == 't';
            if (!(truth ? Literal("true", 4) : Literal("false", 5)))
                return false;
            index = NewValue(JsonValue::Kind::Boolean);
            values_[index].boolean_ = truth;
            return true;
        }
        case 'n': index = NewValue(JsonValue::Kind::Null); return Literal("null", 4);
        default: return Number(index);
        }
    }

    bool Container(JsonValue::Kind kind, char close, uint32_t& index) {
        if (depth_left_-- == 0)
            return Fail(at_, "lists and objects nest too deeply here");
        ++at_;
        index = NewValue(kind);
        const size_t first = pending_.size();
        SkipSpace();
        if (at_ != end_ && *at_ == close) {
            ++at_;
        } else {
            for (;;) {
                std::string_view key;
                if (kind == JsonValue::Kind::Object) {
                    SkipSpace();
                    if (at_ == end_ || *at_ != '"')
                        return Fail(at_, "expected a name in double quotes");
                    if (!String(key))
                        return false;
                    SkipSpace();
                    if (at_ == end_ || *at_ != ':')
                        return Fail(at_, "expected a colon after the name");
                    ++at_;
                }
                uint32_t child = 0;
                if (!Value(child))
                    return false;
                values_[child].key_ = key;
                pending_.push_back(child);
                SkipSpace();
                if (at_ != end_ && *at_ == ',') {
                    ++at_;
                    continue;
                }
                if (at_ == end_ || *at_ != close)
                    return Fail(at_, close == '}' ? "expected a comma or a closing }"
                                                  : "expected a comma or a closing ]");
                ++at_;
                break;
            }
        }
        if (kind == JsonValue::Kind::Object)
            MergeDuplicateNames(index, first);
        values_[index].signed_ = static_cast<int64_t>(links_.size()); // becomes a pointer in Run
        values_[index].count_ = static_cast<uint32_t>(pending_.size() - first);
        links_.insert(links_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(first),
                      pending_.end());
        pending_.resize(first);
        ++depth_left_;
        return true;
    }

    // A name given twice keeps its first place and takes the last value, as in nlohmann's objects.
    void MergeDuplicateNames(uint32_t object, size_t first) {
        const size_t count = pending_.size() - first;
        if (count < 2)
            return;
        bool duplicates = false;
        if (count <= 16) {
            for (size_t i = first; i < pending_.size() && !duplicates; ++i)
                for (size_t j = first; j < i && !duplicates; ++j)
                    duplicates = values_[pending_[i]].key_ == values_[pending_[j]].key_;
        } else {
            std::vector<std::string_view> names;
            names.reserve(count);
            for (size_t i = first; i < pending_.size(); ++i)
                names.push_back(values_[pending_[i]].key_);
            std::sort(names.begin(), names.end());
            duplicates = std::adjacent_find(names.begin(), names.end()) != names.end();
        }
        if (!duplicates)
            return;
        std::vector<uint32_t> merged;
        std::string_view repeated;
        for (size_t i = first; i < pending_.size(); ++i) {
            const uint32_t child = pending_[i];
            const auto same = std::find_if(merged.begin(), merged.end(), [&](uint32_t kept) {
                return values_[kept].key_ == values_[child].key_;
            });
            if (same == merged.end()) {
                merged.push_back(child);
            } else {
                if (repeated.empty())
                    repeated = values_[child].key_;
                *same = child;
            }
        }
        duplicates_.push_back({object, repeated});
        pending_.resize(first);
        pending_.insert(pending_.end(), merged.begin(), merged.end());
    }

    // At the opening quote. Without escapes the string is a view of the text itself.
    bool String(std::string_view& text) {
        const char* const start = at_ + 1;
        const char* at = start;
        while (at != end_) {
            const auto c = static_cast<unsigned char>(*at);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                ++at;
                continue;
            }
            at_ = at;
            if (c == '"') {
                text = std::string_view(start, static_cast<size_t>(at - start));
                ++at_;
                return true;
            }
            if (c == '\\')
                return EscapedString(start, text);
            if (c < 0x20)
                return Fail(at, kControlCharacter);
            const size_t length = Utf8Length(reinterpret_cast<const unsigned char*>(at),
                                             static_cast<size_t>(end_ - at));
            if (length == 0)
                return Fail(at, kNotUtf8);
            at += length;
        }
        at_ = at;
        return Fail(at_, kEnded);
    }

    bool Hex4(uint32_t& code) {
        code = 0;
        for (int i = 0; i < 4; ++i) {
            if (at_ + i == end_)
                return Fail(end_, kEnded);
            const int digit = HexDigit(at_[i]);
            if (digit < 0)
                return Fail(at_ + i, "expected four hex digits after \\u");
            code = code * 16 + static_cast<uint32_t>(digit);
        }
        at_ += 4;
        return true;
    }

    // Decoded text is never longer than its source, so one buffer the size of the text holds
    // every string that has escapes.
    bool EscapedString(const char* start, std::string_view& text) {
        if (!document_.unescaped_)
            document_.unescaped_ = std::make_unique<char[]>(size_);
        char* const begin = document_.unescaped_.get() + unescaped_used_;
        char* out = begin;
        const size_t plain = static_cast<size_t>(at_ - start);
        std::memcpy(out, start, plain);
        out += plain;
        while (at_ != end_) {
            const auto c = static_cast<unsigned char>(*at_);
            if (c == '"') {
                ++at_;
                text = std::string_view(begin, static_cast<size_t>(out - begin));
                unescaped_used_ += text.size();
                return true;
            }
            if (c < 0x20)
                return Fail(at_, kControlCharacter);
            if (c != '\\') {
                const size_t length = Utf8Length(reinterpret_cast<const unsigned char*>(at_),
                                                 static_cast<size_t>(end_ - at_));
                if (length == 0)
                    return Fail(at_, kNotUtf8);
                std::memcpy(out, at_, length);
                out += length;
                at_ += length;
                continue;
            }
            const char* const escape_at = at_;
            if (++at_ == end_)
                return Fail(at_, kEnded);
            const char escape = *at_++;
            switch (escape) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '/': *out++ = '/'; break;
            case 'b': *out++ = '\b'; break;
            case 'f': *out++ = '\f'; break;
            case 'n': *out++ = '\n'; break;
            case 'r': *out++ = '\r'; break;
            case 't': *out++ = '\t'; break;
            case 'u': {
                uint32_t code = 0;
                if (!Hex4(code))
                    return false;
                if (code >= 0xDC00 && code <= 0xDFFF)
                    return Fail(escape_at, kHalfPair);
                if (code >= 0xD800 && code <= 0xDBFF) {
                    uint32_t low = 0;
                    if (end_ - at_ < 2 || at_[0] != '\\' || at_[1] != 'u')
                        return Fail(escape_at, kHalfPair);
                    at_ += 2;
                    if (!Hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return Fail(escape_at, kHalfPair);
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                if (code < 0x80) {
                    *out++ = static_cast<char>(code);
                } else if (code < 0x800) {
                    *out++ = static_cast<char>(0xC0 | (code >> 6));
                    *out++ = static_cast<char>(0x80 | (code & 0x3F));
                } else if (code < 0x10000) {
                    *out++ = static_cast<char>(0xE0 | (code >> 12));
                    *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                    *out++ = static_cast<char>(0x80 | (code & 0x3F));
                } else {
                    *out++ = static_cast<char>(0xF0 | (code >> 18));
                    *out++ = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
                    *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                    *out++ = static_cast<char>(0x80 | (code & 0x3F));
                }
                break;
            }
            default:
                return Fail(escape_at,
                            "expected an escape such as \\n or \\u00e9 after the backslash");
            }
        }
        return Fail(at_, kEnded);
    }

    // RFC 8259 numbers. Whole numbers that fit 64 bits stay whole (unsigned unless negative);
    // the rest are doubles from strtod, as nlohmann reads them, and must be finite.
    bool Number(uint32_t& index) {
        const char* start = at_;
        const bool negative = *at_ == '-';
        if (negative)
            ++at_;
        const auto digits = [&] {
            const char* from = at_;
            while (at_ != end_ && *at_ >= '0' && *at_ <= '9')
                ++at_;
            return at_ != from;
        };
        if (at_ == end_ || *at_ < '0' || *at_ > '9')
            return Fail(start, kExpectedValue);
        if (*at_ == '0')
            ++at_;
        else
            digits();
        bool whole = true;
        if (at_ != end_ && *at_ == '.') {
            ++at_;
            whole = false;
            if (!digits())
                return Fail(at_, "expected a digit after the decimal point");
        }
        if (at_ != end_ && (*at_ == 'e' || *at_ == 'E')) {
            ++at_;
            whole = false;
            if (at_ != end_ && (*at_ == '+' || *at_ == '-'))
                ++at_;
            if (!digits())
                return Fail(at_, "expected a digit in the exponent");
        }
        if (whole) {
            uint64_t magnitude = 0;
            bool fits = true;
            for (const char* digit = start + (negative ? 1 : 0); digit != at_ && fits; ++digit) {
                const auto value = static_cast<uint64_t>(*digit - '0');
                fits = magnitude <= (UINT64_MAX - value) / 10;
                magnitude = magnitude * 10 + value;
            }
            if (fits && !negative) {
                index = NewValue(JsonValue::Kind::Unsigned);
                values_[index].unsigned_ = magnitude;
                return true;
            }
            if (fits && magnitude <= static_cast<uint64_t>(INT64_MAX) + 1) {
                index = NewValue(JsonValue::Kind::Integer);
                values_[index].signed_ = static_cast<int64_t>(0 - magnitude);
                return true;
            }
        }
        const std::string token(start, at_);
        const double value = std::strtod(token.c_str(), nullptr);
        if (!std::isfinite(value))
            return Fail(start, "the number is too large");
        index = NewValue(JsonValue::Kind::Float);
        values_[index].float_ = value;
        return true;
    }

    const char* at_;
    const char* end_;
    size_t size_;
    int depth_left_;
    JsonDocument& document_;
    size_t unescaped_used_ = 0;
    std::vector<uint32_t> pending_; // children of the open containers, innermost last
    std::vector<uint32_t> links_;   // children of the closed containers, one run each
};

namespace {

// "line 3, column 16: <why>, found 'x'", the column counted in characters, as an editor shows it.
std::string DescribeError(std::string_view text, const char* at, const char* why) {
    const char* line_start = text.data();
    int line = 1;
    for (const char* c = text.data(); c != at; ++c) {
        if (*c == '\n') {
            ++line;
            line_start = c + 1;
        }
    }
    int column = 1;
    for (const char* c = line_start; c != at; ++c)
        column += (static_cast<unsigned char>(*c) & 0xC0) != 0x80 ? 1 : 0;
    std::string message =
        "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    if (why == kControlCharacter && at != text.data() + text.size()) {
        // Named by its code point: a NUL or an escape character has no visible form to quote.
        const auto c = static_cast<unsigned char>(*at);
        static constexpr char kHex[] = "0123456789ABCDEF";
        const std::string code = std::string("U+00") + kHex[c >> 4] + kHex[c & 15];
        if (c == '\n' || c == '\r' || c == '\t')
            return message + code + (c == '\t' ? " (a tab)" : " (a line break)") +
                   " inside text must be written " +
                   (c == '\t'   ? "\\t"
                    : c == '\n' ? "\\n"
                                : "\\r");
        return message + code + " (a control character) inside text must be written \\u00" +
               kHex[c >> 4] + kHex[c & 15] + ", if it belongs there at all";
    }
    message += why;
    // What stands there, up to the next space or bracket: only printable, well-formed text.
    const char* const end = text.data() + text.size();
    const char* found_end = at;
    bool cut_short = false;
    while (found_end != end) {
        const auto c = static_cast<unsigned char>(*found_end);
        if (c <= ' ' || c == 0x7F || (found_end != at && std::strchr(",:[]{}\"", c)))
            break;
        const size_t length = Utf8Length(reinterpret_cast<const unsigned char*>(found_end),
                                         static_cast<size_t>(end - found_end));
        if (length == 0)
            break;
        if (found_end - at >= 24) {
            cut_short = true;
            break;
        }
        found_end += length;
    }
    if (found_end != at)
        message += ", found '" + std::string(at, found_end) + (cut_short ? "...'" : "'");
    return message;
}

} // namespace

bool JsonDocument::Parse(std::string_view text, int max_depth) {
    values_.clear();
    children_.clear();
    unescaped_.reset();
    error_.clear();
    duplicate_names_.clear();
    JsonParser parser(text, max_depth, *this);
    if (!parser.Run()) {
        error_ = DescribeError(text, parser.error_at_, parser.error_);
        return false;
    }
    values_ = std::move(parser.values_);
    duplicate_names_.clear();
    for (const auto& [object, name] : parser.duplicates_)
        duplicate_names_.push_back({&values_[object], name});
    return true;
}

// --- Writing ---

void JsonWriter::NewLine() {
    if (compact_)
        return;
    out_ += '\n';
    out_.append(counts_.size() * 2, ' ');
}

void JsonWriter::BeforeValue() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (counts_.empty())
        return;
    if (counts_.back()++ > 0)
        out_ += ',';
    NewLine();
}

void JsonWriter::Open(char bracket) {
    BeforeValue();
    out_ += bracket;
    counts_.push_back(0);
}

// An empty object or array stays on one line, "{}" or "[]", as dump(2) writes it.
void JsonWriter::Close(char bracket) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty)
        NewLine();
    out_ += bracket;
}

void JsonWriter::BeginObject() { Open('{'); }
void JsonWriter::EndObject() { Close('}'); }
void JsonWriter::BeginArray() { Open('['); }
void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view name) {
    BeforeValue();
    Quoted(name);
    out_ += compact_ ? ":" : ": ";
    after_key_ = true;
}

// The separator, new line, indent and name in one append: exports write ~100 000 names.
void JsonWriter::PlainKey(std::string_view name) {
    char prefix[128];
    const size_t indent = counts_.size() * 2;
    if (compact_ || after_key_ || counts_.empty() || indent + name.size() + 6 > sizeof prefix) {
        Key(name);
        return;
    }
    char* at = prefix;
    if (counts_.back()++ > 0)
        *at++ = ',';
    *at++ = '\n';
    std::memset(at, ' ', indent);
    at += indent;
    *at++ = '"';
    std::memcpy(at, name.data(), name.size());
    at += name.size();
    *at++ = '"';
    *at++ = ':';
    *at++ = ' ';
    out_.append(prefix, static_cast<size_t>(at - prefix));
    after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
    BeforeValue();
    Quoted(text);
}

// Escapes as nlohmann does without ensure_ascii: quote, backslash and control characters only.
// Text that is not well-formed UTF-8 gets U+FFFD for each ill-formed part, as nlohmann's
// error_handler_t::replace does, so the file is always UTF-8.
void JsonWriter::Quoted(std::string_view text) {
    out_ += '"';
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    size_t plain_from = 0;
    for (size_t i = 0; i < text.size();) {
        const unsigned c = bytes[i];
        if (c >= 0x80) {
            bool whole = false;
            const size_t length = Utf8Fitting(bytes + i, text.size() - i, whole);
            if (!whole) {
                out_.append(text.data() + plain_from, i - plain_from);
                out_ += "\xEF\xBF\xBD";
                plain_from = i + length;
            }
            i += length;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        out_.append(text.data() + plain_from, i - plain_from);
        out_ += '\\';
        switch (c) {
        case '"': out_ += '"'; break;
        case '\\': out_ += '\\'; break;
        case '\b': out_ += 'b'; break;
        case '\f': out_ += 'f'; break;
        case '\n': out_ += 'n'; break;
        case '\r': out_ += 'r'; break;
        case '\t': out_ += 't'; break;
        default: {
            static const char kHex[] = "0123456789abcdef";
            out_ += "u00";
            out_ += kHex[c >> 4];
            out_ += kHex[c & 0xF];
        }
        }
        plain_from = ++i;
    }
    out_.append(text.data() + plain_from, text.size() - plain_from);
    out_ += '"';
}

namespace {

// Writes the decimal digits of `whole` so that they end at `end`; returns where they start.
char* WholeDigits(uint64_t whole, char* end) {
    char* at = end;
    do {
        *--at = static_cast<char>('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    return at;
}

} // namespace

void JsonWriter::Integer(int64_t value) {
    BeforeValue();
    char digits[24];
    char* const end = digits + sizeof digits;
    char* at = WholeDigits(
        value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value), end);
    if (value < 0)
        *--at = '-';
    out_.append(at, static_cast<size_t>(end - at));
}

namespace {

// The fewest significant digits that read back as `value` (finite, above zero), perhaps with
// trailing zeros, and the power of ten of the first digit.
int ShortestDigits(double value, std::string& digits) {
    // Fast and exact for what people type (12.5, 0.3): the first k for which value * 10^k rounds
    // to a whole number m below 2^53 that divides back to value. m / 10^k is then exactly what a
    // reader makes of "m e-k" (both numbers are exact doubles, the division rounds once), and no
    // shorter form exists, or a smaller k would have found it.
    constexpr double kExactWhole = 9007199254740992.0; // 2^53
    double scale = 1.0;
    for (int k = 0; k <= 17; ++k, scale *= 10.0) {
        const double whole = std::nearbyint(value * scale);
        if (whole >= kExactWhole)
            break;
        if (whole > 0.0 && whole / scale == value) {
            char text[24];
            char* const end = text + sizeof text;
            char* const first = WholeDigits(static_cast<uint64_t>(whole), end);
            digits.assign(first, end);
            return static_cast<int>(digits.size()) - 1 - k;
        }
    }
    // Otherwise through the C library. A double with a form of up to 15 digits comes out of the
    // 15-digit rounding; failing that, the 16-digit rounding nearly always reads back if any
    // 16-digit form does; 17 digits always do. Subnormal numbers carry fewer digits than that:
    // every length is tried, shortest first.
    char text[32];
    const int fewest = value < std::numeric_limits<double>::min() ? 1 : 15;
    for (int precision = fewest; precision <= 17; ++precision) {
        std::snprintf(text, sizeof text, "%.*e", precision - 1, value);
        if (precision == 17 || std::strtod(text, nullptr) == value)
            break;
    }
    // text is "d.ddde+XX": the digits, then the power of ten of the first one.
    const char* const e = std::strchr(text, 'e');
    digits.assign(1, text[0]);
    if (text[1] == '.')
        digits.append(text + 2, static_cast<size_t>(e - (text + 2)));
    return std::atoi(e + 1);
}

} // namespace

// The fewest significant digits that read back as the same double, laid out as nlohmann's
// dump() does: "0.1", "2.0", "1e+20", "2.5e-07"; null for what JSON cannot hold.
void JsonWriter::Float(double value) {
    BeforeValue();
    if (!std::isfinite(value)) {
        out_ += "null";
        return;
    }
    if (std::signbit(value)) {
        out_ += '-';
        value = -value;
    }
    if (value == 0.0) {
        out_ += "0.0";
        return;
    }
    std::string digits;
    const int power = ShortestDigits(value, digits);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int count = static_cast<int>(digits.size());
    const int point = power + 1; // digits before the decimal point
    if (point > 15 || point < -3) {
        // Scientific, as nlohmann writes outside 1e-4 .. 1e15: "1e+20", "1.5e-07".
        out_ += digits[0];
        if (count > 1) {
            out_ += '.';
            out_.append(digits, 1, std::string::npos);
        }
        // A double's power of ten has at most three digits; nlohmann writes at least two.
        const int magnitude = power < 0 ? -power : power;
        out_ += power < 0 ? "e-" : "e+";
        if (magnitude >= 100)
            out_ += static_cast<char>('0' + magnitude / 100);
        out_ += static_cast<char>('0' + magnitude / 10 % 10);
        out_ += static_cast<char>('0' + magnitude % 10);
    } else if (point >= count) {
        out_ += digits;
        out_.append(static_cast<size_t>(point - count), '0');
        out_ += ".0";
    } else if (point > 0) {
        out_.append(digits, 0, static_cast<size_t>(point));
        out_ += '.';
        out_.append(digits, static_cast<size_t>(point), std::string::npos);
    } else {
        out_ += "0.";
        out_.append(static_cast<size_t>(-point), '0');
        out_ += digits;
    }
}

void JsonWriter::Boolean(bool value) {
    BeforeValue();
    out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
    BeforeValue();
    out_ += "null";
}

} // namespace leeway::core
