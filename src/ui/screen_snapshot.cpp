#include "ui/screen_snapshot.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace leeway::ui {

namespace {

struct Item {
    ImGuiID id = 0;
    Role role = Role::Button;
    std::string name;
    std::string value;
    ImRect rect;
    bool checked = false;
    bool has_info = false; // interactive items get a label through the info hook
};

struct Annotation {
    Role role;
    std::string name;
};

std::vector<Item> g_items;
std::optional<Annotation> g_next_annotation;
std::string g_last_published;

const char* RoleName(Role role) {
    switch (role) {
    case Role::Button: return "button";
    case Role::TextField: return "textbox";
    case Role::Checkbox: return "checkbox";
    case Role::Link: return "link";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Progress: return "progressbar";
    }
    return "text";
}

// "Export backup##home" -> "Export backup"; "###id" hides everything after it too.
std::string VisibleLabel(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}

Item* FindItem(ImGuiID id) {
    for (auto it = g_items.rbegin(); it != g_items.rend(); ++it)
        if (it->id == id)
            return &*it;
    return nullptr;
}

} // namespace

void AnnotateNextItem(Role role, const std::string& name) { g_next_annotation = Annotation{role, name}; }

void RecordLastItemValue(const std::string& value) {
    if (Item* item = FindItem(ImGui::GetItemID()))
        item->value = value;
}

void RecordLastItemAsText(Role role, const std::string& text) {
    Item item;
    item.role = role;
    item.name = text;
    item.rect = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    item.has_info = true;
    g_items.push_back(std::move(item));
}

void BeginSnapshotFrame() {
    g_items.clear();
    g_next_annotation.reset();
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

std::string EndSnapshotFrame(const std::string& screen_title) {
    nlohmann::json items = nlohmann::json::array();
    for (const Item& item : g_items) {
        if (!item.has_info || item.name.empty())
            continue;
        nlohmann::json entry = {
            {"role", RoleName(item.role)},
            {"name", item.name},
            {"x", item.rect.Min.x},
            {"y", item.rect.Min.y},
            {"width", item.rect.GetWidth()},
            {"height", item.rect.GetHeight()},
        };
        if (!item.value.empty())
            entry["value"] = item.value;
        if (item.role == Role::Checkbox)
            entry["checked"] = item.checked;
        items.push_back(std::move(entry));
    }
    const nlohmann::json snapshot = {{"title", screen_title}, {"items", std::move(items)}};
    std::string json = snapshot.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (json == g_last_published)
        return {};
    g_last_published = json;
    return json;
}

} // namespace leeway::ui

// Dear ImGui calls these for every item when built with IMGUI_ENABLE_TEST_ENGINE.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    using namespace leeway::ui;
    if (id == 0)
        return;
    Item item;
    item.id = id;
    item.rect = bb;
    g_items.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    using namespace leeway::ui;
    Item* item = FindItem(id);
    if (!item || !label || ImGui::FindWindowByID(id))
        return; // windows report themselves too; only their contents matter
    item->has_info = true;
    item->name = VisibleLabel(label);
    item->checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    if (flags & ImGuiItemStatusFlags_Inputable)
        item->role = Role::TextField;
    else if (flags & ImGuiItemStatusFlags_Checkable)
        item->role = Role::Checkbox;
    if (g_next_annotation) {
        item->role = g_next_annotation->role;
        if (!g_next_annotation->name.empty())
            item->name = std::move(g_next_annotation->name);
        g_next_annotation.reset();
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
