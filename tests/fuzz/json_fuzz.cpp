// libFuzzer target for core's JSON reader against nlohmann's on the same bytes: both accept or
// both refuse, and what they accept holds the same values in the same order. The importer's
// target reaches the reader only through whole backups; this one reaches every corner of it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/json_text.h"
#include "json_same.h"

namespace {

// Deep enough that nesting never decides: an input of 64 KB nests at most 64 K deep.
constexpr int kNoDepthLimit = 1 << 20;

[[noreturn]] void Differ(const std::string& why) {
    std::fprintf(stderr, "core's JSON reader and nlohmann's differ: %s\n", why.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    leeway::core::JsonDocument ours;
    const bool parsed = ours.Parse(text, kNoDepthLimit);
    // nlohmann stops at a NUL byte as if the input ended there, so it accepts "1\0junk". JSON
    // allows no raw NUL anywhere (in a string it must be written \u0000): such text is refused.
    if (text.find('\0') != std::string_view::npos) {
        if (parsed)
            Differ("ours accepted text with a raw NUL byte");
        return 0;
    }
    const leeway::testing::Nlohmann theirs =
        leeway::testing::Nlohmann::parse(text.begin(), text.end(), nullptr, false);
    if (parsed != !theirs.is_discarded())
        Differ(parsed ? "ours accepted what nlohmann refused"
                      : "ours refused (" + ours.error() + ") what nlohmann accepted");
    if (parsed)
        if (const std::string difference = leeway::testing::JsonDifference(ours.root(), theirs);
            !difference.empty())
            Differ(difference);
    return 0;
}
