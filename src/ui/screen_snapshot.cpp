#include "ui/screen_snapshot.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/json_text.h"
#include "ui/theme.h"

namespace leeway::ui {

namespace {

struct Item {
    ImGuiID id = 0;
    Role role = Role::Button;
    std::string name;
    std::string value;
    std::string hint; // a text field's example, shown while it is empty
    ImRect rect;
    int level = 0;
    bool checked = false;
    bool disabled = false;
    bool has_info = false; // interactive items get a label through the info hook
    bool focused = false;
    std::optional<bool> expanded;  // for items that open and close
    std::string href;              // for links
    std::string container;         // the key of the container it was drawn in; "" for none
    bool visible = true;           // wholly inside its window's visible area
    ImGuiWindow* window = nullptr; // to scroll it into view

    bool SameAs(const Item& other) const {
        return id == other.id && role == other.role && name == other.name && value == other.value &&
               hint == other.hint && rect.Min.x == other.rect.Min.x &&
               rect.Min.y == other.rect.Min.y && rect.Max.x == other.rect.Max.x &&
               rect.Max.y == other.rect.Max.y && level == other.level && checked == other.checked &&
               disabled == other.disabled && focused == other.focused &&
               expanded == other.expanded && visible == other.visible && href == other.href &&
               container == other.container;
    }
};

struct ContainerRecord {
    Container kind = Container::Main;
    std::string key;    // unique in the frame: the parent's key, the kind and the label or key
    std::string parent; // "" at the top
    std::string label;  // for landmarks and lists

