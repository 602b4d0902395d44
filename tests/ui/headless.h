#pragma once
// Dear ImGui without a window or renderer: draws the app's screens into draw lists so tests and
// benchmarks can drive them natively, through the same screen snapshot the page mirrors.

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

#include "ui/app_model.h"
#include "ui/ui_state.h"

namespace leeway::testing {

// Records what the screens asked the app to do, and applies their edits to the model.
class RecordingActions final : public ui::AppActions {
  public:
    explicit RecordingActions(ui::AppModel& model, ui::UiState& ui) : model_(model), ui_(ui) {}
    std::vector<std::string> calls;

    bool Edit(ui::WorkbookEdit edit) override;
    std::string NewId() override { return "id" + std::to_string(++ids_); }
    void Navigate(ui::Route route) override { ui_.route = route; }
    void StartProgram(const std::string& challenge, const core::Date& start_date) override;
    void ExportBackup() override { calls.push_back("export"); }
    void ChooseBackupToImport() override { calls.push_back("choose-import"); }
    void ConfirmImport() override { calls.push_back("confirm-import"); }
    void MergeImport() override { calls.push_back("merge-import"); }
    void CancelImport() override { calls.push_back("cancel-import"); }
    void UndoImport() override { calls.push_back("undo-import"); }
    void DismissNotice() override { calls.push_back("dismiss-notice"); }
    void DownloadReport(const core::Report& report) override {
        calls.push_back("download-report:" + report.title);
    }
    void PrintReport(const core::Report& report) override {
        calls.push_back("print-report:" + std::to_string(report.parts.size()));
    }
    void CopyReport(const core::Report& report) override {
        calls.push_back("copy-report:" + report.title);
    }
    void OpenExample() override { calls.push_back("open-example"); }
    void ChooseExamples(core::ExampleSet set) override {
        model_.examples = set;
        calls.push_back(std::string("choose-examples ") + core::ExampleSetKey(set));
    }
    void CloseExample() override { calls.push_back("close-example"); }
    // Kiosk mode: a test may record the kiosk screens' requests too.
    ui::KioskActions* kiosk = nullptr;
    ui::KioskActions& Kiosk() override { return kiosk ? *kiosk : AppActions::Kiosk(); }

  private:
    ui::AppModel& model_;
    ui::UiState& ui_;
    int ids_ = 0;
};

// A Dear ImGui context with Leeway's fonts and theme and no renderer, sized like a window. Given
// an atlas, the context shares it: fonts built once serve many short-lived contexts.
class HeadlessContext {
  public:
    explicit HeadlessContext(float width, float height, ImFontAtlas* shared_atlas = nullptr);
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;
};

// Lays out one frame of the whole app, as the browser's loop does (again with more letters when
// one was missing); returns the screen snapshot's JSON when it changed, else "".
std::string DrawHeadlessFrame(ui::AppModel& model, ui::UiState& ui, ui::AppActions& actions,
                              bool with_snapshot = true);

class HeadlessApp {
  public:
    HeadlessApp(float width = 1100.0f, float height = 800.0f);
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;

    HeadlessContext context;

    ui::AppModel model;
    ui::UiState ui;
    RecordingActions actions{model, ui};

    // Draws one frame of the whole app; with_snapshot false leaves the mirror's hooks off.
    void Frame(bool with_snapshot = true);
    // Draws frames until the snapshot stops changing (at most a few).
    void Settle();

    // The last snapshot published, as the page receives it.
    const nlohmann::json& Snapshot() const { return snapshot_; }
    const nlohmann::json* FindItem(const std::string& role, const std::string& name) const;
    bool Shows(const std::string& text) const;
    // Controls of the last snapshot under an id another control has, a line each; "" when none.
    // Two controls under one id are one control to Dear ImGui, and the mirror can activate only
    // one of them.
    std::string SharedIds() const;

    // Acts as the page's mirrored elements do.
    void Activate(const std::string& role, const std::string& name);
    void TypeInto(const std::string& field_name, const std::string& text);

  private:
    nlohmann::json snapshot_;
    bool snapshot_changed_ = false;
};

} // namespace leeway::testing
