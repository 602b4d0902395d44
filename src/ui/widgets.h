#pragma once
// Small building blocks shared by the screens, so every screen looks and reads the same way.

#include <optional>
#include <string>

#include <imgui.h>

#include "core/clarity.h"
#include "core/date.h"

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

// A paragraph in the strong font: the label of a group of controls.
void StrongParagraph(const std::string& text);

// Vertical space between parts of a screen.
void Gap(float height = 12.0f);

// A bordered card across the column; text inside wraps at its edge. Always pair with EndCard.
void BeginCard(const char* id);
void EndCard();
// Continues the row when an item next_width wide still fits, else starts a new row, so rows of
// buttons reflow on narrow screens (phones are 360 px wide).
void SameLineIfFits(float next_width);
// The same for a button with this label.
void SameLineIfButtonFits(const char* label);
// The button with this label goes at the right end of the line just drawn, or below it when the
// line has no room left.
void SameLineAtRightIfButtonFits(const char* label);

// A thin rule across the column.
void ColumnSeparator();

// accessible_name: what the mirror calls the button when the label alone is ambiguous, e.g.
// "Seen again: Test devices booked" for one of several "Seen again" buttons.
bool PrimaryButton(const char* label, const std::string& accessible_name = {});
bool SecondaryButton(const char* label, const std::string& accessible_name = {});

// One choice of a group; true when clicked. accessible_name as for buttons.
bool RadioChoice(const char* label, bool selected, const std::string& accessible_name = {});

// A checkbox; true when clicked (the caller flips the value). accessible_name as for buttons.
bool CheckboxChoice(const char* label, bool checked, const std::string& accessible_name = {});

// Lays items out left to right and starts a new line when the next one would pass the column's
// edge, so rows of choices fit a 360 px phone as well as a desktop.
class FlowRow {
  public:
    FlowRow();
    // Call before each item with the width it will take.
    void Next(float item_width);
    static float ButtonWidth(const char* label);
    static float RadioWidth(const char* label);

  private:
    float right_edge_;
    bool first_ = true;
};

// A group of radio choices laid out in a FlowRow; returns the chosen index (unchanged when
// nothing was clicked). names: accessible names, or null to use the labels.
int ChoiceRow(const char* const* labels, int count, int selected,
              const std::string& group_name = {});
// The same for a fixed list of labels: the count is the list's.
template <size_t N>
int ChoiceRow(const char* const (&labels)[N], int selected, const std::string& group_name = {}) {
    return ChoiceRow(labels, static_cast<int>(N), selected, group_name);
}

// A tab of the screen navigation, a link to `href` for the page; true when clicked. The label may
// be short to fit a phone; accessible_name says the whole name.
bool NavigationTab(const char* label, const char* href, bool selected,
                   const std::string& accessible_name = {});

// What is drawn while it lives is inside one container of the page's mirror: a landmark, a list
// or one item of a list (see BeginMirrorContainer).
class MirrorGroup {
  public:
    explicit MirrorGroup(Container kind, const std::string& label_or_key = {}) {
        BeginMirrorContainer(kind, label_or_key);
    }
    ~MirrorGroup() { EndMirrorContainer(); }
    MirrorGroup(const MirrorGroup&) = delete;
    MirrorGroup& operator=(const MirrorGroup&) = delete;
};

// True on a phone-sized window (or a small one at a large text size): the app's own chrome then
// takes one row at the top and one at the bottom, and the rest is the screen's content.
bool CompactLayout();

// "1 report", "3 reports".
std::string Plural(int count, const char* one, const char* many);

// A labelled single-line text field; the label is drawn above it. accessible_name as for
// buttons, when the same label appears more than once on a screen. max_bytes is the most the
// field's record takes (core's limit for it): near it the field counts, past it the field says,
// as an alert, that the text is too long to save, and keeps it for the user to shorten.
bool TextField(const char* label, const char* id, std::string& text, const char* hint, float width,
               const std::string& accessible_name = {}, size_t max_bytes = core::kMaxEntryBytes);

// A date field (YYYY-MM-DD) with a "Today" button. Returns the date typed, an empty optional
// for an empty field, and sets `valid` false when the text is not a date.
std::optional<core::Date> DateField(const char* label, const char* id, std::string& text,
                                    const core::Date& today, bool& valid,
                                    const std::string& accessible_name = {});

// A segmented bar of 30 days, coloured by phase, with the current day marked.
void ProgramProgressBar(int current_day, int total_days);

} // namespace leeway::ui
