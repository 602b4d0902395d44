#pragma once
// What the native stand-ins keep between calls, as a browser profile keeps it between visits.
// Tests that start the app many times begin each start from a profile of their choosing.

#include <cstdint>
#include <string>
#include <vector>

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

// The sequences of the stored generations, oldest first.
std::vector<int64_t> StoredSequences();

// The next `count` saves fail, as a full disk or a refusing browser makes them.
void RefuseSaves(int count);

// The next OpenStorage finds another tab holding the writer lock: this one may only read. Then
// that tab closes, and this one is told it writes now.
void OpenAsReadOnlyTab();
void OtherTabClosed();

// The file the next file picker returns, as if the user chose it.
void PickFileNext(const std::string& name, const std::string& text);

// The page is being hidden or closed: what the browser's pagehide and visibilitychange tell the
// app.
void HidePage();

// The parts of ForgetEverything, each kept by its own stand-in.
void ForgetStoredGenerations();
void ForgetKioskValues();
void ForgetPickedFile();

} // namespace leeway::platform::native
