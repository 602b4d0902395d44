#pragma once
// A QR code for a text (the take-home link), made by Nayuki's QR Code generator, which
// shell/setup.sh builds from Debian's qr-code-generator source package.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace leeway::core {

struct QrCode {
    int size = 0;                 // modules per side
    std::vector<uint8_t> modules; // size * size, row by row, 1 = dark
};

// The most a single code holds: version 40 at the lowest error correction, in byte mode.
constexpr size_t kMaxQrBytes = 2953;

// Empty when the text does not fit one code (or holds a NUL byte).
std::optional<QrCode> EncodeQrCode(std::string_view text);

} // namespace leeway::core
