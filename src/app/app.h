#pragma once
// The app's controller: loads and saves the workbook, exports and imports backups, and keeps
// the model the screens draw from up to date.

#include <chrono>
#include <optional>
#include <vector>

#include "app/kiosk_controller.h"
#include "core/generations.h"
#include "platform/files.h"
#include "platform/storage.h"
#include "ui/app_model.h"

namespace leeway::app {

class App final : public ui::AppActions {
  public:
    // Opens storage; the model reports Opening until it answers.
    void Start();

    // Called every loop iteration: runs due saves and notices the date change.
    // True when the model changed since the last call.
    bool Tick();

    ui::AppModel& model() { return model_; }

    bool Edit(ui::WorkbookEdit edit) override;
    std::string NewId() override;
    void Navigate(ui::Route route) override;
    void StartProgram(const std::string& challenge, const core::Date& start_date) override;
    void ExportBackup() override;
    void ChooseBackupToImport() override;
    void ConfirmImport() override;
    void MergeImport() override;
    void CancelImport() override;
    void UndoImport() override;
    void DismissNotice() override;
    void DownloadReport(const core::Report& report) override;
    void PrintReport(const core::Report& report) override;
    void CopyReport(const core::Report& report) override;
    void OpenExample() override;
    void CloseExample() override;
    void ChooseExamples(core::ExampleSet set) override;

    // Kiosk mode.
    ui::KioskActions& Kiosk() override { return kiosk_; }
    void NoteInput() { kiosk_.NoteInput(); } // the person at the screen did something

  private:
    using Clock = std::chrono::steady_clock;

    void OnStorageLoaded(platform::LoadResult result);
    void OnStorageChanged(platform::LoadResult result);
    void OnStorageLost(platform::StorageLoss loss, std::string message);
    void OnFilePicked(const platform::PickedFile& file);
    bool RefuseWhenReadOnly();
    // The user's own workbook: the one shown, or the one set aside while the example is shown.
    const core::Workbook& OwnWorkbook() const;
    void Replaced(); // the workbook was swapped for another: forms start over
    void ApplyImport(core::Workbook workbook, std::string notice);
    void SaveAsWorkbook(core::Workbook workbook); // the workbook from now on; saved soon
    void Edited();                                // schedules a save within the debounce delay
    void SaveNow();                               // writes the current workbook as a new generation
    void OnSaved(const platform::SaveResult& result, const std::vector<int64_t>& dropped,
                 uint64_t edit_count);
    void Flush();         // the page is going away: save what is pending right now
    void AskToKeepData(); // navigator.storage.persist(), once
    void ExpireConfirmation();
    void Notify(std::string text, bool is_error, bool offers_undo_import = false);

    ui::AppModel model_;
    bool changed_ = true;
    std::vector<core::Generation> generations_;
    uint64_t edit_count_ = 0; // grows with every edit
    uint64_t saved_edit_ = 0; // the edit count the last good save contained
    uint64_t asked_edit_ = 0; // the edit count the newest save asked for contains
    int saves_in_flight_ = 0; // more than one only when the page hid during a save
    Clock::time_point save_due_{};
    int failed_saves_ = 0;
    bool leave_warning_ = false;  // what the page was last told (SetLeaveWarning)
    int skipped_generations_ = 0; // unreadable generations passed over while loading
    std::optional<core::Workbook> before_import_;
    core::Workbook set_aside_; // the user's own workbook while the example is shown
    KioskController kiosk_{model_};
    void ForgetWorkbook(); // the kiosk wipe: nothing of the session stays in memory
};

} // namespace leeway::app
