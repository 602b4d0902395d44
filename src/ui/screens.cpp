#include "ui/screens.h"

#include <iterator>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/program.h"
#include "ui/display_settings.h"
#include "ui/fonts.h"
#include "ui/kiosk_screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

struct ScreenLink {
    Route route;
    const char* link;
    const char* tab;      // the navigation tab's label, short enough for a phone
    const char* tab_name; // the tab's whole name, for assistive technology
    const char* title;    // the browser tab's title
    bool needs_program;
};

constexpr ScreenLink kScreens[] = {
    {Route::Today, "#/today", "Today", "Today", "Leeway", false},
    {Route::Map, "#/map", "Map", "Autonomy map", "Leeway: autonomy map", false},
    {Route::Clarity, "#/clarity", "Clarity", "Clarity baseline", "Leeway: Clarity baseline", true},
    {Route::Responsibility, "#/responsibility", "Responsibility", "Responsibility loop",
     "Leeway: Responsibility loop", true},
    {Route::Influence, "#/influence", "Influence", "Influence trial", "Leeway: Influence trial",
     true},
    {Route::History, "#/history", "History", "History", "Leeway: history", false},
    {Route::Stability, "#/stability", "Stability", "Stability check", "Leeway: stability check",
     false},
    {Route::Report, "#/report", "Report", "Report for a 1:1", "Leeway: report for a 1:1", true},
    {Route::Safety, "#/safety", "Safety", "Safety and support", "Leeway: safety and support",
     false},
};
// Every route but the kiosk's (reached only by its link) has its row, in the order of the enum.
static_assert(std::size(kScreens) == kRouteCount - 1, "a screen without its row in kScreens");

const ScreenLink& ScreenFor(Route route) {
    for (const ScreenLink& screen : kScreens)
        if (screen.route == route)
            return screen;
    return kScreens[0];
}

// Text being typed belongs to the workbook it was typed for: when another workbook takes its
// place (an import, the example, another tab), the forms start again from what is stored.
// The same goes for a program that was finished or started: its forms belong to the old one.
void ResetFormsWhenReplaced(const AppModel& model, UiState& ui) {
    const size_t program_key =
        model.workbook().history.size() * 2 + (model.workbook().program ? 1 : 0);
    if (ui.seen_replacements == model.replacements && ui.seen_program_key == program_key)
        return;
    ui.seen_replacements = model.replacements;
    ui.seen_program_key = program_key;
    ui.scroll_to_top = true;
    ui.forms = {};
}

std::string TodayTitle(const AppModel& model) {
    if (!model.workbook().program)
        return "Leeway: start your 30 days";
    const core::ProgramDay day = core::ComputeProgramDay(*model.workbook().program, model.today);
    switch (day.status) {
    case core::ProgramStatus::Running:
        return "Leeway: day " + std::to_string(day.day) + " of " +
               std::to_string(core::kProgramDays);
    case core::ProgramStatus::Paused: return "Leeway: paused";
    case core::ProgramStatus::Finished: return "Leeway: 30 days done";
    case core::ProgramStatus::NotStartedYet: return "Leeway: starting soon";
    }
    return "Leeway";
}

} // namespace

