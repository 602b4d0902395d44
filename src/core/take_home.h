#pragma once
// The take-home link: the page's address with the compressed workbook in the fragment, cut into
// a sequence of links when it is too much for one comfortable QR code.
//
// A link's data (one part, or all parts joined) is "2.<checksum>.<deflate-raw, base64url>": the
// format version, the CRC-32 of the workbook's text in 8 hex digits, and the text packed. Links
// from before version 2 carry the packed text alone, and are still read.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leeway::core {

constexpr std::string_view kTakeHomePrefix = "#/take-home/";
// Per code: a denser code holds more but scans badly off a screen.
constexpr size_t kTakeHomeLinkBytes = 1400;
constexpr int kMaxTakeHomeParts = 12;
constexpr int kTakeHomeLinkVersion = 2;
// The longest fragment read: a part's link is at most kTakeHomeLinkBytes, and this leaves room
// for a long address. Anything longer did not come from Leeway.
constexpr size_t kMaxTakeHomeFragmentBytes = 4096;
// The most text a link may unpack to. Twelve codes carry about 16 KB packed, and a workbook's
// JSON packs to about a tenth: 2 MB is far beyond any real link, and stops a "zip bomb" (a few
// KB that unpack to gigabytes) long before it costs memory.
constexpr size_t kMaxTakeHomeTextBytes = 2 * 1024 * 1024;

// CRC-32 (the one of zip and PNG) of the text.
uint32_t TakeHomeChecksum(std::string_view text);

// The data of a version 2 link for `text`, packed as `encoded`.
std::string WrapTakeHomeData(std::string_view text, std::string_view encoded);

struct TakeHomeData {
    int version = kTakeHomeLinkVersion;
    std::optional<uint32_t> checksum; // none in links before version 2
    std::string encoded;              // deflate-raw, base64url
};

// Reads a link's whole data; `problem` says why not, for a person.
struct UnwrappedTakeHome {
    std::optional<TakeHomeData> data;
    std::string problem;
};
UnwrappedTakeHome UnwrapTakeHomeData(std::string_view joined);

// After unpacking: "" when the text is what the link was made from and a valid backup, so the
// import may be offered; else why not, for a person.
std::string CheckTakeHomeText(const TakeHomeData& data, std::string_view text);

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
