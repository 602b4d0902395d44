#include "app/app.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "app/example_workbook.h"
#include "core/backup.h"
#include "core/example.h"
#include "core/merge.h"
#include "core/program.h"
#include "core/report.h"
#include "platform/clock.h"
#include "platform/files.h"
#include "platform/page.h"
#include "platform/report_output.h"
#include "ui/example_hints.h"
#include "ui/screens.h"

#ifndef LEEWAY_VERSION
#define LEEWAY_VERSION "0.0.0"
#endif

namespace leeway::app {

namespace {

// Edits are saved this long after the last one: typing does not write on every key, and
// nothing waits longer than the half second.
constexpr std::chrono::milliseconds kSaveDelay{200};

core::BackupInfo CurrentBackupInfo() { return {LEEWAY_VERSION, platform::UtcTimestamp()}; }

void WakeAtNextMidnight() {
    // A second late, so the browser's clock has surely moved to the new date.
    platform::WakeAfter(platform::Timer::Midnight,
                        platform::MillisecondsUntilLocalMidnight() + 1000.0);
}

// A failed save is retried after 2, 4, 8, 16 and then every 30 seconds.
std::chrono::milliseconds RetryDelay(int failures) {
    const int shift = std::min(failures - 1, 4);
    return std::min(std::chrono::milliseconds(2000 << shift), std::chrono::milliseconds(30000));
}

std::string DescribeSavedAt(const std::string& saved_at_utc) {
    // "2026-11-26T17:02:04.123Z" -> "2026-11-26 17:02 UTC": exact, and no locale guessing.
    if (saved_at_utc.size() < 16)
        return "an earlier save";
    return saved_at_utc.substr(0, 10) + " " + saved_at_utc.substr(11, 5) + " UTC";
}

// "Merged x.json: 4 records added, 1 removed. 2 records were changed on both sides; the newer
// edit was kept: Scope (from the file), ..."
std::string DescribeMerge(const std::string& file_name, const core::MergeResult& merged) {
    std::string text = "Merged " + file_name + ": " + std::to_string(merged.added) +
                       (merged.added == 1 ? " record" : " records") + " added";
    if (merged.removed > 0)
        text += ", " + std::to_string(merged.removed) + " removed as the file had removed them";
    text += ".";
    if (!merged.program_moved_to_history.empty())
        text += " The program \"" + merged.program_moved_to_history +
                "\" is now in History, since the two copies held different programs.";
    if (merged.conflicts.empty())
        return text + " Nothing was changed on both sides.";
    text += "\n" + std::to_string(merged.conflicts.size()) +
            (merged.conflicts.size() == 1 ? " record was" : " records were") +
            " changed on both sides; the newer edit was kept:";
    constexpr size_t kListed = 5;
    for (size_t i = 0; i < merged.conflicts.size() && i < kListed; ++i)
        text += "\n" + merged.conflicts[i].record +
                (merged.conflicts[i].kept_file ? " (kept the file's)" : " (kept yours)");
    if (merged.conflicts.size() > kListed)
        text += "\n(and " + std::to_string(merged.conflicts.size() - kListed) + " more)";
    return text;
}

} // namespace

void App::Start() {
    model_.today = platform::LocalToday();
    model_.examples = core::ParseExampleSetKey(platform::LoadPreference("examples"))
                          .value_or(core::ExampleSet::SoftwareDelivery);
    WakeAtNextMidnight();
    platform::OnPageHidden([this] { Flush(); });
    platform::WatchStorage(
        [this](platform::LoadResult result) { OnStorageChanged(std::move(result)); });
    platform::WatchStorageLoss([this](platform::StorageLoss loss, std::string message) {
        OnStorageLost(loss, std::move(message));
    });
    platform::OpenStorage(
        [this](platform::LoadResult result) { OnStorageLoaded(std::move(result)); });
    // Kiosk mode.
    kiosk_.Start(
        {[this] { ForgetWorkbook(); },
         [this] { return core::ExportBackup(model_.workbooks.Latest(), CurrentBackupInfo()); },
         [this](platform::PickedFile file) { OnFilePicked(file); },
         [this](std::string text, bool is_error) { Notify(std::move(text), is_error); },
         [this](ui::Route route) { Navigate(route); }});
}

void App::ForgetWorkbook() {
    model_.workbooks.Replace({});
    set_aside_ = {};
    before_import_.reset();
    model_.pending_import.reset();
    model_.notice.reset();
    model_.viewing_example = false;
    saved_edit_ = edit_count_; // nothing is pending: no save may bring it back
    Replaced();
}

bool App::Tick() {
    const core::Date today = platform::LocalToday();
    if (today != model_.today) {
        model_.today = today;
        changed_ = true;
        WakeAtNextMidnight();
    }
    changed_ |= kiosk_.Tick();
    if (edit_count_ != saved_edit_ && saves_in_flight_ == 0 && !model_.read_only &&
        model_.save_status != ui::SaveStatus::SessionOnly && Clock::now() >= save_due_)
        SaveNow();
    // Leaving asks first only when it would lose something: a pending edit is saved as the page
    // hides, but not when saving fails or cannot happen at all.
    const bool at_risk = edit_count_ != saved_edit_ &&
                         (failed_saves_ > 0 || model_.save_status == ui::SaveStatus::SessionOnly);
    if (at_risk != leave_warning_) {
        leave_warning_ = at_risk;
        platform::SetLeaveWarning(at_risk);
    }
    return std::exchange(changed_, false);
}

void App::OnStorageLoaded(platform::LoadResult result) {
    changed_ = true;
    skipped_generations_ += result.skipped_corrupt;
    if (!result.available) {
        model_.storage_answered = true;
        model_.save_status = ui::SaveStatus::SessionOnly;
        model_.save_problem = result.message;
        return;
    }
    generations_ = std::move(result.generations);
    model_.read_only = !result.writer;
    if (result.found) {
        core::ImportResult stored = core::ImportBackup(result.document);
        if (!stored.ok()) {
            // Intact bytes that this version cannot read: try the generation before it.
            ++skipped_generations_;
            platform::LoadOlderGeneration(result.sequence, [this](platform::LoadResult older) {
                OnStorageLoaded(std::move(older));
            });
            return;
        }
        model_.workbooks.Replace(std::move(*stored.workbook));
        if (skipped_generations_ > 0)
            Notify("The newest saved copy of your workbook was damaged, so Leeway opened the copy "
                   "saved " +
                       DescribeSavedAt(result.saved_at) +
                       ". Anything you changed after that is missing; a backup file may still have "
                       "it.",
                   true);
    } else if (skipped_generations_ > 0) {
        Notify("Leeway found saved copies of your workbook but none could be read. They are kept "
               "as they "
               "are; import a backup file to carry on.",
               true);
    }
    model_.storage_answered = true;
    model_.save_status = result.found ? ui::SaveStatus::Saved : ui::SaveStatus::NothingYet;
    if (result.found)
        AskToKeepData();
}

void App::OnStorageChanged(platform::LoadResult result) {
    if (!result.available)
        return;
    const bool became_writer = result.writer && model_.read_only;
    model_.read_only = !result.writer;
    generations_ = std::move(result.generations);
    if (result.found) {
        core::ImportResult stored = core::ImportBackup(result.document);
        if (stored.ok()) {
            if (model_.viewing_example)
                set_aside_ = std::move(*stored.workbook);
            else
                model_.workbooks.Replace(std::move(*stored.workbook));
            Replaced();
        }
        model_.save_status = ui::SaveStatus::Saved;
    }
    changed_ = true;
    if (became_writer)
        Notify("The other Leeway tab was closed, so this tab saves your work now.", false);
}

// The database went away while the tab held the workbook: whatever the browser deleted, the
// workbook on screen is whole, so it is written back as the first generation of a new database.
void App::OnStorageLost(platform::StorageLoss loss, std::string message) {
    changed_ = true;
    if (model_.save_status == ui::SaveStatus::NothingYet)
        return; // nothing was stored, so nothing was lost
    if (loss != platform::StorageLoss::HandedOver) {
        generations_.clear();
        failed_saves_ = 0;
        Edited(); // nothing of the workbook is stored any more
    }
    switch (loss) {
    case platform::StorageLoss::Recreated:
        if (!model_.kiosk.on)
            Notify("The browser deleted Leeway's saved copy while the app was open (" + message +
                       "). Leeway is saving your workbook again from what is on screen; nothing is "
                       "lost.",
                   true);
        break;
    case platform::StorageLoss::NotReopened:
        model_.save_status = ui::SaveStatus::Failed;
        model_.save_problem = message;
        ++failed_saves_;
        save_due_ = Clock::now() + RetryDelay(failed_saves_);
        platform::WakeAfter(platform::Timer::Save,
                            static_cast<double>(RetryDelay(failed_saves_).count()));
        break;
    case platform::StorageLoss::HandedOver:
        model_.read_only = true;
        Notify("A newer version of Leeway was opened in another tab and took over your saved data. "
               "What "
               "you had here was saved first; reload this tab to carry on in the new version.",
               false);
        break;
    }
}

const core::Workbook& App::OwnWorkbook() const {
    return model_.viewing_example ? set_aside_ : model_.workbooks.Latest();
}

void App::Replaced() {
    ++model_.replacements;
    changed_ = true;
}

bool App::RefuseWhenReadOnly() {
    if (model_.viewing_example) {
        Notify("This is the example workbook, so it cannot be changed. Close the example to get "
               "back to yours.",
               true);
        return true;
    }
    if (!model_.read_only)
        return false;
    Notify("This tab is read-only while Leeway is open in another tab. Make your changes there, or "
           "close it to edit here.",
           true);
    return true;
}

bool App::Edit(ui::WorkbookEdit edit) {
    if (RefuseWhenReadOnly())
        return false;
    core::Workbook workbook = model_.workbooks.Latest();
    if (!edit(workbook))
        return false;
    core::StampEdits(model_.workbooks.Latest(), workbook, platform::UtcTimestamp());
    SaveAsWorkbook(std::move(workbook));
    ExpireConfirmation();
    return true;
}

std::string App::NewId() { return platform::NewRecordId(); }

void App::Navigate(ui::Route route) {
    platform::SetLocationHash(ui::LinkForRoute(route));
    ExpireConfirmation();
}

void App::StartProgram(const std::string& challenge, const core::Date& start_date) {
    Edit([&](core::Workbook& workbook) {
        return core::StartProgram(workbook, challenge, start_date);
    });
}

void App::ExportBackup() {
    if (model_.viewing_example) {
        // Facilitators hand the example out as a file; it is not the user's backup.
        const std::string file_name =
            "leeway-example-" + core::FormatIsoDate(model_.today) + ".json";
        platform::DownloadTextFile(
            file_name, core::ExportBackup(model_.workbooks.Latest(), CurrentBackupInfo()));
        Notify("The example was saved to your downloads as " + file_name + ".", false);
        return;
    }
    if (!model_.read_only && model_.workbooks.Latest().last_export != model_.today) {
        model_.workbooks.Change().last_export = model_.today;
        Edited();
    }
    const std::string file_name = core::BackupFileName(model_.today);
    platform::DownloadTextFile(file_name,
                               core::ExportBackup(model_.workbooks.Latest(), CurrentBackupInfo()));
    Notify("Backup saved to your downloads as " + file_name + ".", false);
}

void App::ChooseBackupToImport() {
    if (RefuseWhenReadOnly())
        return;
    platform::PickTextFile([this](platform::PickedFile file) { OnFilePicked(file); });
}

void App::OnFilePicked(const platform::PickedFile& file) {
    const std::string& name = file.name;
    changed_ = true;
    if (!file.picked) {
        Notify((name.empty() ? std::string("The file") : name) +
                   " cannot be imported, so nothing was changed.\n" +
                   (file.error.empty() ? "It could not be read." : file.error),
               true);
        return;
    }
    core::ImportResult result = core::ImportBackup(file.text);
    if (!result.ok()) {
        Notify(name + " cannot be imported, so nothing was changed.\n" +
                   core::DescribeProblems(result.problems),
               true);
        return;
    }
    const core::Workbook& current = model_.workbooks.Latest();
    if (!core::HasUserData(current) || *result.workbook == current) {
        ApplyImport(std::move(*result.workbook), "Imported " + name + ".");
        return;
    }
    model_.pending_import = ui::PendingImport{name, std::move(result)};
}

void App::MergeImport() {
    if (!model_.pending_import || RefuseWhenReadOnly())
        return;
    ui::PendingImport pending = std::move(*model_.pending_import);
    model_.pending_import.reset();
    core::MergeResult merged =
        core::MergeWorkbooks(model_.workbooks.Latest(), *pending.result.workbook);
    ApplyImport(std::move(merged.workbook), DescribeMerge(pending.file_name, merged));
}

void App::ConfirmImport() {
    if (!model_.pending_import || RefuseWhenReadOnly())
        return;
    ui::PendingImport pending = std::move(*model_.pending_import);
    model_.pending_import.reset();
    ApplyImport(std::move(*pending.result.workbook),
                "Imported " + pending.file_name + ": it replaced your workbook.");
}

void App::CancelImport() {
    model_.pending_import.reset();
    Notify("Import cancelled; nothing was changed.", false);
}

// The workbook as it was stays at hand (and in the stored generations) until the next import.
void App::ApplyImport(core::Workbook workbook, std::string notice) {
    before_import_ = model_.workbooks.Latest();
    SaveAsWorkbook(std::move(workbook));
    Replaced();
    Notify(std::move(notice), false, true);
}

void App::UndoImport() {
    if (!before_import_ || RefuseWhenReadOnly())
        return;
    SaveAsWorkbook(std::move(*before_import_));
    Replaced();
    before_import_.reset();
    Notify("Import undone: your workbook is back as it was.", false);
}

void App::DismissNotice() {
    model_.notice.reset();
    changed_ = true;
}

void App::DownloadReport(const core::Report& report) {
    const std::string file_name = core::ReportFileName(model_.today);
    platform::DownloadTextFile(file_name, core::ReportToMarkdown(report));
    Notify("The report was saved to your downloads as " + file_name + ".", false);
}

void App::PrintReport(const core::Report& report) {
    platform::PrintReport(core::ReportToJson(report));
}

void App::CopyReport(const core::Report& report) {
    platform::CopyText(core::ReportToMarkdown(report), [this](bool copied) {
        Notify(copied ? "The report is on your clipboard, as Markdown."
                      : "The browser did not allow copying. Download the report instead.",
               !copied);
    });
}

void App::OpenExample() {
    if (model_.viewing_example)
        return;
    std::optional<core::Workbook> example =
        core::PrepareExample(ExampleDocument(ui::ExamplesInUse(model_)), model_.today);
    if (!example) {
        Notify("The example workbook could not be opened. Your own workbook is unchanged.", true);
        return;
    }
    model_.pending_import.reset();
    set_aside_ = model_.workbooks.Latest();
    model_.workbooks.Replace(std::move(*example));
    model_.viewing_example = true;
    Replaced();
    model_.notice.reset(); // the example's own banner says what is going on
    Navigate(ui::Route::Today);
}

void App::ChooseExamples(core::ExampleSet set) {
    model_.examples = set;
    platform::SavePreference("examples", core::ExampleSetKey(set));
    changed_ = true;
    if (!model_.viewing_example)
        return;
    // The open example follows the choice; the user's own workbook stays set aside.
    if (std::optional<core::Workbook> example =
            core::PrepareExample(ExampleDocument(set), model_.today)) {
        model_.workbooks.Replace(std::move(*example));
        Replaced();
    }
}

void App::CloseExample() {
    if (!model_.viewing_example)
        return;
    model_.workbooks.Replace(std::move(set_aside_));
    set_aside_ = {};
    model_.viewing_example = false;
    Replaced();
    Navigate(ui::Route::Today);
    Notify("Back to your own workbook.", false);
}

void App::SaveAsWorkbook(core::Workbook workbook) {
    model_.workbooks.Replace(std::move(workbook));
    Edited();
}

void App::Edited() {
    ++edit_count_;
    changed_ = true;
    if (model_.save_status == ui::SaveStatus::SessionOnly)
        return;
    model_.save_status = ui::SaveStatus::Pending;
    if (failed_saves_ > 0)
        return; // the retry timer decides when to try again
    save_due_ = Clock::now() + kSaveDelay;
    platform::WakeAfter(platform::Timer::Save, static_cast<double>(kSaveDelay.count()));
}

// The page may be gone before a save in flight answers, so an edit newer than every save asked
// for is written now, beside it; the browser commits the two in the order they were asked.
void App::Flush() {
    if (edit_count_ != saved_edit_ && (saves_in_flight_ == 0 || edit_count_ != asked_edit_) &&
        !model_.read_only && model_.save_status != ui::SaveStatus::SessionOnly)
        SaveNow();
}

void App::SaveNow() {
    if (kiosk_.SavingBlocked())
        return; // a kiosk wipe is under way
    // The keeping policy sees the generation about to be written, so the count stays bounded.
    std::vector<core::Generation> with_new = generations_;
    with_new.push_back({std::numeric_limits<int64_t>::max(), model_.today});
    const std::vector<int64_t> drop = core::GenerationsToDrop(with_new);
    const uint64_t edit_count = edit_count_;
    asked_edit_ = edit_count;
    ++saves_in_flight_;
    model_.save_status = ui::SaveStatus::Saving;
    changed_ = true;
    platform::SaveDocument(core::ExportBackup(OwnWorkbook(), CurrentBackupInfo()), drop,
                           [this, drop, edit_count](platform::SaveResult result) {
                               OnSaved(result, drop, edit_count);
                           });
}

void App::OnSaved(const platform::SaveResult& result, const std::vector<int64_t>& dropped,
                  uint64_t edit_count) {
    --saves_in_flight_;
    changed_ = true;
    if (!result.ok) {
        ++failed_saves_;
        model_.save_status = ui::SaveStatus::Failed;
        model_.save_problem = result.message;
        const std::chrono::milliseconds delay = RetryDelay(failed_saves_);
        save_due_ = Clock::now() + delay;
        platform::WakeAfter(platform::Timer::Save, static_cast<double>(delay.count()));
        return;
    }
    failed_saves_ = 0;
    saved_edit_ = std::max(saved_edit_, edit_count); // an older save may answer after a newer one
    generations_.erase(std::remove_if(generations_.begin(), generations_.end(),
                                      [&](const core::Generation& generation) {
                                          return std::find(dropped.begin(), dropped.end(),
                                                           generation.sequence) != dropped.end();
                                      }),
                       generations_.end());
    generations_.push_back({result.sequence, result.saved_on});
    model_.save_problem.clear();
    model_.save_status = edit_count_ == saved_edit_ ? ui::SaveStatus::Saved
                         : saves_in_flight_ > 0     ? ui::SaveStatus::Saving
                                                    : ui::SaveStatus::Pending;
    if (edit_count_ != saved_edit_ && saves_in_flight_ == 0) {
        save_due_ = Clock::now(); // edits arrived during the save: write them right away
        platform::WakeAfter(platform::Timer::Save, 0.0);
    }
    AskToKeepData();
}

// Asked once real data exists (after the first save, or on a visit that finds saved data), not
// on a first page load: the browser then sees a site that is being used.
void App::AskToKeepData() {
    if (model_.storage.asked || model_.kiosk.on) // a kiosk keeps nothing, and says nothing of it
        return;
    model_.storage.asked = true;
    platform::RequestPersistence([this](platform::PersistenceInfo info) {
        model_.storage = {true, info.supported, info.persisted, info.usage_bytes, info.quota_bytes};
        changed_ = true;
    });
}

// A confirmation ("Backup saved ...") has done its work once the user moves on: the next edit or
// screen takes it away. A problem, and the offer to undo an import, stay until dismissed.
void App::ExpireConfirmation() {
    if (model_.notice && !model_.notice->is_error && !model_.notice->offers_undo_import) {
        model_.notice.reset();
        changed_ = true;
    }
}

void App::Notify(std::string text, bool is_error, bool offers_undo_import) {
    model_.notice = ui::Notice{std::move(text), is_error, offers_undo_import};
    changed_ = true;
}

} // namespace leeway::app
