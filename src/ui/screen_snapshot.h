#pragma once
// What the current screen shows, item by item (role, name, value, rectangle), collected each
// drawn frame through Dear ImGui's item hooks. Tests find controls by role and name in it; the
// accessibility mirror of the page is built from the same data.

#include <string>

namespace leeway::ui {

enum class Role { Button, TextField, Checkbox, Link, Heading, Text, Progress };

// Overrides the role Dear ImGui's flags suggest for the next interactive item; a non-empty
// name replaces its label (fields whose label is drawn separately).
void AnnotateNextItem(Role role, const std::string& name = {});

// Sets the value of the item just drawn (a text field's text after this frame's edits).
void RecordLastItemValue(const std::string& value);

// Records a non-interactive item (heading, paragraph) drawn just before this call.
void RecordLastItemAsText(Role role, const std::string& text);

void BeginSnapshotFrame();

// Returns the snapshot as JSON when it differs from the last one returned, else "".
std::string EndSnapshotFrame(const std::string& screen_title);

} // namespace leeway::ui
