// Native stand-in: no page element to type into and no system clipboard; a copied text is kept
// so a paste in the same run gives it back.
#include "platform/text_entry.h"

namespace leeway::platform {

namespace {
std::string g_clipboard;
} // namespace

void InitTextEntry() {}

void FocusTextEntry(const TextEntryField& /*field*/) {}

void ReleaseTextEntry() {}

std::vector<TextEntryEvent> TakeTextEntryEvents() { return {}; }

void WriteClipboard(const std::string& text) { g_clipboard = text; }

std::string KnownClipboardText() { return g_clipboard; }

} // namespace leeway::platform
