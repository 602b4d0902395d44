#include "app/text_entry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <optional>
#include <string>

#include "platform/text_entry.h"

namespace leeway::app {

namespace {

using platform::TextEntryEvent;
using platform::TextEntryKey;
using platform::TextEntryModifiers;

ImGuiPlatformImeData g_ime_data;       // where Dear ImGui last drew an active field's caret
platform::TextEntryField g_sent_field; // what the element was last told
bool g_element_has_field = false;
TextEntryModifiers g_modifiers;             // as the element last reported them
std::optional<std::string> g_pending_paste; // handed to Dear ImGui's paste, once
std::string g_clipboard_for_imgui;          // Dear ImGui keeps the pointer until its next call

ImGuiKey ImGuiKeyFor(TextEntryKey key) {
    switch (key) {
    case TextEntryKey::None: return ImGuiKey_None;
    case TextEntryKey::Enter: return ImGuiKey_Enter;
    case TextEntryKey::Escape: return ImGuiKey_Escape;
    case TextEntryKey::Backspace: return ImGuiKey_Backspace;
    case TextEntryKey::Delete: return ImGuiKey_Delete;
    case TextEntryKey::Left: return ImGuiKey_LeftArrow;
    case TextEntryKey::Right: return ImGuiKey_RightArrow;
    case TextEntryKey::Up: return ImGuiKey_UpArrow;
    case TextEntryKey::Down: return ImGuiKey_DownArrow;
    case TextEntryKey::Home: return ImGuiKey_Home;
    case TextEntryKey::End: return ImGuiKey_End;
    case TextEntryKey::PageUp: return ImGuiKey_PageUp;
    case TextEntryKey::PageDown: return ImGuiKey_PageDown;
    case TextEntryKey::A: return ImGuiKey_A;
    case TextEntryKey::C: return ImGuiKey_C;
    case TextEntryKey::V: return ImGuiKey_V;
    case TextEntryKey::X: return ImGuiKey_X;
    case TextEntryKey::Y: return ImGuiKey_Y;
    case TextEntryKey::Z: return ImGuiKey_Z;
    }
    return ImGuiKey_None;
}

void SetModifiers(ImGuiIO& io, const TextEntryModifiers& modifiers) {
    io.AddKeyEvent(ImGuiMod_Ctrl, modifiers.ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, modifiers.shift);
    io.AddKeyEvent(ImGuiMod_Alt, modifiers.alt);
}

// Ctrl and the key, whatever else is held, as Dear ImGui's shortcuts want exactly Ctrl.
void PressShortcut(ImGuiIO& io, ImGuiKey key) {
    SetModifiers(io, {true, false, false});
    io.AddKeyEvent(key, true);
    io.AddKeyEvent(key, false);
    SetModifiers(io, g_modifiers);
}

ImGuiInputTextState* ActiveTextState() { return ImGui::GetInputTextState(ImGui::GetActiveID()); }

std::string SelectedText(const ImGuiInputTextState& state) {
    const int start = ImMin(state.GetSelectionStart(), state.GetSelectionEnd());
    const int end = ImMin(ImMax(state.GetSelectionStart(), state.GetSelectionEnd()), state.CurLenW);
    if (start >= end)
        return {};
    const ImWchar* begin = state.TextW.Data + start;
    std::string text(
        static_cast<size_t>(ImTextCountUtf8BytesFromStr(begin, state.TextW.Data + end)) + 1, '\0');
    const int written =
        ImTextStrToUtf8(text.data(), static_cast<int>(text.size()), begin, state.TextW.Data + end);
    text.resize(static_cast<size_t>(written));
    return text;
}

bool SameField(const platform::TextEntryField& a, const platform::TextEntryField& b) {
    return a.mirror_id == b.mirror_id && a.caret_x == b.caret_x && a.caret_y == b.caret_y &&
           a.line_height == b.line_height && a.selected_text == b.selected_text &&
           a.secret == b.secret && a.digits_only == b.digits_only;
}

} // namespace

void InstallTextEntry() {
    platform::InitTextEntry();
    ImGuiIO& io = ImGui::GetIO();
    io.SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) {
        g_ime_data = *data;
    };
    io.SetClipboardTextFn = [](void*, const char* text) { platform::WriteClipboard(text); };
    io.GetClipboardTextFn = [](void*) -> const char* {
        if (g_pending_paste) {
            g_clipboard_for_imgui = std::move(*g_pending_paste);
            g_pending_paste.reset();
        } else {
            g_clipboard_for_imgui = platform::KnownClipboardText();
        }
        return g_clipboard_for_imgui.c_str();
    };
}

bool ApplyTextEntryEvents() {
    std::vector<TextEntryEvent> events = platform::TakeTextEntryEvents();
    ImGuiIO& io = ImGui::GetIO();
    for (TextEntryEvent& event : events) {
        switch (event.kind) {
        case TextEntryEvent::Kind::Text: io.AddInputCharactersUTF8(event.text.c_str()); break;
        case TextEntryEvent::Kind::Key:
            g_modifiers = event.modifiers;
            SetModifiers(io, g_modifiers);
            if (event.key != TextEntryKey::None)
                io.AddKeyEvent(ImGuiKeyFor(event.key), event.down);
            break;
        // Dear ImGui's own paste and cut: one step to undo, its filters (digits, one line) apply.
        case TextEntryEvent::Kind::Paste:
            g_pending_paste = std::move(event.text);
            PressShortcut(io, ImGuiKey_V);
            break;
        case TextEntryEvent::Kind::Cut: PressShortcut(io, ImGuiKey_X); break;
        case TextEntryEvent::Kind::Left:
            // The keyboard went elsewhere on the page (Tab, a click on a mirrored control): the
            // field is done, as a page's field is when it loses focus. Its text is kept.
            if (ActiveTextState())
                ImGui::ClearActiveID();
            g_element_has_field = false;
            break;
        }
    }
    return !events.empty();
}

void SyncTextEntry() {
    const ImGuiInputTextState* state = ActiveTextState();
    if (!state || !g_ime_data.WantVisible) {
        g_pending_paste.reset();
        if (g_element_has_field)
            platform::ReleaseTextEntry();
        g_element_has_field = false;
        return;
    }
    platform::TextEntryField field;
    field.mirror_id = state->ID;
    field.caret_x = g_ime_data.InputPos.x;
    field.caret_y = g_ime_data.InputPos.y;
    field.line_height = g_ime_data.InputLineHeight;
    field.secret = (state->Flags & ImGuiInputTextFlags_Password) != 0;
    field.digits_only = (state->Flags & ImGuiInputTextFlags_CharsDecimal) != 0;
    if (!field.secret)
        field.selected_text = SelectedText(*state);
    if (g_element_has_field && SameField(field, g_sent_field))
        return;
    platform::FocusTextEntry(field);
    g_sent_field = std::move(field);
    g_element_has_field = true;
}

} // namespace leeway::app
