#include "headless.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <map>
#include <stdexcept>

#include "core/date.h"
#include "ui/fonts.h"
#include "ui/screen_snapshot.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace leeway::testing {

void RecordingActions::StartProgram(const std::string& challenge, const core::Date& start_date) {
    calls.push_back("start:" + challenge + "@" + core::FormatIsoDate(start_date));
}

bool RecordingActions::Edit(ui::WorkbookEdit edit) {
    core::Workbook workbook = model_.workbooks.Latest();
    if (!edit(workbook))
        return false;
    model_.workbooks.Replace(std::move(workbook)); // as the app does
    calls.push_back("edit");
    return true;
}

HeadlessContext::HeadlessContext(float width, float height, ImFontAtlas* shared_atlas) {
    ImGui::CreateContext(shared_atlas);
    ui::ResetScreenSnapshot();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.ConfigInputTextCursorBlink = false;
    if (!shared_atlas)
        ui::SetLetterSet(ui::LetterSet::Basic); // as on a first visit
    if (!ui::LoadFonts(1.0f)) {
        // The shared atlas holds the fonts already; this context only has to pick them.
        io.FontDefault = ui::GetFonts().body;
    }
    unsigned char* pixels = nullptr;
    int atlas_width = 0;
    int atlas_height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &atlas_width,
                                 &atlas_height); // no renderer: just build it
    ui::ApplyTheme(ui::Theme::Light);
}

HeadlessContext::~HeadlessContext() { ImGui::DestroyContext(); }

namespace {

std::string LayOutFrame(ui::AppModel& model, ui::UiState& ui, ui::AppActions& actions,
                        bool with_snapshot) {
    ui::LoadFonts(ui::GetFonts().pixel_scale, ui::GetFonts().text_scale); // a new letter set
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    if (with_snapshot)
        ui::BeginSnapshotFrame();
    const std::string title = ui::DrawApp(model, ui, actions);
    std::string json = with_snapshot ? ui::EndSnapshotFrame(title) : std::string();
    ImGui::Render();
    return json;
}

} // namespace

std::string DrawHeadlessFrame(ui::AppModel& model, ui::UiState& ui, ui::AppActions& actions,
                              bool with_snapshot) {
    std::string json = LayOutFrame(model, ui, actions, with_snapshot);
    while (ui::GrowLettersIfMissing(*ImGui::GetDrawData())) {
        std::string again = LayOutFrame(model, ui, actions, with_snapshot);
        if (!again.empty())
            json = std::move(again);
    }
    return json;
}

HeadlessApp::HeadlessApp(float width, float height) : context(width, height) {
    model.storage_answered = true;
    model.save_status = ui::SaveStatus::NothingYet;
    model.today = {2026, 11, 26};
}

void HeadlessApp::Frame(bool with_snapshot) {
    const std::string json = DrawHeadlessFrame(model, ui, actions, with_snapshot);
    snapshot_changed_ = !json.empty();
    if (snapshot_changed_)
        snapshot_ = nlohmann::json::parse(json);
}

// Like the browser's loop: keep drawing while input is queued or the mirror asks for a frame,
// then a few more so layout settles.
void HeadlessApp::Settle() {
    int unchanged_frames = 0;
    for (int frame = 0; frame < 30 && unchanged_frames < 3; ++frame) {
        Frame();
        const bool busy = ui::SnapshotNeedsAnotherFrame() || !GImGui->InputEventsQueue.empty();
        unchanged_frames = (snapshot_changed_ || busy) ? 0 : unchanged_frames + 1;
    }
}

const nlohmann::json* HeadlessApp::FindItem(const std::string& role,
                                            const std::string& name) const {
    if (!snapshot_.contains("items"))
        return nullptr;
    for (const nlohmann::json& item : snapshot_["items"])
        if (item["role"] == role && item["name"] == name)
            return &item;
    return nullptr;
}

bool HeadlessApp::Shows(const std::string& text) const {
    if (!snapshot_.contains("items"))
        return false;
    for (const nlohmann::json& item : snapshot_["items"])
        if (item["name"].get<std::string>().find(text) != std::string::npos)
            return true;
    return false;
}

std::string HeadlessApp::SharedIds() const {
    std::string shared;
    std::map<uint32_t, std::string> names;
    if (!snapshot_.contains("items"))
        return shared;
    for (const nlohmann::json& item : snapshot_["items"]) {
        if (!item.contains("id"))
            continue;
        const std::string name = item["name"];
        const auto [found, added] = names.emplace(item["id"].get<uint32_t>(), name);
        if (!added)
            shared += "\"" + name + "\" has the id of \"" + found->second + "\"\n";
    }
    return shared;
}

void HeadlessApp::Activate(const std::string& role, const std::string& name) {
    // A screen's link in the compact layout is behind the screens menu: open it first, as a
    // person would.
    if (role == "link" && !FindItem(role, name) && snapshot_.contains("items")) {
        for (const nlohmann::json& menu : snapshot_["items"]) {
            if (menu["role"] == "button" && menu.contains("id") &&
                menu["name"].get<std::string>().rfind("Screens menu", 0) == 0) {
                ui::ActivateItem(menu["id"].get<uint32_t>());
                Settle();
                break;
            }
        }
    }
    const nlohmann::json* item = FindItem(role, name);
    if (!item || !item->contains("id"))
        throw std::runtime_error("no " + role + " named \"" + name + "\" on screen");
    ui::ActivateItem((*item)["id"].get<uint32_t>());
    Settle();
}

void HeadlessApp::TypeInto(const std::string& field_name, const std::string& text) {
    const nlohmann::json* item = FindItem("textbox", field_name);
    if (!item)
        throw std::runtime_error("no text field named \"" + field_name + "\" on screen");
    ui::SetItemText((*item)["id"].get<uint32_t>(), text);
    Settle();
}

} // namespace leeway::testing
