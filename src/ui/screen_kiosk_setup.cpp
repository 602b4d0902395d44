// Kiosk setup (#/kiosk): the facilitator chooses a PIN and the session's settings, and later
// changes them or turns kiosk mode off, only with that PIN.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdlib>

#include "core/guidance.h"
#include "core/kiosk.h"
#include "core/program.h"
#include "ui/fonts.h"
#include "ui/kiosk_screens.h"
#include "ui/screen_snapshot.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

constexpr int kMaxIdleMinutes = core::kMaxIdleSeconds / 60;

// Minutes as typed, or -1 when they are not a whole number in range.
int ParseMinutes(const std::string& text) {
    if (text.empty() || text.size() > 3)
        return -1;
    for (char c : text)
        if (c < '0' || c > '9')
            return -1;
    const int minutes = std::atoi(text.c_str());
    return minutes >= 1 && minutes <= kMaxIdleMinutes ? minutes : -1;
}

void LoadForm(const AppModel& model, KioskForm& form) {
    if (form.loaded)
        return;
    form.loaded = true;
    const KioskModel& kiosk = model.kiosk;
    form.examples =
        static_cast<int>(model.examples); // a first setup starts from this device's choice
    if (!kiosk.on)
        return;
    // A countdown shorter than a minute (set for tests) still shows as at least one minute.
    form.idle_minutes = std::to_string(std::max(1, kiosk.config.idle_seconds / 60));
    form.support = kiosk.config.support_contacts;
    form.scope = static_cast<int>(kiosk.config.scope);
    form.examples = static_cast<int>(kiosk.config.examples);
}

// The settings both the first setup and later changes ask for. Returns false while one is wrong.
bool DrawSettings(KioskForm& form, core::KioskConfig& settings) {
    bool valid = true;
    TextField("Idle time before \"Still there?\" (minutes)", "##kiosk-idle", form.idle_minutes, "5",
              120.0f, "Idle minutes");
    const int minutes = ParseMinutes(form.idle_minutes);
    if (minutes < 0) {
        valid = false;
        if (form.tried)
            ErrorParagraph("Give a whole number of minutes from 1 to " +
                           std::to_string(kMaxIdleMinutes) + ".");
    } else {
        settings.idle_seconds = minutes * 60;
    }
    MutedParagraph("After that, a " + std::to_string(settings.countdown_seconds) +
                   "-second countdown, then the session is wiped.");
    Gap(4);
    TextField("Support contacts", "##kiosk-support", form.support,
              "For example: Ana at the front desk, room 2", ImGui::CalcItemWidth(), {},
              core::kMaxSupportContactsBytes);
    MutedParagraph("Shown to every participant, so they know who to turn to.");
    if (form.support.size() > core::kMaxSupportContactsBytes)
        valid = false; // the field says so
    settings.support_contacts = form.support;
    Gap(4);
    StrongParagraph("This session covers");
    const char* scopes[core::kKioskScopeCount];
    for (int index = 0; index < core::kKioskScopeCount; ++index)
        scopes[index] = core::KioskScopeName(static_cast<core::KioskScope>(index));
    for (int index = 0; index < core::kKioskScopeCount; ++index) {
        ImGui::PushID(index);
        if (RadioChoice(scopes[index], form.scope == index,
                        std::string("Session covers: ") + scopes[index]))
            form.scope = index;
        ImGui::PopID();
    }
    settings.scope = static_cast<core::KioskScope>(form.scope);
    Gap(4);
    StrongParagraph("Examples from");
    MutedParagraph(
        "The line of work the hints in empty fields and the example workbook come from.");
    for (int index = 0; index < core::kExampleSetCount; ++index) {
        const char* name = core::ExampleSetName(static_cast<core::ExampleSet>(index));
        ImGui::PushID(index);
        if (RadioChoice(name, form.examples == index, std::string("Session examples: ") + name))
            form.examples = index;
        ImGui::PopID();
    }
    settings.examples = static_cast<core::ExampleSet>(form.examples);
    return valid;
}

} // namespace

bool PinField(const char* label, const char* id, std::string& pin) {
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    ImGui::SetNextItemWidth(160.0f);
    const ImGuiID item_id = ImGui::GetID(id);
    bool edited = false;
    if (std::optional<std::string> mirrored = TakeItemText(item_id)) {
        if (ImGui::GetActiveID() == item_id)
            ImGui::ClearActiveID();
        edited = *mirrored != pin;
        pin = std::move(*mirrored);
    }
    AnnotateNextItem(Role::TextField, label);
    edited |= ImGui::InputText(id, &pin, ImGuiInputTextFlags_Password); // digits or a passphrase
    // The page's mirror holds a dot per character, never the PIN itself.
    std::string dots;
    for (size_t i = core::CountCharacters(pin); i > 0; --i)
        dots += "\xE2\x80\xA2";
    RecordLastItemValue(dots);
    return edited;
}