std::string DrawApp(AppModel& model, UiState& ui, AppActions& actions) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Leeway", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoMove);
    // What changed between frames (storage answered, a file was read) is drawn from here on,
    // and the forms start over from it.
    model.workbooks.ShowChanges();
    ResetFormsWhenReplaced(model, ui);

    std::string title = "Leeway";
    const bool has_program = model.workbook().program.has_value();
    // The phase screens need a program; without one their links show Today.
    // #/kiosk belongs to the kiosk screens; anywhere else it shows Today.
    const Route route =
        (ScreenFor(ui.route).needs_program && !has_program) || ui.route == Route::Kiosk
            ? Route::Today
            : ui.route;
    const bool workbook_screens = model.storage_answered && !KioskScreenShown(model, ui.route);
    // The safety screen is one tab away from every screen; before a program starts, the
    // welcome screen links to it.
    const bool navigation =
        workbook_screens && (core::HasUserData(model.workbook()) || route != Route::Today);
    // The compact layout keeps the screens menu (and the way out of the example) in a row of
    // its own above the content, in reach however far the screen is scrolled. A kiosk session
    // keeps its session bar first.
    const bool fixed_row = navigation && CompactLayout() && !model.kiosk.on;
    if (fixed_row) {
        BeginColumn(720.0f);
        DrawScreensMenuButton(route, ui.chrome);
        DrawExampleBanner(model, actions, true);
        EndColumn();
    }

    // The footer (notice and status line) is measured as it is drawn; the content above uses
    // last frame's height, which settles within the frames drawn after every change.
    // Another screen, or another workbook, starts at its top like a new page would, and so does
    // the screens menu when it opens above it.
    if (ui.route != ui.drawn_route || ui.scroll_to_top || ui.chrome.scroll_to_menu ||
        ui.display.scroll_to_panel)
        ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
    ui.drawn_route = ui.route;
    ui.scroll_to_top = false;
    ui.chrome.scroll_to_menu = false;
    ui.display.scroll_to_panel = false;
    // The example is read-only, but it is there to be read: it fades less than a disabled form.
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha,
                        model.viewing_example ? 0.8f : ImGui::GetStyle().DisabledAlpha);
    ImGui::BeginChild("content", ImVec2(0, -ui.footer_height), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground);
    BeginColumn(720.0f);
    if (ui.display.open && CompactLayout()) {
        MirrorGroup region(Container::Region, "Settings and backup");
        DrawDisplaySettingsPanel(ui.display, model, actions);
        Gap(8);
        ColumnSeparator();
    }
    if (!model.storage_answered) {
        MirrorGroup main(Container::Main, "Leeway");
        DrawLoadingScreen();
    } else if (KioskScreenShown(model, ui.route)) {
        MirrorGroup main(Container::Main, "Leeway");
        DrawKioskScreens(model, ui, actions, title);
    } else {
        if (navigation)
            DrawNavigation(model, route, ui.chrome, actions, fixed_row);
        MirrorGroup main(Container::Main, "Leeway");
        if (model.kiosk.on)
            DrawKioskSessionBar(model, actions);
        if (!fixed_row)
            DrawExampleBanner(model, actions, false);
        title = ScreenFor(route).title;
        switch (route) {
        case Route::Today:
            if (has_program)
                DrawHomeScreen(model, ui, actions);
            else
                DrawWelcomeScreen(model, ui.welcome, actions);
            title = TodayTitle(model);
            break;
        case Route::Map: DrawMapScreen(model, ui.forms.map, actions); break;
        case Route::Clarity:
            DrawClarityScreen(model, ui.forms.clarity, ui.forms.reality, actions);
            break;
        case Route::Responsibility:
            DrawResponsibilityScreen(model, ui.forms.responsibility, actions);
            break;
        case Route::Influence: DrawInfluenceScreen(model, ui.forms.influence, actions); break;
        case Route::History: DrawHistoryScreen(model, ui.forms.history); break;
        case Route::Stability: DrawStabilityScreen(model, ui.forms.stability, actions); break;
        case Route::Report: DrawReportScreen(model, ui.report, actions); break;
        case Route::Safety: DrawSafetyScreen(model, ui.forms.safety, actions); break;
        case Route::Kiosk: break; // drawn by the kiosk screens
        }
        if (model.viewing_example)
            title += " (example)";
    }
    EndColumn();
    ImGui::EndChild();
    ImGui::PopStyleVar();

    const float footer_top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(0.0f); // the footer spans the window and wraps at its edge
    {
        MirrorGroup footer(Container::Footer, "Status and settings");
        DrawNoticeBanner(model, actions);
        DrawStatusBar(model);
        DrawDisplaySettings(ui.display, model, actions);
    }
    ImGui::PopTextWrapPos();
    ui.footer_height = ImGui::GetCursorPosY() - footer_top;
    DrawImportDialog(model, actions);
    DrawKioskOverlays(model, actions);
    ImGui::End();
    // The screens are done with this frame's workbook: what they changed is drawn from now on.
    model.workbooks.ShowChanges();
    return title;
}

void DrawLoadingScreen() { MutedParagraph("Opening your workbook..."); }

constexpr const char* kKioskLink = "#/kiosk"; // not a tab, a facilitator's address

const char* LinkForRoute(Route route) {
    return route == Route::Kiosk ? kKioskLink : ScreenFor(route).link;
}

Route RouteFromLink(const std::string& link) {
    if (link == kKioskLink)
        return Route::Kiosk;
    for (const ScreenLink& screen : kScreens)
        if (link == screen.link)
            return screen.route;
    return Route::Today;
}

