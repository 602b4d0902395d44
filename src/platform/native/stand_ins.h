#pragma once
// What the native stand-ins keep between calls, as a browser profile keeps it between visits.
// Tests that start the app many times begin each start from a profile of their choosing.

#include <string>

namespace leeway::platform::native {

// A fresh profile: no stored generations, kiosk values, preferences or link.
void ForgetEverything();

// The stored workbook a fresh profile opens with: one generation holding `document`.
void StoreDocument(const std::string& document);

// The newest stored generation's text; empty when none is stored.
std::string NewestStoredDocument();

// Saves are written as they are asked for, but answered only at ReleaseSaveAnswers: a save then
// stays in flight as long as a test needs.
void HoldSaveAnswers();
void ReleaseSaveAnswers();

// The page is being hidden or closed: what the browser's pagehide and visibilitychange tell the app.
void HidePage();

// The parts of ForgetEverything, each kept by its own stand-in.
void ForgetStoredGenerations();
void ForgetKioskValues();

} // namespace leeway::platform::native
