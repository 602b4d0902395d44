#include "platform/kiosk.h"

#include <emscripten/emscripten.h>

#include "core/kiosk.h"

#include <map>
#include <utility>

extern "C" {
void leeway_kiosk_read_js(const char* key, void* out);
int leeway_kiosk_write_js(const char* key, const char* value);
void leeway_kiosk_remove_js(const char* key);
void leeway_kiosk_clear_page_storage_js(void* out);
void leeway_kiosk_restart_js();
void leeway_kiosk_set_leave_prompt_js(int on);
void leeway_kiosk_set_context_menu_blocked_js(int on);
void leeway_kiosk_toggle_fullscreen_js();
int leeway_kiosk_is_fullscreen_js();
void leeway_kiosk_page_address_js(void* out);
void leeway_kiosk_take_fragment_js(const char* prefix, void* out);
void leeway_kiosk_compress_js(const char* text, int request_id);
void leeway_kiosk_decompress_js(const char* encoded, double max_bytes, int request_id);
int leeway_kiosk_derive_pin_js(const char* pin, const char* salt, int rounds, int request_id);
}

namespace {

// What the page answers: 1 done (0 failed) for compressing; for unpacking see Unpacked below.
using Done = std::function<void(int, std::string)>;
std::map<int, Done> g_pending;
int g_next_request = 1;

int Remember(Done done) {
    const int id = g_next_request++;
    g_pending[id] = std::move(done);
    return id;
}

} // namespace

// Strings come back from JS synchronously through this: `out` is the std::string to fill.
extern "C" EMSCRIPTEN_KEEPALIVE void leeway_kiosk_value(void* out, const char* value) {
    *static_cast<std::string*>(out) = value ? value : "";
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_kiosk_compressed(int request_id, int answer,
                                                             const char* text) {
    const auto pending = g_pending.find(request_id);
    if (pending == g_pending.end())
        return;
    Done done = std::move(pending->second);
    g_pending.erase(pending);
    done(answer, text ? text : "");
}

namespace leeway::platform {

std::string ReadKioskValue(const std::string& key) {
    std::string value;
    leeway_kiosk_read_js(key.c_str(), &value);
    return value;
}

bool WriteKioskValue(const std::string& key, const std::string& value) {
    return leeway_kiosk_write_js(key.c_str(), value.c_str()) != 0;
}

void RemoveKioskValue(const std::string& key) { leeway_kiosk_remove_js(key.c_str()); }

std::string ClearParticipantPageStorage() {
    std::string left;
    leeway_kiosk_clear_page_storage_js(&left);
    return left;
}

void RestartPage() { leeway_kiosk_restart_js(); }

void SetLeavePagePrompt(bool on) { leeway_kiosk_set_leave_prompt_js(on ? 1 : 0); }

void SetContextMenuBlocked(bool on) { leeway_kiosk_set_context_menu_blocked_js(on ? 1 : 0); }

void ToggleFullscreen() { leeway_kiosk_toggle_fullscreen_js(); }

bool IsFullscreen() { return leeway_kiosk_is_fullscreen_js() != 0; }

std::string PageAddress() {
    std::string address;
    leeway_kiosk_page_address_js(&address);
    return address;
}

std::string TakeFragmentStartingWith(const std::string& prefix) {
    std::string fragment;
    leeway_kiosk_take_fragment_js(prefix.c_str(), &fragment);
    return fragment;
}

void CompressToBase64Url(const std::string& text, std::function<void(std::string)> on_done) {
    const int id = Remember(
        [on_done = std::move(on_done)](int, std::string encoded) { on_done(std::move(encoded)); });
    leeway_kiosk_compress_js(text.c_str(), id);
}

void DecompressFromBase64Url(const std::string& encoded, size_t max_bytes,
                             std::function<void(Unpacked result, std::string text)> on_done) {
    // The page answers 1 for unpacked, 0 for damaged and 2 for too large.
    const int id = Remember([on_done = std::move(on_done)](int answer, std::string text) {
        on_done(answer == 1   ? Unpacked::Ok
                : answer == 2 ? Unpacked::TooLarge
                              : Unpacked::Damaged,
                std::move(text));
    });
    leeway_kiosk_decompress_js(encoded.c_str(), static_cast<double>(max_bytes), id);
}

void DerivePinHash(const std::string& pin, const std::string& salt, int rounds,
                   std::function<void(std::string hex)> on_done) {
    // The page answers 1 with the hash, or 0 when Web Crypto failed after it had started.
    const int id = Remember([on_done](int, std::string hex) { on_done(std::move(hex)); });
    if (leeway_kiosk_derive_pin_js(pin.c_str(), salt.c_str(), rounds, id))
        return;
    // No Web Crypto on this page: derived here, which takes longer but gives the same hash.
    g_pending.erase(id);
    on_done(core::Pbkdf2Sha256Hex(pin, salt, rounds));
}

} // namespace leeway::platform
