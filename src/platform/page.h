#pragma once
// The page around the app: loading screen, idle loop, display preferences, test hooks.

#include <functional>
#include <string>

namespace leeway::platform {

// Installs the listeners that wake the frame loop on input; call once before the loop starts.
void InitPage();

// Calls frame once per display refresh (requestAnimationFrame) until the page closes.
void RunFrameLoop(void (*frame)());

// Hides the loading screen once the first frame is drawn.
void NotifyFirstFrameDrawn();

// Counts drawn frames so tests can prove nothing is drawn while idle.
void NotifyFrameDrawn();

// Stops calling the frame function until input, a timer or storage wakes it.
void SleepUntilWoken();

// Wakes the frame loop after a delay (replaces an earlier pending timer of the same kind).
enum class Timer { Save, Midnight, Kiosk /* the idle countdown */, PinRetry, Count };
void WakeAfter(Timer timer, double milliseconds);

bool PrefersDarkColorScheme();
// The system asks for more contrast (prefers-contrast: more, or forced colours).
bool PrefersMoreContrast();
// The main pointer is a finger (pointer: coarse): controls must be big enough to touch.
bool HasCoarsePointer();

// Small display preferences (theme, text size) kept in this browser, apart from the workbook;
// "" when never set or when the browser keeps nothing.
std::string LoadPreference(const std::string& key);
void SavePreference(const std::string& key, const std::string& value);

// The WebGL context can be taken away (driver reset, too many contexts) and given back. While it
// is lost the page says so and drawing is pointless; once restored, every GL object is remade.
bool GraphicsContextLost();
bool TakeGraphicsContextRestored(); // true once after each restoration

// Called when the page is hidden or about to go away: the last moment to save reliably.
void OnPageHidden(std::function<void()> on_hidden);

void SetDocumentTitle(const std::string& title);

// While on, leaving or reloading the page asks first: there is work that could not be saved.
void SetLeaveWarning(bool on);

// The page's link within the app ("#/clarity"); setting it adds a history entry, so the
// browser's back and forward buttons move between screens. Changes wake the loop.
std::string LocationHash();
void SetLocationHash(const std::string& hash);

// A random id for a new record: 12 hex digits from the browser's cryptographic generator.
std::string NewRecordId();

} // namespace leeway::platform
