// The monkey: the real app (src/app on the platform stand-ins) drawn headless, with every
// control the screen snapshot lists pressed, first one at a time from a fresh start, then in long
// random runs. Built with AddressSanitizer and UndefinedBehaviorSanitizer (shell/common.sh), so a
// screen that reads what an edit moved or freed fails here rather than in someone's browser.
//
// LEEWAY_MONKEY_SEED and LEEWAY_MONKEY_RUNS change the random runs; a failure names the seed of
// the run that failed, which replays it alone (LEEWAY_MONKEY_SEED=that LEEWAY_MONKEY_RUNS=1).
#include <doctest/doctest.h>
#include <imgui.h>
#include <sanitizer/common_interface_defs.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

#include "app/app.h"
#include "app/example_workbook.h"
#include "core/backup.h"
#include "core/date.h"
#include "core/example.h"
#include "core/program.h"
#include "headless.h"
#include "platform/clock.h"
#include "platform/native/stand_ins.h"
#include "platform/page.h"
#include "ui/screen_snapshot.h"
#include "ui/screens.h"

namespace core = leeway::core;
namespace ui = leeway::ui;
namespace platform = leeway::platform;

namespace {

// --- What is being done, for the report of a crash, sanitizer error or hang --------------------

std::string g_doing;

void SayWhatWasBeingDone() {
    const std::string line = "\nThe monkey was: " + g_doing + "\n";
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, line.data(), line.size());
}

void OnHang(int) {
    SayWhatWasBeingDone();
    constexpr char kHung[] = "A frame did not finish within the time allowed.\n";
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, kHung, sizeof kHung - 1);
    std::abort();
}

// Reports what was being done when a sanitizer stops the process, and stops it when one step
// takes longer than any frame could.
struct Watchdog {
    Watchdog() {
        __sanitizer_set_death_callback(SayWhatWasBeingDone);
        std::signal(SIGALRM, OnHang);
    }
    static void Step(std::string doing) {
        g_doing = std::move(doing);
        alarm(20);
    }
    ~Watchdog() { alarm(0); }
};

// --- The app, started from a stored workbook -----------------------------------------------------

ImFontAtlas& SharedAtlas() {
    static ImFontAtlas atlas; // built by the first context, then shared
    return atlas;
}

// One visit: a fresh browser profile holding `document` (none when empty), opened at `route`.
class Visit {
  public:
    Visit(const std::string& document, ui::Route route)
        : context_(1100.0f, 800.0f, &SharedAtlas()) {
        platform::native::ForgetEverything();
        if (!document.empty())
            platform::native::StoreDocument(document);
        platform::SetLocationHash(ui::LinkForRoute(route));
        app_.Start();
    }

    // One pass of the browser's frame loop (src/app/main.cpp): timers and saves, the link, a frame.
    // The snapshot's JSON is left unread: PublishedControls() has what it lists.
    void Frame() {
        app_.Tick();
        ui_.route = ui::RouteFromLink(platform::LocationHash());
        std::string snapshot = leeway::testing::DrawHeadlessFrame(app_.model(), ui_, app_);
        if (!snapshot.empty()) {
            snapshot_changed_ = true;
            snapshot_ = std::move(snapshot);
        }
        ++frames_;
    }

    // Frames until the mirror has nothing pending and the snapshot holds still, then two more.
    void Settle() {
        int still = 0;
        for (int frame = 0; frame < 40 && still < 2; ++frame) {
            snapshot_changed_ = false;
            Frame();
            still = (snapshot_changed_ || ui::SnapshotNeedsAnotherFrame()) ? 0 : still + 1;
        }
        Frame();
        Frame();
    }

    // What a person could press now: the snapshot's controls that are not disabled.
    static std::vector<ui::PublishedControl> Controls() {
        std::vector<ui::PublishedControl> controls = ui::PublishedControls();
        controls.erase(
            std::remove_if(controls.begin(), controls.end(),
                           [](const ui::PublishedControl& control) { return control.disabled; }),
            controls.end());
        return controls;
    }