void DrawScreensMenuButton(Route current, ChromeState& chrome) {
    ImGui::PushID("navigation");
    MirrorGroup navigation(Container::Navigation, "Screens");
    // A button named after the screen shown; the spaces leave room for the arrow that says it
    // opens a list.
    const std::string label = std::string(ScreenFor(current).tab) + "     ###screens-menu";
    if (SecondaryButton(label.c_str(),
                        "Screens menu, now on " + std::string(ScreenFor(current).tab_name))) {
        chrome.screens_open = !chrome.screens_open;
        chrome.scroll_to_menu = chrome.screens_open;
    }
    RecordLastItemExpanded(chrome.screens_open);
    const float size = ImGui::GetFontSize();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImGui::RenderArrow(ImGui::GetWindowDrawList(),
                       ImVec2(max.x - ImGui::GetStyle().FramePadding.x - size,
                              (min.y + max.y) * 0.5f - size * 0.4f),
                       ImGui::GetColorU32(ImGuiCol_Text),
                       chrome.screens_open ? ImGuiDir_Up : ImGuiDir_Down, 0.8f);
    ImGui::PopID();
}

void DrawNavigation(const AppModel& model, Route current, ChromeState& chrome, AppActions& actions,
                    bool menu_button_drawn) {
    const bool compact = CompactLayout();
    if (!compact) {
        chrome.screens_open = false;
        Gap(4);
    } else {
        if (!menu_button_drawn)
            DrawScreensMenuButton(current, chrome);
        if (!chrome.screens_open)
            return; // the menu's button is all there is
    }
    // The tabs' ids of their own: a screen may have a button called "Today" too.
    ImGui::PushID("navigation");
    // The same landmark as the menu's button, which is drawn above the scrolling content.
    MirrorGroup navigation(Container::Navigation, "Screens");
    FlowRow row;
    for (const ScreenLink& screen : kScreens) {
        if (screen.needs_program && !model.workbook().program)
            continue;
        const bool selected = screen.route == current;
        // In the menu each screen has a row and its whole name.
        const char* label = compact ? screen.tab_name : screen.tab;
        ImGui::PushFont(selected ? GetFonts().strong : GetFonts().body);
        const float width = FlowRow::ButtonWidth(label);
        ImGui::PopFont();
        if (!compact)
            row.Next(width);
        if (NavigationTab(label, screen.link, selected, screen.tab_name)) {
            chrome.screens_open = false;
            if (!selected)
                actions.Navigate(screen.route);
        }
    }
    ImGui::PopID();
    ColumnSeparator();
}

std::string PhaseTiming(const AppModel& model, core::Phase phase) {
    const core::PhaseInfo& info = core::GetPhaseInfo(phase);
    const core::ProgramDay day = core::ComputeProgramDay(*model.workbook().program, model.today);
    std::string text = "Days " + std::to_string(info.first_day) + "-" +
                       std::to_string(info.last_day) + " of your program. ";
    if (day.status == core::ProgramStatus::Running && day.phase == phase)
        text += "Today is day " + std::to_string(day.day) + ".";
    else if (day.status == core::ProgramStatus::Paused && day.phase == phase)
        text += "The program is paused on day " + std::to_string(day.day) + ".";
    else if (day.status == core::ProgramStatus::NotStartedYet ||
             (day.status != core::ProgramStatus::Finished && day.day < info.first_day))
        text += "This phase is still ahead; you can prepare here.";
    else
        text += "This phase is behind you; what you noted stays useful.";
    return text + " " + info.purpose;
}

void DrawExampleBanner(const AppModel& model, AppActions& actions, bool beside_navigation) {
    if (!model.viewing_example)
        return;
    MirrorGroup region(Container::Region, "Example workbook");
    if (beside_navigation) { // the button says what is shown, and leaves the screen its room
        SameLineAtRightIfButtonFits("Close example");
        if (PrimaryButton("Close example", "Close the example"))
            actions.CloseExample();
        return;
    }
    if (CompactLayout()) { // one line and its button: the example's screens need the room
        ImGui::AlignTextToFramePadding();
        StrongParagraph("Example, read-only");
        SameLineAtRightIfButtonFits("Close the example");
        if (PrimaryButton("Close the example"))
            actions.CloseExample();
        return;
    }
    Gap(8);
    BeginCard("example-banner");
    StrongParagraph("You are looking at an example workbook");
    Paragraph("It shows every part of the program filled in. It is read-only, and your own "
              "workbook is untouched.");
    if (PrimaryButton("Close the example"))
        actions.CloseExample();
    EndCard();
}

} // namespace leeway::ui
