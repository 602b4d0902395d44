#include "core/take_home.h"

#include <array>

#include "core/backup.h"

namespace leeway::core {

namespace {

bool IsBase64Url(std::string_view text) {
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    return true;
}

// Link data: base64url, and the dots that separate a version 2 link's header.
bool IsLinkData(std::string_view text) {
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.'))
            return false;
    return true;
}

constexpr std::array<uint32_t, 256> MakeCrcTable() {
    std::array<uint32_t, 256> table{};
    for (uint32_t n = 0; n < 256; ++n) {
        uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

std::optional<uint32_t> Hex8(std::string_view text) {
    if (text.size() != 8)
        return std::nullopt;
    uint32_t value = 0;
    for (char c : text) {
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0)
            return std::nullopt;
        value = value << 4 | static_cast<uint32_t>(digit);
    }
    return value;
}

bool IsGroup(std::string_view text) {
    if (text.empty() || text.size() > 16)
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

std::optional<int> SmallNumber(std::string_view text) {
    if (text.empty() || text.size() > 2)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::vector<std::string> MakeTakeHomeLinks(std::string_view address, std::string_view encoded,
                                           std::string_view group, size_t max_link_bytes) {
    const std::string base = std::string(address) + std::string(kTakeHomePrefix);
    if (base.size() + encoded.size() <= max_link_bytes)
        return {base + std::string(encoded)};
    // "12-12-<group>/" is the longest header a part can carry.
    const size_t header = 6 + group.size() + 1;
    if (max_link_bytes <= base.size() + header)
        return {};
    const size_t per_part = max_link_bytes - base.size() - header;
    const size_t count = (encoded.size() + per_part - 1) / per_part;
    if (count > static_cast<size_t>(kMaxTakeHomeParts))
        return {};
    std::vector<std::string> links;
    for (size_t index = 0; index < count; ++index)
        links.push_back(base + std::to_string(index + 1) + "-" + std::to_string(count) + "-" +
                        std::string(group) + "/" +
                        std::string(encoded.substr(index * per_part, per_part)));
    return links;
}

std::optional<TakeHomePart> ParseTakeHomeFragment(std::string_view fragment) {
    if (fragment.size() > kMaxTakeHomeFragmentBytes ||
        fragment.substr(0, kTakeHomePrefix.size()) != kTakeHomePrefix)
        return std::nullopt;
    const std::string_view rest = fragment.substr(kTakeHomePrefix.size());
    TakeHomePart part;
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos) {
        if (rest.empty() || !IsLinkData(rest))
            return std::nullopt;
        part.data = std::string(rest);
        return part;
    }
    // "<k>-<n>-<group>/<data>"
    const std::string_view header = rest.substr(0, slash);
    const size_t first = header.find('-');
    const size_t second = first == std::string_view::npos ? first : header.find('-', first + 1);
    if (second == std::string_view::npos)
        return std::nullopt;
    const std::optional<int> index = SmallNumber(header.substr(0, first));
    const std::optional<int> count = SmallNumber(header.substr(first + 1, second - first - 1));
    const std::string_view group = header.substr(second + 1);
    const std::string_view data = rest.substr(slash + 1);
    if (!index || !count || *count < 2 || *count > kMaxTakeHomeParts || *index < 1 ||
        *index > *count || !IsGroup(group) || data.empty() || !IsLinkData(data))
        return std::nullopt;
    part.index = *index;
    part.count = *count;
    part.group = std::string(group);
    part.data = std::string(data);
    return part;
}

uint32_t TakeHomeChecksum(std::string_view text) {
    static constexpr std::array<uint32_t, 256> kTable = MakeCrcTable();
    uint32_t crc = 0xFFFFFFFFu;
    for (char c : text)
        crc = kTable[(crc ^ static_cast<unsigned char>(c)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::string WrapTakeHomeData(std::string_view text, std::string_view encoded) {
    static constexpr char kHex[] = "0123456789abcdef";
    const uint32_t checksum = TakeHomeChecksum(text);
    std::string data = std::to_string(kTakeHomeLinkVersion) + ".";
    for (int shift = 28; shift >= 0; shift -= 4)
        data += kHex[(checksum >> shift) & 15];
    return data + "." + std::string(encoded);
}

UnwrappedTakeHome UnwrapTakeHomeData(std::string_view joined) {
    UnwrappedTakeHome result;
    const size_t dot = joined.find('.');
    if (dot == std::string_view::npos) { // before version 2: the packed text alone
        if (joined.empty() || !IsBase64Url(joined)) {
            result.problem = "it is not written the way Leeway writes links";
            return result;
        }
        result.data = TakeHomeData{1, std::nullopt, std::string(joined)};
        return result;
    }
    const std::string_view version = joined.substr(0, dot);
    if (version != std::to_string(kTakeHomeLinkVersion)) {
        const std::optional<int> number = SmallNumber(version);
        const bool newer = number && *number > kTakeHomeLinkVersion;
        result.problem =
            newer ? "it was made by a newer version of Leeway; open it with the latest one"
                  : "it is not written the way Leeway writes links";
        return result;
    }
    const std::string_view rest = joined.substr(dot + 1);
    const size_t second = rest.find('.');
    const std::optional<uint32_t> checksum =
        second == std::string_view::npos ? std::nullopt : Hex8(rest.substr(0, second));
    const std::string_view encoded =
        second == std::string_view::npos ? std::string_view() : rest.substr(second + 1);
    if (!checksum || encoded.empty() || !IsBase64Url(encoded)) {
        result.problem = "it is not written the way Leeway writes links";
        return result;
    }
    result.data = TakeHomeData{kTakeHomeLinkVersion, checksum, std::string(encoded)};
    return result;
}

std::string CheckTakeHomeText(const TakeHomeData& data, std::string_view text) {
    if (data.checksum && TakeHomeChecksum(text) != *data.checksum)
        return "what it carries does not match its checksum, so it was changed or damaged on the "
               "way";
    const ImportResult imported = ImportBackup(text);
    if (!imported.ok())
        return "what it carries is not a Leeway workbook that can be read (" +
               (imported.problems.empty()
                    ? std::string("no details")
                    : imported.problems.front().path + ": " + imported.problems.front().message) +
               ")";
    return {};
}

} // namespace leeway::core