    // Acts on a control as the page's mirrored element would: a click, or text typed.
    void Use(const ui::PublishedControl& control, const std::string& text) {
        if (control.role == ui::Role::TextField)
            ui::SetItemText(control.id, text);
        else
            ui::ActivateItem(control.id);
        app_.NoteInput();
    }

    int frames() const { return frames_; }
    // The last snapshot published: what the screen says, as the mirror reads it out.
    const std::string& snapshot() const { return snapshot_; }

  private:
    leeway::testing::HeadlessContext context_;
    leeway::app::App app_;
    ui::UiState ui_;
    bool snapshot_changed_ = false;
    std::string snapshot_;
    int frames_ = 0;
};

// "1 permissions": a count of one followed by a plural. Words ending in s that are not plurals
// ("1 is calm") are let through.
std::string OneWithAPlural(const std::string& snapshot) {
    static const std::vector<std::string> kNotPlurals = {"is", "was", "has", "does", "this"};
    const auto in_word = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
    std::string found;
    const nlohmann::json parsed = nlohmann::json::parse(snapshot);
    for (const nlohmann::json& item : parsed.value("items", nlohmann::json::array())) {
        const std::string name = item.value("name", "");
        for (size_t at = name.find("1 "); at != std::string::npos; at = name.find("1 ", at + 1)) {
            const char before = at > 0 ? name[at - 1] : ' ';
            if ((before >= '0' && before <= '9') || before == '.' || before == ',' || before == '/')
                continue; // 11, 2.1, 3/1
            size_t end = at + 2;
            while (end < name.size() && in_word(name[end]))
                ++end;
            const std::string word = name.substr(at + 2, end - at - 2);
            if (word.size() > 1 && word.back() == 's' &&
                std::find(kNotPlurals.begin(), kNotPlurals.end(), word) == kNotPlurals.end())
                found += "\"1 " + word + "\" in \"" + name + "\"\n";
        }
    }
    return found;
}

// --- Where the monkey starts -----------------------------------------------------------------

struct Start {
    std::string label;
    std::string document; // the stored workbook; empty for a first visit
};

std::string Stored(const core::Workbook& workbook) {
    return core::ExportBackup(workbook, {"monkey", "2026-12-07T09:00:00Z"});
}

// Every example workbook as the user's own, a first visit, and a program started that many days
// ago: on its first day, in each of the later phases, and past its end.
std::vector<Start> Starts() {
    const core::Date today = platform::LocalToday();
    std::vector<Start> starts;
    starts.push_back({"a first visit", ""});
    for (core::ExampleSet set :
         {core::ExampleSet::SoftwareDelivery, core::ExampleSet::HealthAndCare,
          core::ExampleSet::PublicService}) {
        std::optional<core::Workbook> example =
            core::PrepareExample(leeway::ExampleDocument(set), today);
        REQUIRE(example);
        starts.push_back({std::string("the example workbook \"") + core::ExampleSetName(set) + "\"",
                          Stored(*example)});
    }
    for (int day : {1, 11, 21, 31}) {
        core::Workbook workbook;
        REQUIRE(core::StartProgram(workbook, "Handoffs wait a day for the charge nurse",
                                   core::AddDays(today, 1 - day)));
        starts.push_back({"a program on day " + std::to_string(day), Stored(workbook)});
    }
    return starts;
}

// Every route the enum has, so a new screen is pressed through without being listed here.
std::vector<ui::Route> AllRoutes() {
    std::vector<ui::Route> routes;
    for (int route = 0; route < ui::kRouteCount; ++route)
        routes.push_back(static_cast<ui::Route>(route));
    return routes;
}

// What a person might type: nothing, accents, digits, a date, far too much.
const std::vector<std::string>& Typings() {
    static const std::vector<std::string> typings = {
        "",
        "Žluťoučký kůň: naše předávka čeká na vedoucí směny",
        "26.5",
        "-3",
        "2026-12-07",
        "9999-12-31",
        "0",
        "Σήμερα δεν έγινε τίποτα · Сегодня ничего 🙂",
        "   ",
        "Line one\nline two\ttabbed",
        std::string(10000, 'x'),
        "<img src=x onerror=alert(1)> & \"quotes\"",
    };
    return typings;
}

