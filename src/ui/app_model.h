#pragma once
// What the screens draw from, and the actions they can ask the app for.
// The app (src/app) owns both; screens never touch storage or the browser themselves.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/backup.h"
#include "core/date.h"
#include "core/example.h"
#include "core/report.h"
#include "core/workbook.h"
#include "ui/kiosk_model.h" // kiosk mode

namespace leeway::ui {

enum class SaveStatus {
    Opening,     // storage is being opened
    NothingYet,  // storage works, the user has not written anything yet
    Saved,       // everything is stored
    Pending,     // an edit waits for the next save
    Saving,      // a save is under way
    Failed,      // the last save failed; the data is still in memory
    SessionOnly, // storage is unavailable: nothing survives closing the tab
};

struct Notice {
    std::string text;
    bool is_error = false;
    bool offers_undo_import = false; // right after an import: one click puts things back
};

// What the browser promised about keeping our data, once asked (after the first real save).
struct StorageInfo {
    bool asked = false;
    bool supported = false;
    bool persisted = false;
    double usage_bytes = 0;
    double quota_bytes = 0;
};

// A valid backup the user picked, waiting for confirmation because it would replace data.
struct PendingImport {
    std::string file_name;
    core::ImportResult result;
};

// The workbook the screens draw, held still while a frame is laid out.
//
// A screen draws from references and iterators into the workbook (a loop over its
// measurements, say) and may ask for an edit in the middle of that loop. Were the edit made in
// place, the loop would go on over elements that moved or were freed. So the screens only see
// Shown(), which nothing can change while they draw: every change goes to the next workbook,
// and ShowChanges() makes that the shown one while no screen is drawn (DrawApp calls it before
// and after its screens).
class FrameWorkbook {
  public:
    // What the screens draw.
    const core::Workbook& Shown() const { return shown_; }
    // The newest state, with the changes of the frame under way: what edits start from, what
    // saves and exports write.
    const core::Workbook& Latest() const { return next_ ? *next_ : shown_; }
    // The next workbook, to change a field of it.
    core::Workbook& Change() {
        if (!next_)
            next_ = shown_;
        return *next_;
    }
    void Replace(core::Workbook workbook) { next_ = std::move(workbook); }
    // Shows the changes made since the last call; true when there were any.
    bool ShowChanges() {
        if (!next_)
            return false;
        shown_ = std::move(*next_);
        next_.reset();
        return true;
    }

  private:
    core::Workbook shown_;
    std::optional<core::Workbook> next_;
};

struct AppModel {
    bool storage_answered = false; // screens wait for storage before offering a fresh start
    FrameWorkbook workbooks;
    // What the screens draw from (FrameWorkbook::Shown).
    const core::Workbook& workbook() const { return workbooks.Shown(); }
    core::Date today;
    SaveStatus save_status = SaveStatus::Opening;
    std::string save_problem;     // why saving failed or storage is unavailable
    bool read_only = false;       // another tab holds the write lock
    bool viewing_example = false; // the example workbook is shown; the user's own is untouched
    uint64_t replacements = 0;    // grows whenever the workbook is replaced rather than edited
    StorageInfo storage;
    // Where the examples in empty fields and the example workbook come from: the user's own
    // choice, kept by the page (a kiosk session uses the facilitator's instead: ExamplesInUse).
    core::ExampleSet examples = core::ExampleSet::SoftwareDelivery;
    std::optional<Notice> notice;
    std::optional<PendingImport> pending_import;
    KioskModel kiosk; // kiosk mode
};

// Whether the screens may offer editing: not in a read-only tab, not in the example.
inline bool CanEdit(const AppModel& model) { return !model.read_only && !model.viewing_example; }

// The screens, each with its own link (#/today, #/map, #/clarity, ...).
enum class Route {
    Today,
    Map,
    Clarity,
    Responsibility,
    Influence,
    History,
    Stability,
    Report,
    Safety,
    Kiosk, // #/kiosk, the facilitator's setup; stays last
};
constexpr int kRouteCount = static_cast<int>(Route::Kiosk) + 1;

// The edit a screen asks the app to apply: a reference to the screen's lambda, valid for the
// call only. std::function made about seven small functions of each of the screens' ~40 edit
// lambdas; this makes one.
class WorkbookEdit {
  public:
    template <typename Edit,
              typename = std::enable_if_t<!std::is_same_v<std::decay_t<Edit>, WorkbookEdit>>>
    WorkbookEdit(Edit&& edit) // NOLINT(google-explicit-constructor): a lambda passes as it is
        : edit_(const_cast<void*>(static_cast<const void*>(std::addressof(edit)))),
          call_([](void* referenced, core::Workbook& workbook) -> bool {
              return (*static_cast<std::remove_reference_t<Edit>*>(referenced))(workbook);
          }) {}

    bool operator()(core::Workbook& workbook) const { return call_(edit_, workbook); }

  private:
    void* edit_;
    bool (*call_)(void* referenced, core::Workbook& workbook);
};

class AppActions {
  public:
    virtual ~AppActions() = default;
    // Applies an edit made through a core function; it returns false to refuse the edit.
    virtual bool Edit(WorkbookEdit edit) = 0;
    // A fresh id for a new record, unique across devices.
    virtual std::string NewId() = 0;
    virtual void Navigate(Route route) = 0;
    virtual void StartProgram(const std::string& challenge, const core::Date& start_date) = 0;
    virtual void ExportBackup() = 0;
    virtual void ChooseBackupToImport() = 0;
    virtual void ConfirmImport() = 0; // replace the workbook with the file's
    virtual void MergeImport() = 0;   // merge the file into the workbook
    virtual void CancelImport() = 0;
    virtual void UndoImport() = 0;
    virtual void DismissNotice() = 0;
    // The 1:1 report: downloaded as Markdown, printed, or copied to the clipboard.
    virtual void DownloadReport(const core::Report& report) = 0;
    virtual void PrintReport(const core::Report& report) = 0;
    virtual void CopyReport(const core::Report& report) = 0;
    // Shows the example workbook read-only, and goes back to the user's own.
    virtual void OpenExample() = 0;
    virtual void CloseExample() = 0;
    // The user's own choice of examples; an example workbook already open follows it.
    virtual void ChooseExamples(core::ExampleSet set) = 0;
    // Kiosk mode; does nothing unless the app provides it.
    virtual KioskActions& Kiosk() {
        static KioskActions none;
        return none;
    }
};

} // namespace leeway::ui
