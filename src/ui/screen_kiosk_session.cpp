// A participant's training session: welcome and Start, the session bar while they work, the
// finish screen (take it home, then wipe), and "Still there?" when nobody touches the screen.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/kiosk.h"
#include "ui/fonts.h"
#include "ui/kiosk_screens.h"
#include "ui/screen_snapshot.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

// "45 seconds", "2 minutes 5 seconds", "15 minutes".
std::string FormatWait(int seconds) {
    if (seconds < 60)
        return Plural(seconds, "second", "seconds");
    const std::string minutes = Plural(seconds / 60, "minute", "minutes");
    return seconds % 60 == 0 ? minutes : minutes + " " + Plural(seconds % 60, "second", "seconds");
}

void SupportLine(const core::KioskConfig& config) {
    if (!config.support_contacts.empty())
        Paragraph("Need a hand? " + config.support_contacts);
}

// Dark modules on white with a quiet zone of four modules, whatever the theme: phones need it.
void DrawQrCode(const QrImage& qr) {
    const int quiet = 4;
    const float available = std::min(ImGui::CalcItemWidth(), 440.0f);
    const float module =
        std::max(2.0f, std::floor(available / static_cast<float>(qr.size + 2 * quiet)));
    const float side = module * static_cast<float>(qr.size + 2 * quiet);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side),
                        IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.modules[static_cast<size_t>(y * qr.size + x)])
                continue;
            const float left = origin.x + module * static_cast<float>(x + quiet);
            const float top = origin.y + module * static_cast<float>(y + quiet);
            draw->AddRectFilled(ImVec2(left, top), ImVec2(left + module, top + module),
                                IM_COL32(0, 0, 0, 255));
        }
    }
    ImGui::Dummy(ImVec2(side, side));
    RecordLastItemAsText(Role::Text, "QR code of your workbook, " + std::to_string(qr.size) +
                                         " by " + std::to_string(qr.size) + " modules");
}

} // namespace

bool KioskScreenShown(const AppModel& model, Route route) {
    const KioskModel& kiosk = model.kiosk;
    if (!kiosk.on)
        return route == Route::Kiosk;
    return kiosk.wiping || !kiosk.session || kiosk.finishing;
}

bool DrawKioskScreens(AppModel& model, UiState& ui, AppActions& actions, std::string& title) {
    if (!KioskScreenShown(model, ui.route))
        return false;
    KioskModel& kiosk = model.kiosk;
    if (!kiosk.on) {
        if (ui.route != Route::Kiosk)
            return false;
        DrawKioskSetupScreen(model, ui.kiosk, actions);
        title = "Leeway: set up a training kiosk";
        return true;
    }
    if (kiosk.wiping) {
        Gap(24);
        Title("Clearing this session...");
        MutedParagraph("Removing everything from this browser and checking that it is gone.",
                       Role::Status);
        title = "Leeway: clearing";
        return true;
    }
    if (!kiosk.session) {
        if (kiosk.facilitator_unlocked) {
            if (ui.kiosk.asking_pin) { // just unlocked: the panel starts from the stored settings
                ui.kiosk.asking_pin = false;
                ui.kiosk.loaded = false;
            }
            DrawFacilitatorPanel(model, ui.kiosk, actions);
            title = "Leeway: facilitator";
        } else {
            DrawParticipantWelcome(model, ui.kiosk, actions);
            title = "Leeway: training session";
        }
        return true;
    }
    if (kiosk.finishing) {
        DrawKioskFinishScreen(model, ui.kiosk, actions);
        title = "Leeway: finish your session";
        return true;
    }
    return false; // the workbook's screens, under the session bar (DrawKioskSessionBar)
}

