// The app's saving, natively: the real src/app on the platform stand-ins, with the storage's
// answers held back so a save can be caught in flight, as it is in a browser.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/app.h"
#include "core/backup.h"
#include "core/date.h"
#include "platform/native/stand_ins.h"

namespace core = leeway::core;
namespace platform = leeway::platform;

namespace {

// The blockers of the newest stored generation, as the importer reads them.
std::vector<std::string> StoredBlockers() {
    const core::ImportResult imported = core::ImportBackup(platform::native::NewestStoredDocument());
    REQUIRE(imported.ok());
    REQUIRE(imported.workbook->program.has_value());
    std::vector<std::string> texts;
    for (const core::Blocker& blocker : imported.workbook->program->clarity.blockers)
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