int EnvironmentNumber(const char* name, int fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
}

} // namespace

TEST_CASE("monkey: every control of every screen, pressed one at a time from a fresh start") {
    Watchdog watchdog;
    const std::vector<Start> starts = Starts();
    int presses = 0;
    int screens = 0;
    for (const Start& start : starts) {
        for (ui::Route route : AllRoutes()) {
            const std::string where = start.label + ", " + ui::LinkForRoute(route);
            Watchdog::Step("opening " + where);
            std::vector<ui::PublishedControl> controls;
            {
                Visit first(start.document, route);
                first.Settle();
                controls = Visit::Controls();
                INFO("on ", where);
                CHECK(OneWithAPlural(first.snapshot()) == "");
            }
            ++screens;
            for (const ui::PublishedControl& control : controls) {
                // A text field is pressed by typing into it; each takes the next of the typings.
                const std::string& text =
                    Typings()[static_cast<size_t>(presses) % Typings().size()];
                Watchdog::Step("pressing " + std::string(ui::RoleName(control.role)) + " \"" +
                               control.name + "\" on " + where +
                               (control.role == ui::Role::TextField
                                    ? ", typing " + std::to_string(text.size()) + " bytes"
                                    : ""));
                Visit visit(start.document, route);
                visit.Settle();
                visit.Use(control, text);
                visit.Settle();
                ++presses;
            }
        }
    }
    MESSAGE(presses << " presses on " << screens << " screens from " << starts.size() << " starts");
    CHECK(presses > 1000); // a snapshot that lost its controls would make this test pass empty
}

TEST_CASE("monkey: random runs of 200 presses and typings from a fixed seed") {
    Watchdog watchdog;
    const std::vector<Start> starts = Starts();
    const std::vector<ui::Route> routes = AllRoutes();
    const uint32_t seed = static_cast<uint32_t>(EnvironmentNumber("LEEWAY_MONKEY_SEED", 20261207));
    // ctest splits the runs into a few processes, each from its own first run.
    const int first_run = EnvironmentNumber("LEEWAY_MONKEY_FIRST_RUN", 0);
    const int runs = EnvironmentNumber("LEEWAY_MONKEY_RUNS", 2000);
    constexpr int kStepsPerRun = 200;
    long long steps = 0;
    long long frames = 0;
    for (int run = first_run; run < first_run + runs; ++run) {
        const uint32_t run_seed = seed + static_cast<uint32_t>(run);
        std::mt19937 random(run_seed);
        const Start& start = starts[random() % starts.size()];
        const ui::Route route = routes[random() % routes.size()];
        const std::string replay = "run with LEEWAY_MONKEY_SEED=" + std::to_string(run_seed) +
                                   " LEEWAY_MONKEY_RUNS=1, from " + start.label + " at " +
                                   ui::LinkForRoute(route);
        Watchdog::Step(replay);
        Visit visit(start.document, route);
        visit.Settle();
        for (int step = 0; step < kStepsPerRun; ++step) {
            const std::vector<ui::PublishedControl> controls = Visit::Controls();
            if (controls.empty())
                break;
            const ui::PublishedControl& control = controls[random() % controls.size()];
            const std::string& text = Typings()[random() % Typings().size()];
            Watchdog::Step(replay + ", step " + std::to_string(step + 1) + ": " +
                           ui::RoleName(control.role) + " \"" + control.name + "\"");
            visit.Use(control, text);
            // Sometimes the next press comes before the screen has caught up, as a quick hand's
            // would.
            const int frames_before_next = static_cast<int>(random() % 3);
            if (frames_before_next == 0)
                visit.Settle();
            else
                for (int frame = 0; frame < frames_before_next; ++frame)
                    visit.Frame();
            ++steps;
        }
        frames += visit.frames();
    }
    MESSAGE(runs << " random runs from seed " << seed + static_cast<uint32_t>(first_run) << ": "
                 << steps << " steps, " << frames << " frames");
    CHECK(steps > static_cast<long long>(runs) * kStepsPerRun / 2);
}