void DrawParticipantWelcome(AppModel& model, KioskForm& form, AppActions& actions) {
    const KioskModel& kiosk = model.kiosk;
    Gap(24);
    Title("Welcome to this training session");
    Paragraph(
        "Leeway is a workbook for growing your autonomy at work. What you write here stays on this "
        "computer only until you finish: then you can take it home on your phone, and it is wiped "
        "from here.");
    Paragraph(std::string("This session covers: ") + core::KioskScopeName(kiosk.config.scope) +
              ". Examples: " + core::ExampleSetName(kiosk.config.examples) + ".");
    SupportLine(kiosk.config);
    Gap(8);
    if (!kiosk.wipe_problem.empty()) {
        ErrorParagraph(
            "This computer is not ready yet: the last session could not be cleared completely. "
            "Please ask the facilitator.",
            Role::Alert);
    } else {
        if (!kiosk.last_wipe_at.empty())
            MutedParagraph(
                "The previous session was wiped and checked: you start with a clean page.");
        if (PrimaryButton("Start my session"))
            actions.Kiosk().StartSession();
    }
    Gap(32);
    ColumnSeparator();
    if (!form.asking_pin) {
        if (SecondaryButton("Facilitator"))
            form.asking_pin = true;
        return;
    }
    PinField("Facilitator PIN", "##kiosk-unlock", form.unlock_pin);
    if (kiosk.pin_checking) {
        MutedParagraph("Checking the PIN...", Role::Status);
    } else if (kiosk.pin_wait_seconds > 0) {
        // The alert is said once; the countdown under it changes every second and is not.
        ErrorParagraph((kiosk.pin_wrong ? std::string("That PIN is not right. ") : std::string()) +
                           std::to_string(kiosk.pin_wrong_in_a_row) +
                           " wrong PINs in a row, so the next try has to wait.",
                       Role::Alert);
        MutedParagraph("You can try again in " + FormatWait(kiosk.pin_wait_seconds) + ".");
    } else if (kiosk.pin_wrong) {
        ErrorParagraph("That PIN is not right.", Role::Alert);
    }
    ImGui::BeginDisabled(kiosk.pin_checking || kiosk.pin_wait_seconds > 0);
    if (PrimaryButton("Unlock")) {
        actions.Kiosk().UnlockFacilitator(form.unlock_pin);
        form.unlock_pin.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (SecondaryButton("Cancel")) {
        form.asking_pin = false;
        form.unlock_pin.clear();
    }
}

void DrawKioskSessionBar(const AppModel& model, AppActions& actions) {
    const KioskModel& kiosk = model.kiosk;
    Gap(8);
    MirrorGroup region(Container::Region, "Training session");
    BeginCard("kiosk-session-bar");
    StrongParagraph(std::string("Training session: ") + core::KioskScopeName(kiosk.config.scope));
    SupportLine(kiosk.config);
    if (PrimaryButton("Finish my session"))
        actions.Kiosk().FinishSession();
    ImGui::SameLine();
    if (SecondaryButton(kiosk.fullscreen ? "Leave full screen" : "Full screen"))
        actions.Kiosk().ToggleFullscreen();
    EndCard();
}

void DrawKioskFinishScreen(const AppModel& model, KioskForm& form, AppActions& actions) {
    const KioskModel& kiosk = model.kiosk;
    Gap(16);
    Title("Finish your session");
    Heading("Take your work home");
    if (!core::HasUserData(model.workbook())) {
        Paragraph("You have not written anything yet, so there is nothing to take home.");
    } else if (kiosk.take_home_pending) {
        MutedParagraph("Making your code...", Role::Status);
    } else if (!kiosk.take_home_codes.empty()) {
        const int count = static_cast<int>(kiosk.take_home_codes.size());
        form.code_index = std::clamp(form.code_index, 0, count - 1);
        if (count == 1)
            Paragraph("Scan this code with your phone's camera. It opens Leeway on your phone and "
                      "offers to "
                      "import your work. Your work travels inside the link itself: no server ever "
                      "sees it.");
        else
            Paragraph("Your work takes " + std::to_string(count) +
                      " codes. Scan each one with your phone's camera, in any order, in the same "
                      "browser: "
                      "after the last one, Leeway offers to import your work. It travels inside "
                      "the links "
                      "themselves: no server ever sees it.");
        Gap(4);
        if (count > 1) {
            StrongParagraph("Code " + std::to_string(form.code_index + 1) + " of " +
                            std::to_string(count));
            ImGui::BeginDisabled(form.code_index == 0);
            if (SecondaryButton("Previous code"))
                --form.code_index;
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(form.code_index == count - 1);
            if (SecondaryButton("Next code"))
                ++form.code_index;
            ImGui::EndDisabled();
            Gap(4);
        }
        DrawQrCode(kiosk.take_home_codes[static_cast<size_t>(form.code_index)]);
    } else if (!kiosk.take_home_problem.empty()) {
        Paragraph(kiosk.take_home_problem);
    }
    if (core::HasUserData(model.workbook())) {
        Gap(4);
        MutedParagraph(
            "Or save a backup file, to a USB stick for instance: a file saved on this computer "
            "would stay behind.");
        if (SecondaryButton("Download a backup file"))
            actions.ExportBackup();
    }
    Gap(16);
    Heading("Wipe and finish");
    Paragraph("This removes everything you wrote from this computer, checks that it is gone, and "
              "gets the "
              "screen ready for the next person.");
    if (PrimaryButton("Wipe and finish"))
        actions.Kiosk().WipeNow();
    ImGui::SameLine();
    if (SecondaryButton("Back to my work"))
        actions.Kiosk().BackToSession();
}

void DrawKioskOverlays(AppModel& model, AppActions& actions) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    constexpr const char* kStillThere = "Still there?";
    const bool counting = model.kiosk.countdown_seconds_left > 0;
    if (counting && !ImGui::IsPopupOpen(kStillThere))
        ImGui::OpenPopup(kStillThere);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, viewport->WorkSize.x - 32.0f), 0));
    if (ImGui::BeginPopupModal(kStillThere, nullptr,
                               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoTitleBar)) {
        MirrorGroup dialog(Container::Dialog, kStillThere);
        ImGui::PushTextWrapPos(0.0f);
        if (!counting) {
            ImGui::CloseCurrentPopup();
        } else {
            Title("Still there?");
            const int left = model.kiosk.countdown_seconds_left;
            Paragraph("This session ends in " + std::to_string(left) +
                          (left == 1 ? " second" : " seconds") +
                          ", and everything written here will be wiped.",
                      Role::Status);
            MutedParagraph("Touch the screen or press any key to carry on.");
            PrimaryButton("I'm still here"); // any input cancels; the button says so plainly
        }
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }

    constexpr const char* kLinkImport = "Import this workbook?";
    const bool offering = model.kiosk.link_import.has_value() && !counting;
    if (offering && !ImGui::IsPopupOpen(kLinkImport))
        ImGui::OpenPopup(kLinkImport);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, viewport->WorkSize.x - 32.0f), 0));
    if (ImGui::BeginPopupModal(kLinkImport, nullptr,
                               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoTitleBar)) {
        MirrorGroup dialog(Container::Dialog, kLinkImport);
        ImGui::PushTextWrapPos(0.0f);
        if (!offering) {
            ImGui::CloseCurrentPopup();
        } else {
            Heading("Import this workbook?");
            Paragraph("The link you opened carries a Leeway workbook, taken home from a training "
                      "session. "
                      "Import it into this browser?");
            if (PrimaryButton("Import it"))
                actions.Kiosk().AcceptLinkImport();
            ImGui::SameLine();
            if (SecondaryButton("Not now"))
                actions.Kiosk().DeclineLinkImport();
        }
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }
}

} // namespace leeway::ui
