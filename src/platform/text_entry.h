#pragma once
// Text entry through the browser's own input: while a text field of the app is active, a real
// page element (web/lib/leeway_text_entry.js) holds the keyboard focus at the field's caret, so
// dead keys, compose, input methods (IME), emoji, autocorrect, the soft keyboard of phones and
// the system clipboard all work. What the element receives comes back here as events.

#include <cstdint>
#include <string>
#include <vector>

namespace leeway::platform {

// Where and what the active text field is, in CSS pixels.
struct TextEntryField {
    uint32_t mirror_id = 0; // the field's id in the screen mirror (Tab moves on from there)
    float caret_x = 0.0f;   // left edge of the caret
    float caret_y = 0.0f;   // top of the line
    float line_height = 0.0f;
    std::string selected_text; // what copy and cut take; "" when nothing is selected
    bool secret = false;       // a PIN: never copied, no suggestions
    bool digits_only = false;  // asks phones for their number keyboard
};

// Creates the page's text entry element and its listeners; call once, after the page is set up.
void InitTextEntry();

// Focuses the page's text entry element at the field (again, when it moved or changed).
void FocusTextEntry(const TextEntryField& field);
// No text field is active: the element lets go of the keyboard (back to the drawing area).
void ReleaseTextEntry();

// Keys the app's text field handles itself; printable text arrives as text instead.
enum class TextEntryKey {
    None, // only the modifiers changed
    Enter,
    Escape,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    A,
    C,
    V,
    X,
    Y,
    Z, // with Ctrl: select all, copy, paste, cut, redo, undo
};

struct TextEntryModifiers {
    bool ctrl = false; // Cmd on a Mac
    bool shift = false;
    bool alt = false;
};

struct TextEntryEvent {
    enum class Kind {
        Text,  // text typed, composed or dictated, to insert at the caret
        Key,   // a key went down or up
        Paste, // text from the clipboard, to insert as one edit
        Cut,   // the selection went to the clipboard and leaves the field
        Left,  // the element lost focus to another part of the page: the field is done
    };
    Kind kind = Kind::Text;
    std::string text;
    TextEntryKey key = TextEntryKey::None;
    bool down = false;
    TextEntryModifiers modifiers;
};

// Events that arrived since the last call, oldest first.
std::vector<TextEntryEvent> TakeTextEntryEvents();

// The system clipboard, as far as a page may use it: writing works while the page has focus;
// reading is only ever given by a paste, so the text last pasted or copied is what is known.
void WriteClipboard(const std::string& text);
std::string KnownClipboardText();

} // namespace leeway::platform
