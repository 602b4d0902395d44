// Native stand-in: localStorage is a map in memory; there is no page to restart or fill the
// screen, and no compression (the take-home link is a browser feature).
#include "platform/kiosk.h"

#include "core/kiosk.h"

#include "platform/native/stand_ins.h"

#include <map>

namespace leeway::platform {

namespace {
std::map<std::string, std::string> g_values;
} // namespace

namespace native {
void ForgetKioskValues() { g_values.clear(); }
} // namespace native

std::string ReadKioskValue(const std::string& key) {
    const auto found = g_values.find(key);
    return found == g_values.end() ? std::string() : found->second;
}

bool WriteKioskValue(const std::string& key, const std::string& value) {
    g_values[key] = value;
    return true;
}

void RemoveKioskValue(const std::string& key) { g_values.erase(key); }

std::string ClearParticipantPageStorage() {
    for (auto it = g_values.begin(); it != g_values.end();)
        it = it->first.rfind(kKioskKeyPrefix, 0) == 0 ? std::next(it) : g_values.erase(it);
    return {};
}

void RestartPage() {}
void SetLeavePagePrompt(bool /*on*/) {}
void SetContextMenuBlocked(bool /*on*/) {}
void ToggleFullscreen() {}
bool IsFullscreen() { return false; }
std::string PageAddress() { return "http://127.0.0.1:8080/"; }
std::string TakeFragmentStartingWith(const std::string& /*prefix*/) { return {}; }

void CompressToBase64Url(const std::string& /*text*/, std::function<void(std::string)> on_done) {
    on_done({});
}

void DecompressFromBase64Url(const std::string& /*encoded*/, size_t /*max_bytes*/,
                             std::function<void(Unpacked result, std::string text)> on_done) {
    on_done(Unpacked::Damaged, {});
}

void DerivePinHash(const std::string& pin, const std::string& salt, int rounds,
                   std::function<void(std::string hex)> on_done) {
    on_done(core::Pbkdf2Sha256Hex(pin, salt, rounds));
}

} // namespace leeway::platform
