#pragma once
// The kiosk's side of the page: the facilitator's settings in localStorage (they outlive every
// session), clearing what a participant left in the page's storage, and the page's manners
// during a session (leave-page prompt, no context menu, fullscreen).

#include <functional>
#include <string>

namespace leeway::platform {

// Keys that start with this belong to the facilitator and survive every wipe.
constexpr const char* kKioskKeyPrefix = "leeway-kiosk-";

// localStorage, or an empty string when the key is missing or storage is blocked.
std::string ReadKioskValue(const std::string& key);
// False when the browser refused (private mode with no storage, quota).
bool WriteKioskValue(const std::string& key, const std::string& value);
void RemoveKioskValue(const std::string& key);

// Removes every localStorage entry outside kKioskKeyPrefix and every sessionStorage entry, then
// reads both back. Returns "" when nothing is left, else what remained.
std::string ClearParticipantPageStorage();

// Starts the page again without any state in memory, at the app's plain address.
void RestartPage();

// While on, leaving the page asks first (an accidental reload or close during a session).
void SetLeavePagePrompt(bool on);
// While on, the browser's context menu does not open (kiosk mode).
void SetContextMenuBlocked(bool on);
void ToggleFullscreen();
bool IsFullscreen();

// The page's address without the fragment: where a take-home link points.
std::string PageAddress();

// The fragment in full (LocationHash is cut short for screen links). Removes it from the address
// bar when it starts with `prefix`, so the data does not linger in history.
std::string TakeFragmentStartingWith(const std::string& prefix);

// deflate-raw through the browser's CompressionStream, as base64url; "" on failure.
void CompressToBase64Url(const std::string& text, std::function<void(std::string)> on_done);
// The reverse, unpacked as a stream that stops once more than `max_bytes` came out, so a
// small input that unpacks to gigabytes costs no memory.
enum class Unpacked { Ok, TooLarge, Damaged };
void DecompressFromBase64Url(const std::string& encoded, size_t max_bytes,
                             std::function<void(Unpacked result, std::string text)> on_done);

// PBKDF2-HMAC-SHA-256 of the PIN (UTF-8) with the salt's characters, 32 bytes as hex: Web
// Crypto's deriveBits in the browser, core's own where a page has no Web Crypto (not served
// securely). Answers later, never inside the call in the browser.
void DerivePinHash(const std::string& pin, const std::string& salt, int rounds,
                   std::function<void(std::string hex)> on_done);

} // namespace leeway::platform