void DrawKioskSetupScreen(AppModel& model, KioskForm& form, AppActions& actions) {
    LoadForm(model, form);
    Gap(8);
    Title("Set up a training kiosk");
    Paragraph(
        "For a shared computer at a training session. Each participant starts clean, can take "
        "their work home with a QR code, and leaves nothing behind: finishing, or walking away, "
        "wipes everything they wrote from this browser.");
    MutedParagraph(
        "Only you need the PIN: it lets you change these settings and turn kiosk mode off. "
        "It is kept only as a salted hash, and wrong PINs in a row make the next try wait longer.");
    Gap(8);
    PinField("Facilitator PIN (at least 6 digits, or a passphrase)", "##kiosk-pin", form.pin);
    if (form.tried && !core::IsValidPin(form.pin))
        ErrorParagraph("Choose at least " + std::to_string(core::kMinPinDigits) +
                       " digits, or a passphrase of at least " +
                       std::to_string(core::kMinPassphraseCharacters) + " characters.");
    PinField("The same PIN again", "##kiosk-pin-again", form.pin_again);
    if (form.tried && core::IsValidPin(form.pin) && form.pin != form.pin_again)
        ErrorParagraph("The two PINs differ. Type the same one twice.");
    Gap(8);
    core::KioskConfig settings;
    const bool settings_valid = DrawSettings(form, settings);
    Gap(12);
    ImGui::BeginDisabled(model.kiosk.pin_setting_up);
    const bool turn_on = PrimaryButton("Turn on kiosk mode");
    ImGui::EndDisabled();
    if (model.kiosk.pin_setting_up)
        MutedParagraph("Keeping the PIN as a hash...", Role::Status);
    if (turn_on) {
        form.tried = true;
        if (settings_valid && core::IsValidPin(form.pin) && form.pin == form.pin_again) {
            actions.Kiosk().SetUpKiosk(form.pin, settings);
            form = {};
        }
    }
    if (!model.kiosk.notice.empty())
        ErrorParagraph(model.kiosk.notice, Role::Alert);
    Gap(8);
    if (core::HasUserData(model.workbook()))
        ErrorParagraph(
            "Turning kiosk mode on wipes the workbook that is in this browser now, so the first "
            "participant starts clean. Export a backup first if you want to keep it.");
    if (SecondaryButton("Back to Leeway"))
        actions.Navigate(Route::Today);
}

void DrawFacilitatorPanel(AppModel& model, KioskForm& form, AppActions& actions) {
    LoadForm(model, form);
    const KioskModel& kiosk = model.kiosk;
    Gap(8);
    Title("Facilitator");
    if (!kiosk.wipe_problem.empty()) {
        ErrorParagraph("The last wipe did not finish: " + kiosk.wipe_problem + ".", Role::Alert);
        Paragraph("Nothing new can start until a wipe succeeds. Close any other Leeway tab, then "
                  "try again.");
        if (PrimaryButton("Try the wipe again"))
            actions.Kiosk().WipeNow();
        Gap(8);
    } else if (!kiosk.last_wipe_at.empty()) {
        MutedParagraph("Last wipe: " + kiosk.last_wipe_at.substr(0, 10) + " " +
                       kiosk.last_wipe_at.substr(11, 5) +
                       " UTC, checked by reading the browser's storage back: nothing was left.");
    }
    if (kiosk.config.pin_kdf == core::PinKdf::LegacySha256Chain)
        MutedParagraph(
            "Your PIN was set by an earlier version of Leeway and is kept the older, weaker "
            "way. It keeps working; to keep a new one the stronger way, turn kiosk mode off "
            "and set it up again.");
    Heading("Session settings");
    core::KioskConfig settings = kiosk.config;
    const bool valid = DrawSettings(form, settings);
    Gap(8);
    if (PrimaryButton("Save settings")) {
        form.tried = true;
        if (valid)
            actions.Kiosk().SaveKioskSettings(settings);
    }
    ImGui::SameLine();
    if (SecondaryButton("Lock"))
        actions.Kiosk().LockFacilitator();
    if (!kiosk.notice.empty())
        Paragraph(kiosk.notice, Role::Status);
    Gap(12);
    ColumnSeparator();
    Heading("Leave kiosk mode");
    MutedParagraph(
        "Leeway goes back to being a private workbook in this browser. The settings are removed.");
    if (SecondaryButton("Turn off kiosk mode")) {
        actions.Kiosk().TurnKioskOff();
        form = {};
    }
}

} // namespace leeway::ui
