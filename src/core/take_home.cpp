#include "core/take_home.h"

namespace leeway::core {

namespace {

bool IsBase64Url(std::string_view text) {
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    return true;
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
    if (fragment.substr(0, kTakeHomePrefix.size()) != kTakeHomePrefix)
        return std::nullopt;
    const std::string_view rest = fragment.substr(kTakeHomePrefix.size());
    TakeHomePart part;
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos) {
        if (rest.empty() || !IsBase64Url(rest))
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
        *index > *count || !IsGroup(group) || data.empty() || !IsBase64Url(data))
        return std::nullopt;
    part.index = *index;
    part.count = *count;
    part.group = std::string(group);
    part.data = std::string(data);
    return part;
}

} // namespace leeway::core
