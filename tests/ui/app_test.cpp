// The app itself, natively and under the sanitizers: the real src/app on the platform stand-ins.
// Saving (in flight, refused, and the generations kept), importing with Merge and Undo, and a
// tab that may only read, each as the browser tests see them, but in milliseconds.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/backup.h"
#include "core/date.h"
#include "core/generations.h"
#include "core/merge.h"
#include "core/program.h"
#include "platform/native/stand_ins.h"

namespace core = leeway::core;
namespace platform = leeway::platform;

namespace {

// The blockers of the newest stored generation, as the importer reads them.
std::vector<std::string> StoredBlockers() {
    const core::ImportResult imported =
        core::ImportBackup(platform::native::NewestStoredDocument());
    REQUIRE(imported.ok());
    REQUIRE(imported.workbook->program.has_value());
    std::vector<std::string> texts;
    for (const core::Blocker& blocker : imported.workbook->program->clarity.blockers)
        texts.push_back(blocker.text);
    return texts;
}

std::vector<std::string> Blockers(const core::Workbook& workbook) {
    std::vector<std::string> texts;
    if (workbook.program)
        for (const core::Blocker& blocker : workbook.program->clarity.blockers)
            texts.push_back(blocker.text);
    return texts;
}

bool AddBlocker(leeway::app::App& app, const std::string& text) {
    return app.Edit([&](core::Workbook& workbook) {
        core::Blocker blocker;
        blocker.id = app.NewId();
        blocker.text = text;
        workbook.program->clarity.blockers.push_back(blocker);
        return true;
    });
}

} // namespace

TEST_CASE("an edit made while a save is in flight is written when the page hides") {
    platform::native::ForgetEverything();
    leeway::app::App app;
    app.Start();
    app.StartProgram("Medication handoffs wait for the charge nurse", core::Date{2026, 11, 26});
    platform::native::HoldSaveAnswers();
    platform::native::HidePage(); // the first save starts, and its answer is held back
    REQUIRE(AddBlocker(app, "The handoff sheet is on paper"));
    // The tab is closed, or a newer Leeway takes the database, before the first save answers:
    // the later edit must not wait for it.
    platform::native::HidePage();
    CHECK(StoredBlockers() == std::vector<std::string>{"The handoff sheet is on paper"});
    platform::native::ReleaseSaveAnswers();
    app.Tick();
    CHECK(app.model().save_status == leeway::ui::SaveStatus::Saved);
}

TEST_CASE("a save answered after a later one does not mark the later edit unsaved") {
    platform::native::ForgetEverything();
    leeway::app::App app;
    app.Start();
    app.StartProgram("Medication handoffs wait for the charge nurse", core::Date{2026, 11, 26});
    platform::native::HoldSaveAnswers();
    platform::native::HidePage();
    REQUIRE(AddBlocker(app, "The handoff sheet is on paper"));
    platform::native::HidePage();
    platform::native::ReleaseSaveAnswers(); // both answer, oldest first
    CHECK(app.model().save_status == leeway::ui::SaveStatus::Saved);
    app.Tick();
    CHECK(app.model().save_status == leeway::ui::SaveStatus::Saved);
    CHECK(StoredBlockers() == std::vector<std::string>{"The handoff sheet is on paper"});
}

TEST_CASE("a refused save is shown, kept pending, and written by the next try") {
    platform::native::ForgetEverything();
    leeway::app::App app;
    app.Start();
    app.StartProgram("Medication handoffs wait for the charge nurse", core::Date{2026, 11, 26});
    REQUIRE(AddBlocker(app, "The handoff sheet is on paper"));
    platform::native::RefuseSaves(1);
    platform::native::HidePage();
    CHECK(app.model().save_status == leeway::ui::SaveStatus::Failed);
    CHECK(app.model().save_problem == "the browser refused the save (a test)");
    CHECK(platform::native::NewestStoredDocument().empty());
    platform::native::HidePage(); // the page hides again: the pending edit is tried at once
    CHECK(app.model().save_status == leeway::ui::SaveStatus::Saved);
    CHECK(StoredBlockers() == std::vector<std::string>{"The handoff sheet is on paper"});
}

TEST_CASE("saving keeps a bounded set of generations, the newest holding the last edit") {
    platform::native::ForgetEverything();
    leeway::app::App app;
    app.Start();
    app.StartProgram("Medication handoffs wait for the charge nurse", core::Date{2026, 11, 26});
    for (int edit = 1; edit <= 40; ++edit) {
        REQUIRE(AddBlocker(app, "Blocker " + std::to_string(edit)));
        platform::native::HidePage();
    }
    const std::vector<int64_t> kept = platform::native::StoredSequences();
    CHECK(kept.size() <= static_cast<size_t>(core::GenerationPolicy{}.keep_newest +
                                             core::GenerationPolicy{}.keep_days));
    // Every one of the latest saves is kept: one save for each of the last edits.
    const size_t newest = static_cast<size_t>(core::GenerationPolicy{}.keep_newest);
    REQUIRE(kept.size() >= newest);
    CHECK(kept[kept.size() - newest] == kept.back() - static_cast<int64_t>(newest) + 1);
    CHECK(StoredBlockers().size() == 40);
}

