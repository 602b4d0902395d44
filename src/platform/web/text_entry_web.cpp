#include "platform/text_entry.h"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
void leeway_text_entry_init_js();
void leeway_text_entry_focus_js(uint32_t mirror_id, float caret_x, float caret_y, float line_height,
                                const char* selected_text, int secret, int digits_only);
void leeway_text_entry_release_js();
void leeway_text_entry_write_clipboard_js(const char* text);
int leeway_text_entry_clipboard_size_js();
void leeway_text_entry_clipboard_js(char* buffer, int size);
}

namespace {

using leeway::platform::TextEntryEvent;
using leeway::platform::TextEntryKey;
using leeway::platform::TextEntryModifiers;

std::vector<TextEntryEvent> g_events;

// Bits of the modifiers argument, as web/lib/leeway_text_entry.js sends them.
constexpr int kCtrl = 1, kShift = 2, kAlt = 4;

TextEntryModifiers ModifiersFromBits(int bits) {
    return {(bits & kCtrl) != 0, (bits & kShift) != 0, (bits & kAlt) != 0};
}

void Queue(TextEntryEvent::Kind kind, const char* text) {
    TextEntryEvent event;
    event.kind = kind;
    event.text = text ? text : "";
    g_events.push_back(std::move(event));
}

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_text_entry_text(const char* text) {
    Queue(TextEntryEvent::Kind::Text, text);
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_text_entry_paste(const char* text) {
    Queue(TextEntryEvent::Kind::Paste, text);
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_text_entry_cut() {
    Queue(TextEntryEvent::Kind::Cut, nullptr);
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_text_entry_left() {
    Queue(TextEntryEvent::Kind::Left, nullptr);
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_text_entry_key(int key, int down, int modifiers) {
    if (key < static_cast<int>(TextEntryKey::None) || key > static_cast<int>(TextEntryKey::Z))
        return;
    TextEntryEvent event;
    event.kind = TextEntryEvent::Kind::Key;
    event.key = static_cast<TextEntryKey>(key);
    event.down = down != 0;
    event.modifiers = ModifiersFromBits(modifiers);
    g_events.push_back(std::move(event));
}

namespace leeway::platform {

void InitTextEntry() { leeway_text_entry_init_js(); }

void FocusTextEntry(const TextEntryField& field) {
    leeway_text_entry_focus_js(field.mirror_id, field.caret_x, field.caret_y, field.line_height,
                               field.selected_text.c_str(), field.secret ? 1 : 0,
                               field.digits_only ? 1 : 0);
}

void ReleaseTextEntry() { leeway_text_entry_release_js(); }

std::vector<TextEntryEvent> TakeTextEntryEvents() { return std::exchange(g_events, {}); }

void WriteClipboard(const std::string& text) { leeway_text_entry_write_clipboard_js(text.c_str()); }

std::string KnownClipboardText() {
    const int size = leeway_text_entry_clipboard_size_js();
    std::string text(static_cast<size_t>(size) + 1, '\0');
    leeway_text_entry_clipboard_js(text.data(), size + 1);
    text.resize(static_cast<size_t>(size));
    return text;
}

} // namespace leeway::platform
