// Native stand-in: there is no page; a native frame loop never sleeps.
#include "platform/page.h"

#include "platform/native/stand_ins.h"

#include <functional>
#include <map>
#include <random>

namespace leeway::platform {

void InitPage() {}
void RunFrameLoop(void (*frame)()) {
    for (;;)
        frame();
}
void NotifyFirstFrameDrawn() {}
void NotifyFrameDrawn() {}
void SleepUntilWoken() {}
void WakeAfter(Timer /*timer*/, double /*milliseconds*/) {}
bool PrefersDarkColorScheme() { return false; }
bool PrefersMoreContrast() { return false; }
bool HasCoarsePointer() { return false; }
bool GraphicsContextLost() { return false; }
bool TakeGraphicsContextRestored() { return false; }
namespace {
std::function<void()> g_on_hidden;
} // namespace
void OnPageHidden(std::function<void()> on_hidden) { g_on_hidden = std::move(on_hidden); }
void SetDocumentTitle(const std::string& /*title*/) {}
void SetLeaveWarning(bool /*on*/) {}

namespace {
std::string g_hash;
std::map<std::string, std::string> g_preferences;
} // namespace

namespace native {

void ForgetEverything() {
    ForgetStoredGenerations();
    ForgetKioskValues();
    ForgetPickedFile();
    g_preferences.clear();
    g_hash.clear();
    g_on_hidden = nullptr;
}

void HidePage() {
    if (g_on_hidden)
        g_on_hidden();
}

} // namespace native

std::string LoadPreference(const std::string& key) {
    const auto found = g_preferences.find(key);
    return found == g_preferences.end() ? std::string() : found->second;
}
void SavePreference(const std::string& key, const std::string& value) {
    g_preferences[key] = value;
}

std::string LocationHash() { return g_hash; }
void SetLocationHash(const std::string& hash) { g_hash = hash; }

std::string NewRecordId() {
    static std::mt19937_64 generator{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (int digit = 0; digit < 12; ++digit)
        id += kHex[generator() & 15];
    return id;
}

} // namespace leeway::platform
