#pragma once
// The take-home link (issue 8): the page's address with the compressed workbook in the fragment,
// cut into a sequence of links when it is too much for one comfortable QR code.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leeway::core {

constexpr std::string_view kTakeHomePrefix = "#/take-home/";
// Per code: a denser code holds more but scans badly off a screen.
constexpr size_t kTakeHomeLinkBytes = 1400;
constexpr int kMaxTakeHomeParts = 12;

// One link "<address>#/take-home/<data>" when it fits, else links
// "<address>#/take-home/<k>-<n>-<group>/<part k>" for k = 1..n. Empty when even kMaxTakeHomeParts
// are not enough. group: a few characters from [0-9a-z] that tie the parts together.
std::vector<std::string> MakeTakeHomeLinks(std::string_view address, std::string_view encoded,
                                           std::string_view group,
                                           size_t max_link_bytes = kTakeHomeLinkBytes);

struct TakeHomePart {
    int index = 1; // 1-based
    int count = 1;
    std::string group; // empty for a single link
    std::string data;
};

// Reads a fragment that starts with kTakeHomePrefix; empty when it is malformed.
std::optional<TakeHomePart> ParseTakeHomeFragment(std::string_view fragment);

} // namespace leeway::core