TEST_CASE(
    "an import over a workbook asks first; merge keeps both, and undo brings the old one back") {
    // What is on another device: the same challenge with a blocker of its own.
    core::Workbook other;
    REQUIRE(
        core::StartProgram(other, "Medication handoffs wait for the charge nurse", {2026, 11, 26}));
    core::Blocker from_phone;
    from_phone.id = "phone0000001";
    from_phone.text = "Night shift starts before the pharmacy opens";
    other.program->clarity.blockers.push_back(from_phone);
    core::StampEdits(core::Workbook{}, other, "2026-11-26T08:00:00Z");
    const std::string backup = core::ExportBackup(other, {});

    platform::native::ForgetEverything();
    leeway::app::App app;
    app.Start();
    app.StartProgram("Medication handoffs wait for the charge nurse", core::Date{2026, 11, 26});
    REQUIRE(AddBlocker(app, "The handoff sheet is on paper"));
    const core::Workbook before = app.model().workbooks.Latest();

    platform::native::PickFileNext("leeway-backup-phone.json", backup);
    app.ChooseBackupToImport();
    REQUIRE(app.model().pending_import.has_value()); // Merge or Replace: the user's choice
    CHECK(app.model().workbooks.Latest() == before);
    app.MergeImport();
    CHECK_FALSE(app.model().pending_import.has_value());
    std::vector<std::string> merged = Blockers(app.model().workbooks.Latest());
    std::sort(merged.begin(), merged.end());
    CHECK(merged == std::vector<std::string>{"Night shift starts before the pharmacy opens",
                                             "The handoff sheet is on paper"});
    app.UndoImport();
    CHECK(Blockers(app.model().workbooks.Latest()) ==
          std::vector<std::string>{"The handoff sheet is on paper"});
    platform::native::HidePage();
    CHECK(StoredBlockers() == std::vector<std::string>{"The handoff sheet is on paper"});

    // Into a workbook with nothing in it, the same file is taken without a question.
    platform::native::ForgetEverything();
    leeway::app::App empty;
    empty.Start();
    platform::native::PickFileNext("leeway-backup-phone.json", backup);
    empty.ChooseBackupToImport();
    CHECK_FALSE(empty.model().pending_import.has_value());
    CHECK(Blockers(empty.model().workbooks.Latest()) ==
          std::vector<std::string>{"Night shift starts before the pharmacy opens"});
}

TEST_CASE(
    "a tab that may only read refuses every edit with a notice, and writes once the other closes") {
    platform::native::ForgetEverything();
    {
        leeway::app::App first;
        first.Start();
        first.StartProgram("Medication handoffs wait for the charge nurse",
                           core::Date{2026, 11, 26});
        platform::native::HidePage();
    }
    platform::native::OpenAsReadOnlyTab();
    leeway::app::App app;
    app.Start();
    REQUIRE(app.model().read_only);
    CHECK_FALSE(AddBlocker(app, "The handoff sheet is on paper"));
    REQUIRE(app.model().notice.has_value());
    CHECK(app.model().notice->text.rfind("This tab is read-only", 0) == 0);
    platform::native::PickFileNext("leeway-backup.json", platform::native::NewestStoredDocument());
    app.ChooseBackupToImport();
    CHECK_FALSE(app.model().pending_import.has_value());
    CHECK(Blockers(app.model().workbooks.Latest()).empty());

    platform::native::OtherTabClosed();
    CHECK_FALSE(app.model().read_only);
    CHECK(AddBlocker(app, "The handoff sheet is on paper"));
    platform::native::HidePage();
    CHECK(StoredBlockers() == std::vector<std::string>{"The handoff sheet is on paper"});
}

TEST_CASE("every kind of record alone makes an import ask before replacing it") {
    // A workbook with only stability checks or only safety contacts is still the user's work.
    core::Workbook incoming;
    REQUIRE(core::StartProgram(incoming, "Reviews wait on my lead", {2026, 11, 20}));
    const std::string backup = core::ExportBackup(incoming, {});
    for (const bool stability : {true, false}) {
        platform::native::ForgetEverything();
        core::Workbook stored;
        if (stability)
            stored.stability.push_back(
                core::StabilityCheck{{2026, 11, 25}, {4, ""}, {4, ""}, {3, ""}, ""});
        else
            stored.safety.support_contacts = "HR: Ana Novák, ext. 2211";
        platform::native::StoreDocument(core::ExportBackup(stored, {}));
        leeway::app::App app;
        app.Start();
        platform::native::PickFileNext("leeway-backup.json", backup);
        app.ChooseBackupToImport();
        CHECK_MESSAGE(app.model().pending_import.has_value(),
                      (stability ? "stability checks" : "support contacts"));
    }
}

TEST_CASE("a confirmation goes with the next edit or screen; a problem stays until dismissed") {
    platform::native::ForgetEverything();
    leeway::app::App app;
    app.Start();
    app.OpenExample();
    app.CloseExample();
    REQUIRE(app.model().notice.has_value());
    CHECK(app.model().notice->text == "Back to your own workbook.");
    app.StartProgram("Medication handoffs wait for the charge nurse", core::Date{2026, 11, 26});
    CHECK_FALSE(app.model().notice.has_value());

    app.ExportBackup();
    REQUIRE(app.model().notice.has_value());
    app.Navigate(leeway::ui::Route::Map);
    CHECK_FALSE(app.model().notice.has_value());

    platform::native::PickFileNext("notes.json", "not a backup");
    app.ChooseBackupToImport();
    REQUIRE(app.model().notice.has_value());
    REQUIRE(app.model().notice->is_error);
    REQUIRE(AddBlocker(app, "The handoff sheet is on paper"));
    app.Navigate(leeway::ui::Route::Today);
    CHECK(app.model().notice.has_value()); // read and dismissed by the user, not by a timer
}
