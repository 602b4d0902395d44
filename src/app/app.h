#pragma once
// The app's controller: loads and saves the workbook, exports and imports backups, and keeps
// the model the screens draw from up to date.

#include "ui/app_model.h"

namespace leeway::app {

class App final : public ui::AppActions {
public:
    // Opens storage; the model reports Opening until it answers.
    void Start();

    // Called every loop iteration; true when the model changed since the last call.
    bool Tick();

    ui::AppModel& model() { return model_; }

    void StartProgram(const std::string& challenge, const core::Date& start_date) override;
    void ExportBackup() override;
    void ChooseBackupToImport() override;
    void ConfirmImport() override;
    void CancelImport() override;
    void DismissNotice() override;

private:
    void OnStorageLoaded(bool available, bool found, const std::string& document,
                         const std::string& message);
    void OnFilePicked(const std::string& name, bool picked, const std::string& text,
                      const std::string& error);
    void ReplaceWorkbook(core::Workbook workbook);
    void Save();
    void Notify(std::string text, bool is_error);

    ui::AppModel model_;
    bool changed_ = true;
    bool save_in_flight_ = false;
    bool save_again_ = false; // an edit arrived while a save was running
};

} // namespace leeway::app