    bool operator==(const ContainerRecord& other) const {
        return kind == other.kind && key == other.key && parent == other.parent &&
               label == other.label;
    }
};

struct Annotation {
    Role role;
    std::string name;
    ImGuiWindow* window; // where the widget is drawn: its item is added there
};

std::vector<Item> g_items;
std::vector<ContainerRecord> g_containers; // this frame's, in the order begun
std::vector<size_t> g_open_containers;     // indices into g_containers
std::vector<ContainerRecord> g_published_containers;
std::optional<Annotation> g_next_annotation;
std::vector<Item> g_published_items; // what the last published snapshot held
std::string g_published_title;
std::map<ImGuiID, std::string> g_pending_texts;
ImGuiID g_mirror_focus = 0;
ImGuiID g_scrolled_to_focus = 0; // focus changes scroll once; the user's own scrolling wins after
ImGuiID g_pending_activation = 0;
int g_activation_attempts = 0;
// Frames left in which the focused control, just pressed, is kept in view: what its press adds
// above it (a new blocker, a logged request) would push it under the footer. The click lands a
// frame after the press, its edit is shown a frame or two later and the scroll a frame after
// that: eight frames cover it, and then the app is idle again.
int g_follow_focus_frames = 0;
bool g_needs_frame = false;

// "Export backup##home" -> "Export backup"; "###id" hides everything after it too.
std::string VisibleLabel(const char* label) {
    return std::string(label, ImGui::FindRenderedTextEnd(label));
}

const std::string& CurrentContainer() {
    static const std::string kNone;
    return g_open_containers.empty() ? kNone : g_containers[g_open_containers.back()].key;
}

const char* ContainerKindName(Container kind) {
    switch (kind) {
    case Container::Navigation: return "navigation";
    case Container::Main: return "main";
    case Container::Region: return "region";
    case Container::Footer: return "contentinfo";
    case Container::Dialog: return "dialog";
    case Container::List: return "list";
    case Container::ListItem: return "listitem";
    case Container::Table: return "table";
    case Container::Row: return "row";
    }
    return "main";
}

Item* FindItem(ImGuiID id) {
    for (auto it = g_items.rbegin(); it != g_items.rend(); ++it)
        if (it->id == id)
            return &*it;
    return nullptr;
}

void DrawMirrorFocusRing() {
    if (g_mirror_focus == 0)
        return;
    const Item* item = FindItem(g_mirror_focus);
    if (!item || !item->has_info)
        return;
    // Text colour, a little outside the control: visible on every background and button colour.
    // Clipped to the control's window, so a control scrolled under the footer has no ring over it.
    const ImVec2 min(item->rect.Min.x - 4.0f, item->rect.Min.y - 4.0f);
    const ImVec2 max(item->rect.Max.x + 4.0f, item->rect.Max.y + 4.0f);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImRect clip = item->window ? item->window->ClipRect : ImRect(min, max);
    draw->PushClipRect(ImVec2(clip.Min.x - 6.0f, clip.Min.y - 6.0f),
                       ImVec2(clip.Max.x + 6.0f, clip.Max.y + 6.0f), true);
    draw->AddRect(min, max, ImGui::GetColorU32(GetPalette().text), 9.0f, 0, 2.5f);
    draw->PopClipRect();
}

} // namespace

const char* RoleName(Role role) {
    switch (role) {
    case Role::Button: return "button";
    case Role::TextField: return "textbox";
    case Role::Checkbox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::Link: return "link";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Progress: return "progressbar";
    case Role::ColumnHeader: return "columnheader";
    case Role::Cell: return "cell";
    case Role::Status: return "status";
    case Role::Alert: return "alert";
    }
    return "text";
}

void AnnotateNextItem(Role role, const std::string& name) {
    g_next_annotation = Annotation{role, VisibleLabel(name.c_str()), ImGui::GetCurrentWindow()};
}

void RecordLastItemValue(const std::string& value) {
    if (Item* item = FindItem(ImGui::GetItemID()))
        item->value = value;
}

void RecordLastItemHint(const char* hint) {
    if (Item* item = FindItem(ImGui::GetItemID()))
        item->hint = hint ? hint : "";
}

void RecordLastItemChecked(bool checked) {
    if (Item* item = FindItem(ImGui::GetItemID()))
        item->checked = checked;
}

void RecordLastItemExpanded(bool expanded) {
    if (Item* item = FindItem(ImGui::GetItemID()))
        item->expanded = expanded;
}

void RecordLastItemLink(const char* href) {
    if (Item* item = FindItem(ImGui::GetItemID()))
        item->href = href ? href : "";
}

void BeginMirrorContainer(Container kind, const std::string& label_or_key) {
    ContainerRecord record;
    record.kind = kind;
    record.parent = CurrentContainer();
    if (kind != Container::ListItem && kind != Container::Row)
        record.label = label_or_key;
    record.key = record.parent + "/" + ContainerKindName(kind) + ":" + label_or_key;
    // A landmark begun again is the same landmark (the compact layout draws the navigation's
    // menu button above the scrolling content and its links inside it); lists and their items
    // under one key (two lists of one name) stay apart.
    const bool landmark = kind == Container::Navigation || kind == Container::Main ||
                          kind == Container::Region || kind == Container::Footer;
    if (landmark) {
        const auto same =
            std::find_if(g_containers.begin(), g_containers.end(),
                         [&](const ContainerRecord& other) { return other.key == record.key; });
        if (same != g_containers.end()) {
            g_open_containers.push_back(static_cast<size_t>(same - g_containers.begin()));
            return;
        }
    }
    const std::string base = record.key;
    for (int copy = 2;
         std::any_of(g_containers.begin(), g_containers.end(),
                     [&](const ContainerRecord& other) { return other.key == record.key; });
         ++copy)
        record.key = base + "#" + std::to_string(copy);
    g_open_containers.push_back(g_containers.size());
    g_containers.push_back(std::move(record));
}

void EndMirrorContainer() {
    IM_ASSERT(!g_open_containers.empty() && "EndMirrorContainer without BeginMirrorContainer");
    if (!g_open_containers.empty())
        g_open_containers.pop_back();
}

void RecordLastItemAsText(Role role, const std::string& text, int heading_level) {
    Item item;
    item.container = CurrentContainer();
    item.role = role;
    item.name = text;
    item.level = heading_level;
    item.rect = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    item.has_info = true;
    item.window = ImGui::GetCurrentWindow();
    item.visible = item.window->ClipRect.Contains(item.rect);
    g_items.push_back(std::move(item));
}

void BeginSnapshotFrame() {
    g_items.clear();
    g_containers.clear();
    g_open_containers.clear();
    g_next_annotation.reset();
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

void ResetScreenSnapshot() {
    g_items.clear();
    g_containers.clear();
    g_open_containers.clear();
    g_published_containers.clear();
    g_next_annotation.reset();
    g_published_items.clear();
    g_published_title.clear();
    g_pending_texts.clear();
    g_mirror_focus = 0;
    g_scrolled_to_focus = 0;
    g_pending_activation = 0;
    g_follow_focus_frames = 0;
    g_needs_frame = false;
}

namespace {

// Clicks a pending activation once its item is visible, scrolling it into view first.
void ProcessPendingActivation() {
    if (g_pending_activation == 0)
        return;
    const Item* item = FindItem(g_pending_activation);
    if (!item || ++g_activation_attempts > 5) {
        g_pending_activation = 0; // gone with its screen, or it cannot be reached
        return;
    }
    if (!item->visible) {
        ImGui::ScrollToRect(item->window, item->rect);
        g_needs_frame = true;
        return;
    }
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 center = item->rect.GetCenter();
    io.AddMousePosEvent(center.x, center.y);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    // Leave no hover behind: the pointer was never really there.
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    g_pending_activation = 0;
}

// Keyboard focus on a control below the fold scrolls it into view, as a browser would.
// Focus leaving the mirror (to the canvas, on every mouse press) scrolls nothing: a scroll then
// would move the control from under the pointer between its press and release.
void ScrollToNewFocus() {
    if (g_mirror_focus == g_scrolled_to_focus && g_follow_focus_frames == 0)
        return;
    if (g_mirror_focus == 0) {
        g_scrolled_to_focus = 0;
        return;
    }
    const Item* item = FindItem(g_mirror_focus);
    if (!item)
        return;
    if (g_scrolled_to_focus == g_mirror_focus) { // the same control, pressed: keep it in view
        if (g_follow_focus_frames > 0) {
            --g_follow_focus_frames;
            g_needs_frame = true; // the press's edit is shown a frame or two later
            if (!item->visible)
                ImGui::ScrollToRect(item->window, item->rect);
        }
        return;
    }
    g_scrolled_to_focus = g_mirror_focus;
    if (!item->visible) {
        ImGui::ScrollToRect(item->window, item->rect);
        g_needs_frame = true;
    }
}

} // namespace

bool SnapshotNeedsAnotherFrame() {
    return std::exchange(g_needs_frame, false) || g_pending_activation != 0;
}

std::string EndSnapshotFrame(const std::string& screen_title) {
    DrawMirrorFocusRing();
    ProcessPendingActivation();
    ScrollToNewFocus();
    std::vector<Item> published;
    published.reserve(g_items.size());
    for (Item& item : g_items) {
        if (!item.has_info || item.name.empty())
            continue;
        item.focused = item.id != 0 && item.id == g_mirror_focus;
        published.push_back(std::move(item));
    }
    // Only the containers that hold something published, so the page has no empty list.
    std::vector<ContainerRecord> containers;
    for (const ContainerRecord& container : g_containers) {
        const std::string inside = container.key + "/";
        const bool holds = std::any_of(published.begin(), published.end(), [&](const Item& item) {
            return item.container == container.key || item.container.rfind(inside, 0) == 0;
        });
        if (holds)
            containers.push_back(container);
    }
    // Most drawn frames change nothing the page shows: compare before building any JSON.
    const bool unchanged = screen_title == g_published_title &&
                           containers == g_published_containers &&
                           published.size() == g_published_items.size() &&
                           std::equal(published.begin(), published.end(), g_published_items.begin(),
                                      [](const Item& a, const Item& b) { return a.SameAs(b); });
    if (unchanged)
        return {};

    std::string snapshot;
    core::JsonWriter json(snapshot, core::JsonWriter::Layout::Compact);
    json.BeginObject();
    json.Key("title");
    json.String(screen_title);
    json.Key("containers");
    json.BeginArray();
    for (const ContainerRecord& container : containers) {
        json.BeginObject();
        json.Key("key");
        json.String(container.key);
        json.Key("kind");
        json.String(ContainerKindName(container.kind));
        if (!container.parent.empty()) {
            json.Key("in");
            json.String(container.parent);
        }
        if (!container.label.empty()) {
            json.Key("label");
            json.String(container.label);
        }
        json.EndObject();
    }
    json.EndArray();
    json.Key("items");
    json.BeginArray();
    for (const Item& item : published) {
        json.BeginObject();
        json.Key("role");
        json.String(RoleName(item.role));
        json.Key("name");
        json.String(item.name);
        json.Key("x");
        json.Float(static_cast<double>(item.rect.Min.x));
        json.Key("y");
        json.Float(static_cast<double>(item.rect.Min.y));
        json.Key("width");
        json.Float(static_cast<double>(item.rect.GetWidth()));
        json.Key("height");
        json.Float(static_cast<double>(item.rect.GetHeight()));
        if (item.id != 0) {
            json.Key("id");
            json.Integer(item.id);
        }
        if (item.role == Role::TextField) {
            json.Key("value");
            json.String(item.value);
        }
        if (!item.hint.empty()) {
            json.Key("hint");
            json.String(item.hint);
        }
        if (item.role == Role::Checkbox || item.role == Role::Radio) {
            json.Key("checked");
            json.Boolean(item.checked);
        }
        if (item.role == Role::Link) {
            json.Key("current");
            json.Boolean(item.checked);
            json.Key("href");
            json.String(item.href);
        }
        if (!item.container.empty()) {
            json.Key("in");
            json.String(item.container);
        }
        if (item.disabled) {
            json.Key("disabled");
            json.Boolean(true);
        }
        if (item.level > 0) {
            json.Key("level");
            json.Integer(item.level);
        }
        if (item.focused) {
            json.Key("focused");
            json.Boolean(true);
        }
        if (item.expanded) {
            json.Key("expanded");
            json.Boolean(*item.expanded);
        }
        if (!item.visible) {
            json.Key("offscreen"); // scrolled out of its window's view
            json.Boolean(true);
        }
        json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    g_published_items = std::move(published);
    g_published_containers = std::move(containers);
    g_published_title = screen_title;
    return snapshot;
}

std::vector<PublishedControl> PublishedControls() {
    std::vector<PublishedControl> controls;
    for (const Item& item : g_published_items)
        if (item.id != 0)
            controls.push_back({item.id, item.role, item.name, item.disabled});
    return controls;
}

void ActivateItem(uint32_t id) {
    g_pending_activation = id;
    g_activation_attempts = 0;
    if (id == g_mirror_focus)
        g_follow_focus_frames = 8;
}

void SetItemText(uint32_t id, std::string text) { g_pending_texts[id] = std::move(text); }

void SetMirrorFocus(uint32_t id) { g_mirror_focus = id; }

std::optional<std::string> TakeItemText(uint32_t id) {
    const auto found = g_pending_texts.find(id);
    if (found == g_pending_texts.end())
        return std::nullopt;
    std::string text = std::move(found->second);
    g_pending_texts.erase(found);
    return text;
}

} // namespace leeway::ui

// Dear ImGui calls these for every item when built with IMGUI_ENABLE_TEST_ENGINE.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData* item_data) {
    using namespace leeway::ui;
    if (id == 0)
        return;
    Item item;
    item.id = id;
    item.container = CurrentContainer();
    item.rect = bb;
    item.disabled = item_data && (item_data->InFlags & ImGuiItemFlags_Disabled) != 0;
    item.window = GImGui->CurrentWindow;
    item.visible = item.window->ClipRect.Contains(bb);
    // Our widgets name themselves before Dear ImGui adds them, so even items scrolled out of view
    // (which Dear ImGui never describes further) reach the mirror with their name. A widget
    // Dear ImGui skipped adds no item: its name must not go to the next item added, which is
    // another control or the window around it, so a name only goes to an item of its window.
    if (std::optional<Annotation> annotation = std::exchange(g_next_annotation, std::nullopt);
        annotation && annotation->window == item.window) {
        item.role = annotation->role;
        item.name = std::move(annotation->name);
        item.has_info = true;
    }
    g_items.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
    using namespace leeway::ui;
    Item* item = FindItem(id);
    if (!item || !label || ImGui::FindWindowByID(id))
        return; // windows report themselves too; only their contents matter
    item->checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    item->expanded = (flags & ImGuiItemStatusFlags_Openable)
                         ? std::optional<bool>((flags & ImGuiItemStatusFlags_Opened) != 0)
                         : std::nullopt;
    if (item->has_info && !item->name.empty())
        return; // named and given a role by our widget already
    item->has_info = true;
    item->name = VisibleLabel(label);
    if (flags & ImGuiItemStatusFlags_Inputable)
        item->role = Role::TextField;
    else if (flags & ImGuiItemStatusFlags_Checkable)
        item->role = Role::Checkbox;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
