#pragma once
// Connects Dear ImGui's text fields to the page's own text entry element and to the system
// clipboard (platform/text_entry.h): the element gets the keyboard while a field is active, and
// what it receives is fed to Dear ImGui, which keeps editing the field as before.

namespace leeway::app {

// Takes over Dear ImGui's input method and clipboard hooks; call after the backends are set up.
void InstallTextEntry();

// Feeds the text and keys the element received into Dear ImGui's input queue; call before the
// frame. True when anything arrived.
bool ApplyTextEntryEvents();

// Moves the element to the active field's caret (or lets it go); call after each drawn frame.
void SyncTextEntry();

} // namespace leeway::app
