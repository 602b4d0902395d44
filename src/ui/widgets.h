#pragma once
// Small building blocks shared by the screens, so every screen looks and reads the same way.

#include <string>

#include <imgui.h>

#include "ui/screen_snapshot.h"

namespace leeway::ui {

// A centred column no wider than max_width; everything between Begin and End flows in it.
void BeginColumn(float max_width);
void EndColumn();

void Title(const std::string& text);
void Heading(const std::string& text);
// Paragraphs are text to assistive technology unless given a live role (Status, Alert).
void Paragraph(const std::string& text, Role role = Role::Text);
void MutedParagraph(const std::string& text, Role role = Role::Text);
void ErrorParagraph(const std::string& text, Role role = Role::Text);

// Continues the row when an item next_width wide still fits, else starts a new row, so rows of
// buttons reflow on narrow screens (phones are 360 px wide).
void SameLineIfFits(float next_width);
// The same for a button with this label.
void SameLineIfButtonFits(const char* label);

// A thin rule across the column.
void ColumnSeparator();

// accessible_name: what the mirror calls the button when the label alone is ambiguous, e.g.
// "Seen again: Test devices booked" for one of several "Seen again" buttons.
bool PrimaryButton(const char* label, const std::string& accessible_name = {});
bool SecondaryButton(const char* label, const std::string& accessible_name = {});

// One choice of a group; true when clicked.
bool RadioChoice(const char* label, bool selected);

// A tab of the screen navigation; true when clicked.
bool NavigationTab(const char* label, bool selected);

// A labelled single-line text field; the label is drawn above it.
bool TextField(const char* label, const char* id, std::string& text, const char* hint,
               float width);

// A segmented bar of 30 days, coloured by phase, with the current day marked.
void ProgramProgressBar(int current_day, int total_days);

} // namespace leeway::ui
