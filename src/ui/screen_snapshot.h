#pragma once
// What the current screen shows, item by item (role, name, state, rectangle), collected each
// drawn frame through Dear ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE) and our text helpers.
// The page mirrors it as elements for screen readers, keyboards and tests
// (web/lib/leeway_mirror.js), and those elements act on the app through the functions at the end of
// this file.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leeway::ui {

enum class Role {
    Button,
    TextField,
    Checkbox,
    Radio,
    Link, // a link to a screen: the navigation
    Heading,
    Text,
    Progress,
    ColumnHeader, // of a table the mirror builds (a chart's data)
    Cell,
    Status,
    Alert,
};

// The ARIA role the page's element for an item has ("button", "textbox", ...).
const char* RoleName(Role role);

// Names the next interactive item and gives it a role, before Dear ImGui adds it; "##" ids are
// stripped. Our widgets call it so items scrolled out of view are still mirrored.
void AnnotateNextItem(Role role, const std::string& name);

// Sets the value of the item just drawn (a text field's text after this frame's edits).
void RecordLastItemValue(const std::string& value);

// Sets the example a text field shows while empty (the mirror's placeholder).
void RecordLastItemHint(const char* hint);

// Sets the checked (radio, checkbox) or current (link) state of the item just drawn.
void RecordLastItemChecked(bool checked);

// Says the button just drawn opens and closes something (a menu, details), and whether it is open.
void RecordLastItemExpanded(bool expanded);

// Sets where the link just drawn leads ("#/map").
void RecordLastItemLink(const char* href);

// What the page builds around the items drawn between Begin and End, so that a screen reader can
// jump from landmark to landmark and says "list, 5 items". Landmarks and lists take a label; a
// list item or table row takes a key that tells it from its siblings (its record's id), so its
// element stays the same while the list around it changes.
enum class Container { Navigation, Main, Region, Footer, Dialog, List, ListItem, Table, Row };
void BeginMirrorContainer(Container kind, const std::string& label_or_key = {});
void EndMirrorContainer();

// Records a non-interactive item (heading, paragraph) drawn just before this call.
// Headings take a level: 1 for the screen's title, 2 for sections.
void RecordLastItemAsText(Role role, const std::string& text, int heading_level = 0);

void BeginSnapshotFrame();

// Forgets what was published and requested, for a new Dear ImGui context.
void ResetScreenSnapshot();

// Draws the focus ring of the mirrored element that has focus, then returns the snapshot as
// JSON when it differs from the last one returned, else "".
std::string EndSnapshotFrame(const std::string& screen_title);

// A control of the last snapshot EndSnapshotFrame returned: what native tests press.
struct PublishedControl {
    uint32_t id = 0;
    Role role = Role::Button;
    std::string name;
    bool disabled = false;
};

// The controls (items with an id) of the last snapshot returned, in the page's order.
std::vector<PublishedControl> PublishedControls();

// --- Requests from the mirrored elements ------------------------------------------------------

// Clicks the item in the middle of its rectangle, through Dear ImGui's input queue, exactly as a
// mouse would; an item out of view is scrolled into view first.
void ActivateItem(uint32_t id);

// True when the mirror needs one more frame drawn (a pending click, a scroll into view).
bool SnapshotNeedsAnotherFrame();

// The mirrored text field with this id now holds this text.
void SetItemText(uint32_t id, std::string text);

// The mirrored element with this id has focus (0: none); its ring is drawn on the canvas.
void SetMirrorFocus(uint32_t id);

// For text fields: the text a mirrored field sent for this item, if any, consumed once.
std::optional<std::string> TakeItemText(uint32_t id);

} // namespace leeway::ui
