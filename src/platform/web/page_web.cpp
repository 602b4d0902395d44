#include "platform/page.h"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
void leeway_page_init_js();
void leeway_page_first_frame_js();
void leeway_page_frame_drawn_js();
void leeway_page_sleep_js();
void leeway_page_wake_after_js(int timer, double milliseconds);
int leeway_page_prefers_dark_js();
int leeway_page_prefers_more_contrast_js();
int leeway_page_coarse_pointer_js();
void leeway_page_load_preference_js(const char* key, char* buffer, int size);
void leeway_page_save_preference_js(const char* key, const char* value);
void leeway_page_set_title_js(const char* title);
void leeway_page_set_leave_warning_js(int on);
void leeway_page_location_hash_js(char* buffer, int size);
void leeway_page_set_location_hash_js(const char* hash);
void leeway_page_random_bytes_js(unsigned char* buffer, int size);
}

namespace {
std::function<void()> g_on_hidden;
bool g_context_lost = false;
bool g_context_restored = false;
} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_page_context_lost() { g_context_lost = true; }

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_page_context_restored() {
    g_context_lost = false;
    g_context_restored = true;
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_page_hidden() {
    if (g_on_hidden)
        g_on_hidden();
}

namespace leeway::platform {

void OnPageHidden(std::function<void()> on_hidden) { g_on_hidden = std::move(on_hidden); }

void InitPage() { leeway_page_init_js(); }

// No Asyncify and no pthreads: the browser drives the loop, so plain static hosting works.
void RunFrameLoop(void (*frame)()) { emscripten_set_main_loop(frame, 0, true); }

void NotifyFirstFrameDrawn() { leeway_page_first_frame_js(); }

void NotifyFrameDrawn() { leeway_page_frame_drawn_js(); }

void SleepUntilWoken() { leeway_page_sleep_js(); }

void WakeAfter(Timer timer, double milliseconds) {
    leeway_page_wake_after_js(static_cast<int>(timer), milliseconds);
}

bool PrefersDarkColorScheme() { return leeway_page_prefers_dark_js() != 0; }

bool PrefersMoreContrast() { return leeway_page_prefers_more_contrast_js() != 0; }

bool HasCoarsePointer() { return leeway_page_coarse_pointer_js() != 0; }

bool GraphicsContextLost() { return g_context_lost; }

bool TakeGraphicsContextRestored() { return std::exchange(g_context_restored, false); }

std::string LoadPreference(const std::string& key) {
    char buffer[64] = {}; // preferences are short words and numbers
    leeway_page_load_preference_js(key.c_str(), buffer, sizeof buffer);
    return buffer;
}

void SavePreference(const std::string& key, const std::string& value) {
    leeway_page_save_preference_js(key.c_str(), value.c_str());
}

void SetDocumentTitle(const std::string& title) { leeway_page_set_title_js(title.c_str()); }

void SetLeaveWarning(bool on) { leeway_page_set_leave_warning_js(on ? 1 : 0); }

std::string LocationHash() {
    char buffer[128] = {};
    leeway_page_location_hash_js(buffer, sizeof buffer);
    return buffer;
}

void SetLocationHash(const std::string& hash) { leeway_page_set_location_hash_js(hash.c_str()); }

std::string NewRecordId() {
    unsigned char bytes[6];
    leeway_page_random_bytes_js(bytes, sizeof bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (unsigned char byte : bytes) {
        id += kHex[byte >> 4];
        id += kHex[byte & 15];
    }
    return id;
}

} // namespace leeway::platform
