#include "app/app.h"

#include <utility>

#include "core/backup.h"
#include "core/program.h"
#include "platform/clock.h"
#include "platform/files.h"
#include "platform/page.h"
#include "platform/storage.h"

#ifndef LEEWAY_VERSION
#define LEEWAY_VERSION "0.0.0"
#endif

namespace leeway::app {

namespace {

core::BackupInfo CurrentBackupInfo() { return {LEEWAY_VERSION, platform::UtcTimestamp()}; }

void WakeAtNextMidnight() {
    // A second late, so the browser's clock has surely moved to the new date.
    platform::WakeAfter(platform::Timer::Midnight, platform::MillisecondsUntilLocalMidnight() + 1000.0);
}

} // namespace

void App::Start() {
    model_.today = platform::LocalToday();
    WakeAtNextMidnight();
    platform::OpenStorage([this](platform::LoadResult result) {
        OnStorageLoaded(result.available, result.found, result.document, result.message);
    });
}

bool App::Tick() {
    const core::Date today = platform::LocalToday();
    if (today != model_.today) {
        model_.today = today;
        changed_ = true;
        WakeAtNextMidnight();
    }
    return std::exchange(changed_, false);
}

void App::OnStorageLoaded(bool available, bool found, const std::string& document,
                          const std::string& message) {
    model_.storage_answered = true;
    changed_ = true;
    if (!available) {
        model_.save_status = ui::SaveStatus::SessionOnly;
        model_.save_problem = message;
        return;
    }
    model_.save_status = found ? ui::SaveStatus::Saved : ui::SaveStatus::NothingYet;
    if (!found)
        return;
    core::ImportResult stored = core::ImportBackup(document);
    if (stored.ok()) {
        model_.workbook = std::move(*stored.workbook);
    } else {
        Notify("The workbook stored in this browser could not be read:\n" +
                   core::DescribeProblems(stored.problems) +
                   "\nImport a backup to carry on with your data.",
               true);
    }
}

void App::StartProgram(const std::string& challenge, const core::Date& start_date) {
    core::Workbook workbook = model_.workbook;
    if (!core::StartProgram(workbook, challenge, start_date))
        return;
    ReplaceWorkbook(std::move(workbook));
}

void App::ExportBackup() {
    const std::string file_name = core::BackupFileName(model_.today);
    platform::DownloadTextFile(file_name, core::ExportBackup(model_.workbook, CurrentBackupInfo()));
    Notify("Backup saved to your downloads as " + file_name + ".", false);
}

void App::ChooseBackupToImport() {
    platform::PickTextFile([this](platform::PickedFile file) {
        OnFilePicked(file.name, file.picked, file.text, file.error);
    });
}

void App::OnFilePicked(const std::string& name, bool picked, const std::string& text,
                       const std::string& error) {
    changed_ = true;
    if (!picked) {
        Notify(error.empty() ? "The file could not be read." : error, true);
        return;
    }
    core::ImportResult result = core::ImportBackup(text);
    if (!result.ok()) {
        Notify(name + " cannot be imported, so nothing was changed.\n" +
                   core::DescribeProblems(result.problems),
               true);
        return;
    }
    if (!model_.workbook.program || *result.workbook == model_.workbook) {
        ReplaceWorkbook(std::move(*result.workbook));
        Notify("Imported " + name + ".", false);
        return;
    }
    model_.pending_import = ui::PendingImport{name, std::move(result)};
}

void App::ConfirmImport() {
    if (!model_.pending_import)
        return;
    ui::PendingImport pending = std::move(*model_.pending_import);
    model_.pending_import.reset();
    ReplaceWorkbook(std::move(*pending.result.workbook));
    Notify("Imported " + pending.file_name + ".", false);
}

void App::CancelImport() {
    model_.pending_import.reset();
    Notify("Import cancelled; nothing was changed.", false);
}

void App::DismissNotice() {
    model_.notice.reset();
    changed_ = true;
}

void App::ReplaceWorkbook(core::Workbook workbook) {
    model_.workbook = std::move(workbook);
    changed_ = true;
    Save();
}

// Saves are serialized: one write at a time, and the newest state always gets written last.
void App::Save() {
    if (model_.save_status == ui::SaveStatus::SessionOnly)
        return;
    if (save_in_flight_) {
        save_again_ = true;
        model_.save_status = ui::SaveStatus::Pending;
        return;
    }
    save_in_flight_ = true;
    model_.save_status = ui::SaveStatus::Saving;
    platform::SaveDocument(core::ExportBackup(model_.workbook, CurrentBackupInfo()),
                           [this](platform::SaveResult result) {
                               save_in_flight_ = false;
                               changed_ = true;
                               if (result.ok) {
                                   model_.save_status = ui::SaveStatus::Saved;
                                   model_.save_problem.clear();
                               } else {
                                   model_.save_status = ui::SaveStatus::Failed;
                                   model_.save_problem = result.message;
                               }
                               if (std::exchange(save_again_, false))
                                   Save();
                           });
}

void App::Notify(std::string text, bool is_error) {
    model_.notice = ui::Notice{std::move(text), is_error};
    changed_ = true;
}

} // namespace leeway::app
