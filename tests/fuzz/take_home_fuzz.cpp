// libFuzzer target for the take-home link's decoders (the part a hostile link reaches before
// anything is unpacked, and the check of what it unpacks to). The input is a fragment, then a
// line break and the text the link would unpack to. Nothing may crash; a link the decoders take
// must be a well-formed one, and a link Leeway makes must always read back as made.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/backup.h"
#include "core/take_home.h"

namespace core = leeway::core;

namespace {

void Require(bool condition) {
    if (!condition)
        std::abort();
}

bool IsBase64Url(std::string_view text) {
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const size_t line = input.find('\n');
    const std::string_view fragment = input.substr(0, line);
    const std::string_view text =
        line == std::string_view::npos ? std::string_view() : input.substr(line + 1);

    if (const std::optional<core::TakeHomePart> part = core::ParseTakeHomeFragment(fragment)) {
        Require(fragment.size() <= core::kMaxTakeHomeFragmentBytes);
        Require(part->index >= 1 && part->index <= part->count &&
                part->count <= core::kMaxTakeHomeParts);
        Require(!part->data.empty());
        const core::UnwrappedTakeHome unwrapped = core::UnwrapTakeHomeData(part->data);
        Require(unwrapped.data.has_value() != !unwrapped.problem.empty());
        if (unwrapped.data) {
            Require(IsBase64Url(unwrapped.data->encoded) && !unwrapped.data->encoded.empty());
            const std::string problem = core::CheckTakeHomeText(*unwrapped.data, text);
            // Offered only when the checksum holds and the importer takes it.
            if (problem.empty()) {
                Require(!unwrapped.data->checksum ||
                        *unwrapped.data->checksum == core::TakeHomeChecksum(text));
                Require(core::ImportBackup(text).ok());
            }
        }
    }

    // A link Leeway makes, of any packed data, reads back whole: one link or a sequence.
    std::string encoded;
    for (char c : text)
        if (IsBase64Url(std::string_view(&c, 1)))
            encoded += c;
    if (encoded.empty())
        return 0;
    const std::string wrapped = core::WrapTakeHomeData(text, encoded);
    const core::UnwrappedTakeHome back = core::UnwrapTakeHomeData(wrapped);
    Require(back.data && back.data->encoded == encoded &&
            back.data->checksum == core::TakeHomeChecksum(text));
    const std::vector<std::string> links =
        core::MakeTakeHomeLinks("https://leeway.example/", wrapped, "fz12ab");
    std::string joined;
    for (const std::string& link : links) {
        const std::optional<core::TakeHomePart> part =
            core::ParseTakeHomeFragment(std::string_view(link).substr(link.find('#')));
        Require(part.has_value());
        joined += part->data;
    }
    Require(links.empty() || joined == wrapped);
    return 0;
}
