#include "core/qr_code.h"

#include <qrcodegen.h>

#include <string>

namespace leeway::core {

std::optional<QrCode> EncodeQrCode(std::string_view text) {
    if (text.size() > kMaxQrBytes || text.find('\0') != std::string_view::npos)
        return std::nullopt;
    const std::string terminated(text);
    std::vector<uint8_t> scratch(qrcodegen_BUFFER_LEN_MAX);
    std::vector<uint8_t> code(qrcodegen_BUFFER_LEN_MAX);
    // Low error correction holds the most; the library raises it when the data leaves room.
    if (!qrcodegen_encodeText(terminated.c_str(), scratch.data(), code.data(), qrcodegen_Ecc_LOW,
                              qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO,
                              true))
        return std::nullopt;
    QrCode qr;
    qr.size = qrcodegen_getSize(code.data());
    qr.modules.resize(static_cast<size_t>(qr.size) * static_cast<size_t>(qr.size));
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            qr.modules[static_cast<size_t>(y * qr.size + x)] =
                qrcodegen_getModule(code.data(), x, y) ? 1 : 0;
    return qr;
}

} // namespace leeway::core
