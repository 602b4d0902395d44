#include "app/kiosk_controller.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/kiosk.h"
#include "core/qr_code.h"
#include "core/take_home.h"
#include "platform/clock.h"
#include "platform/kiosk.h"
#include "platform/page.h"
#include "platform/storage.h"

namespace leeway::app {

namespace {

// Everything under the kiosk prefix survives the wipe (platform/kiosk.h).
const std::string kConfigKey = std::string(platform::kKioskKeyPrefix) + "config";
const std::string kSessionKey = std::string(platform::kKioskKeyPrefix) + "session";
const std::string kWipedAtKey = std::string(platform::kKioskKeyPrefix) + "wiped-at";
const std::string kWipeProblemKey = std::string(platform::kKioskKeyPrefix) + "wipe-problem";
// Wrong PINs in a row and when the next try may be made, "count utc-ms": kept like the settings.
const std::string kPinFailuresKey = std::string(platform::kKioskKeyPrefix) + "pin-failures";
// A take-home sequence's parts wait here, in the receiving browser, until all have arrived, and
// the list of sequences under way with the UTC date each began, "group date count;...": a
// sequence never finished is removed once the day after that date is over. A kiosk's wipe
// removes them with everything else outside the kiosk prefix.
constexpr const char* kTakeHomePartKey = "leeway-take-home-";
const std::string kTakeHomeSequencesKey = std::string(kTakeHomePartKey) + "sequences";

struct PendingSequence {
    std::string group;
    std::string began; // UTC date, YYYY-MM-DD
    int count = 0;
};

std::vector<PendingSequence> ReadPendingSequences() {
    std::vector<PendingSequence> sequences;
    const std::string list = platform::ReadKioskValue(kTakeHomeSequencesKey);
    for (size_t start = 0; start < list.size();) {
        size_t stop = list.find(';', start);
        if (stop == std::string::npos)
            stop = list.size();
        const std::string entry = list.substr(start, stop - start);
        start = stop + 1;
        const size_t space = entry.find(' ');
        const size_t second = space == std::string::npos ? space : entry.find(' ', space + 1);
        if (second == std::string::npos)
            continue;
        const std::string count = entry.substr(second + 1);
        if (count.empty() || count.size() > 2 ||
            count.find_first_not_of("0123456789") != std::string::npos)
            continue;
        sequences.push_back({entry.substr(0, space), entry.substr(space + 1, second - space - 1),
                             std::stoi(count)});
    }
    return sequences;
}

void WritePendingSequences(const std::vector<PendingSequence>& sequences) {
    std::string list;
    for (const PendingSequence& sequence : sequences)
        list += (list.empty() ? "" : ";") + sequence.group + " " + sequence.began + " " +
                std::to_string(sequence.count);
    if (list.empty())
        platform::RemoveKioskValue(kTakeHomeSequencesKey);
    else
        platform::WriteKioskValue(kTakeHomeSequencesKey, list);
}

void RemoveParts(const PendingSequence& sequence) {
    for (int index = 1; index <= sequence.count; ++index)
        platform::RemoveKioskValue(kTakeHomePartKey + sequence.group + "-" + std::to_string(index));
}

// Forgets the parts of sequences begun before yesterday (UTC), and of `finished`.
void ForgetOldSequences(const std::string& finished = {}) {
    const std::optional<core::Date> today =
        core::ParseIsoDate(platform::UtcTimestamp().substr(0, 10));
    std::vector<PendingSequence> kept;
    for (const PendingSequence& sequence : ReadPendingSequences()) {
        const std::optional<core::Date> began = core::ParseIsoDate(sequence.began);
        if (sequence.group == finished || !today || !began || core::DaysBetween(*began, *today) > 1)
            RemoveParts(sequence);
        else
            kept.push_back(sequence);
    }
    WritePendingSequences(kept);
}

std::string CannotRead(const std::string& why) {
    return "The link you opened cannot be imported: " + why + ". Nothing was changed.";
}

} // namespace

void KioskController::Start(Hooks hooks) {
    hooks_ = std::move(hooks);
    ui::KioskModel& kiosk = model_.kiosk;
    if (std::optional<core::KioskConfig> config =
            core::ParseKioskConfig(platform::ReadKioskValue(kConfigKey))) {
        kiosk.on = true;
        kiosk.config = std::move(*config);
        kiosk.session = platform::ReadKioskValue(kSessionKey) == "active";
        kiosk.wipe_problem = platform::ReadKioskValue(kWipeProblemKey);
        kiosk.last_wipe_at = platform::ReadKioskValue(kWipedAtKey);
        platform::SetContextMenuBlocked(true);
        // A reload during a session keeps the participant's work; leaving asks first.
        platform::SetLeavePagePrompt(kiosk.session);
        pin_failures_ = core::ParsePinFailures(platform::ReadKioskValue(kPinFailuresKey));
        ShowPinWait();
    }
    ForgetOldSequences();
    TakeLinkFromAddress();
    last_input_ = Clock::now();
    changed_ = true;
}

// A take-home link opened here, on load or later in the same tab (only the fragment changes).
void KioskController::TakeLinkFromAddress() {
    const std::string fragment =
        platform::TakeFragmentStartingWith(std::string(core::kTakeHomePrefix));
    if (fragment.empty())
        return;
    changed_ = true;
    if (model_.kiosk.on && !model_.kiosk.session) {
        // Outside a session nothing may be stored here: it would stay for the next person.
        hooks_.notify("This computer is a training kiosk, so it does not take workbooks in between "
                      "sessions. Open the link on your own device.",
                      true);
        return;
    }
    if (fragment.size() > core::kMaxTakeHomeFragmentBytes) {
        hooks_.notify(CannotRead("it is far longer than any link Leeway makes"), true);
        return;
    }
    const std::optional<core::TakeHomePart> part = core::ParseTakeHomeFragment(fragment);
    if (!part) {
        hooks_.notify(
            CannotRead("it is not written the way Leeway writes links, or it was cut short"), true);
        return;
    }
    if (part->count == 1) {
        Unpack(part->data);
        return;
    }
    const std::string prefix = kTakeHomePartKey + part->group + "-";
    std::vector<PendingSequence> sequences = ReadPendingSequences();
    if (std::none_of(sequences.begin(), sequences.end(), [&](const PendingSequence& sequence) {
            return sequence.group == part->group;
        })) {
        sequences.push_back({part->group, platform::UtcTimestamp().substr(0, 10), part->count});
        WritePendingSequences(sequences);
    }
    platform::WriteKioskValue(prefix + std::to_string(part->index), part->data);
    std::string joined;
    int present = 0;
    for (int index = 1; index <= part->count; ++index) {
        const std::string data = platform::ReadKioskValue(prefix + std::to_string(index));
        present += data.empty() ? 0 : 1;
        joined += data;
    }
    if (present < part->count) {
        hooks_.notify("Code " + std::to_string(part->index) + " of " + std::to_string(part->count) +
                          " is here (" + std::to_string(present) + " of " +
                          std::to_string(part->count) +
                          " so far). Scan the others with this same browser today or tomorrow.",
                      false);
        return;
    }
    ForgetOldSequences(part->group);
    Unpack(joined);
}

// Offers the import only once the text is unpacked within its limit, matches the link's
// checksum and passes the importer's full check: a link that fails says why, and costs nothing.
void KioskController::Unpack(const std::string& joined) {
    core::UnwrappedTakeHome unwrapped = core::UnwrapTakeHomeData(joined);
    if (!unwrapped.data) {
        hooks_.notify(CannotRead(unwrapped.problem), true);
        return;
    }
    const std::string encoded = unwrapped.data->encoded;
    platform::DecompressFromBase64Url(
        encoded, core::kMaxTakeHomeTextBytes,
        [this, data = std::move(*unwrapped.data)](platform::Unpacked result, std::string text) {
            changed_ = true;
            if (result != platform::Unpacked::Ok) {
                hooks_.notify(
                    CannotRead(
                        result == platform::Unpacked::TooLarge
                            ? "it unpacks to far more than any workbook, so it was not unpacked"
                            : "what it carries was cut short or damaged"),
                    true);
                return;
            }
            const std::string problem = core::CheckTakeHomeText(data, text);
            if (!problem.empty()) {
                hooks_.notify(CannotRead(problem), true);
                return;
            }
            model_.kiosk.link_import = std::move(text);
        });
}

void KioskController::NoteInput() {
    last_input_ = Clock::now();
    if (model_.kiosk.countdown_seconds_left > 0) {
        model_.kiosk.countdown_seconds_left = 0;
        changed_ = true;
    }
}

bool KioskController::Tick() {
    ui::KioskModel& kiosk = model_.kiosk;
    TakeLinkFromAddress();
    const bool fullscreen = platform::IsFullscreen();
    if (fullscreen != kiosk.fullscreen) {
        kiosk.fullscreen = fullscreen;
        changed_ = true;
    }
    if (kiosk.pin_wait_seconds > 0)
        ShowPinWait(); // counts down to the next try
    const bool watched = kiosk.on && !kiosk.wiping && (kiosk.session || kiosk.facilitator_unlocked);
    if (!watched)
        return std::exchange(changed_, false);
    const double idle_ms =
        std::chrono::duration<double, std::milli>(Clock::now() - last_input_).count();
    const core::IdleState state =
        core::CheckIdle(idle_ms, kiosk.config.idle_seconds, kiosk.config.countdown_seconds);
    // A session about one phase opens that phase's screen once the participant's program exists.
    if (kiosk.session && !scope_shown_ && model_.workbooks.Latest().program) {
        scope_shown_ = true;
        switch (kiosk.config.scope) {
        case core::KioskScope::WholeProgram: break;
        case core::KioskScope::ClarityBaseline: hooks_.navigate(ui::Route::Clarity); break;
        case core::KioskScope::ResponsibilityLoop:
            hooks_.navigate(ui::Route::Responsibility);
            break;
        case core::KioskScope::InfluenceTrial: hooks_.navigate(ui::Route::Influence); break;
        }
    }
    if (!kiosk.session) {
        // A facilitator who walks away is locked out again; there is nothing to wipe.
        if (state.kind != core::IdleState::Kind::Active)
            LockFacilitator();
        else
            platform::WakeAfter(platform::Timer::Kiosk, state.ms_until_change + 5.0);
        return std::exchange(changed_, false);
    }
    switch (state.kind) {
    case core::IdleState::Kind::Active:
        if (kiosk.countdown_seconds_left != 0) {
            kiosk.countdown_seconds_left = 0;
            changed_ = true;
        }
        break;
    case core::IdleState::Kind::CountingDown:
        if (kiosk.countdown_seconds_left != state.seconds_left) {
            kiosk.countdown_seconds_left = state.seconds_left;
            changed_ = true;
        }
        break;
    case core::IdleState::Kind::Expired: WipeNow(); return std::exchange(changed_, false);
    }
    // A timer, not continuous drawing: wake when the countdown starts or its number drops.
    platform::WakeAfter(platform::Timer::Kiosk, state.ms_until_change + 5.0);
    return std::exchange(changed_, false);
}

void KioskController::SetUpKiosk(const std::string& pin, const core::KioskConfig& settings) {
    ui::KioskModel& kiosk = model_.kiosk;
    if (kiosk.on || kiosk.pin_setting_up || !core::IsValidPin(pin))
        return;
    core::KioskConfig config =
        core::NewKioskConfig(platform::NewRecordId() + platform::NewRecordId());
    core::ApplyKioskSettings(config, settings);
    kiosk.pin_setting_up = true;
    changed_ = true;
    const std::string salt = config.pin_salt;
    const int rounds = config.pin_rounds;
    platform::DerivePinHash(
        pin, salt, rounds, [this, config = std::move(config)](std::string hex) mutable {
            model_.kiosk.pin_setting_up = false;
            changed_ = true;
            if (hex.size() != 64) {
                model_.kiosk.notice =
                    "This browser could not make the PIN's hash, so kiosk mode is still off.";
                return;
            }
            config.pin_hash = std::move(hex);
            FinishSetUp(std::move(config));
        });
}

void KioskController::FinishSetUp(core::KioskConfig config) {
    if (model_.kiosk.on)
        return;
    if (!platform::WriteKioskValue(kConfigKey, core::SerializeKioskConfig(config))) {
        model_.kiosk.notice =
            "This browser did not let Leeway keep the settings, so kiosk mode is still off. "
            "A private window may be the reason.";
        return;
    }
    pin_failures_ = {};
    platform::RemoveKioskValue(kPinFailuresKey);
    model_.kiosk.on = true;
    model_.kiosk.config = std::move(config);
    model_.kiosk.notice.clear();
    platform::SetContextMenuBlocked(true);
    hooks_.navigate(ui::Route::Today);
    // The first participant starts as clean as every later one.
    WipeNow();
}

void KioskController::UnlockFacilitator(const std::string& pin) {
    ui::KioskModel& kiosk = model_.kiosk;
    if (!kiosk.on || kiosk.pin_checking || kiosk.facilitator_unlocked)
        return;
    ShowPinWait();
    if (kiosk.pin_wait_seconds > 0)
        return; // the screen says how long
    if (pin.empty() || pin.size() > core::kMaxPinBytes) {
        OnPinChecked(false);
        return;
    }
    kiosk.pin_checking = true;
    kiosk.pin_wrong = false;
    changed_ = true;
    const core::KioskConfig config = kiosk.config;
    auto check = [this, config](const std::string& hex) {
        model_.kiosk.pin_checking = false;
        if (model_.kiosk.on && model_.kiosk.config.pin_hash == config.pin_hash)
            OnPinChecked(core::PinHashMatches(config, hex));
    };
    if (config.pin_kdf == core::PinKdf::LegacySha256Chain)
        check(core::LegacyPinHash(pin, config.pin_salt));
    else
        platform::DerivePinHash(pin, config.pin_salt, config.pin_rounds, check);
}

void KioskController::OnPinChecked(bool right) {
    ui::KioskModel& kiosk = model_.kiosk;
    changed_ = true;
    if (right) {
        pin_failures_ = {};
        platform::RemoveKioskValue(kPinFailuresKey);
        kiosk.facilitator_unlocked = true;
        kiosk.pin_wrong = false;
        kiosk.notice.clear();
        last_input_ = Clock::now();
        ShowPinWait();
        return;
    }
    // Another tab, or a reload, may have counted wrong PINs meanwhile: the stored count rules.
    pin_failures_ = core::ParsePinFailures(platform::ReadKioskValue(kPinFailuresKey));
    ++pin_failures_.wrong_in_a_row;
    pin_failures_.retry_at_ms =
        platform::UtcMilliseconds() + core::PinRetryDelayMs(pin_failures_.wrong_in_a_row);
    platform::WriteKioskValue(kPinFailuresKey, core::SerializePinFailures(pin_failures_));
    kiosk.pin_wrong = true;
    ShowPinWait();
}

void KioskController::ShowPinWait() {
    ui::KioskModel& kiosk = model_.kiosk;
    // A clock turned back cannot make the wait longer than the longest there is.
    const int64_t left = std::min(pin_failures_.retry_at_ms - platform::UtcMilliseconds(),
                                  core::kMaxPinRetryDelayMs);
    const int seconds = left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
    if (seconds != kiosk.pin_wait_seconds ||
        pin_failures_.wrong_in_a_row != kiosk.pin_wrong_in_a_row) {
        kiosk.pin_wait_seconds = seconds;
        kiosk.pin_wrong_in_a_row = pin_failures_.wrong_in_a_row;
        changed_ = true;
    }
    if (left > 0)
        platform::WakeAfter(platform::Timer::PinRetry, static_cast<double>((left - 1) % 1000 + 1));
}

void KioskController::LockFacilitator() {
    model_.kiosk.facilitator_unlocked = false;
    model_.kiosk.notice.clear();
    changed_ = true;
}

void KioskController::SaveKioskSettings(const core::KioskConfig& settings) {
    ui::KioskModel& kiosk = model_.kiosk;
    if (!kiosk.on || !kiosk.facilitator_unlocked)
        return;
    core::KioskConfig config = kiosk.config;
    core::ApplyKioskSettings(config, settings);
    changed_ = true;
    if (!platform::WriteKioskValue(kConfigKey, core::SerializeKioskConfig(config))) {
        kiosk.notice =
            "This browser did not let Leeway keep the settings; the old ones still apply.";
        return;
    }
    kiosk.config = std::move(config);
    kiosk.notice = "Settings saved.";
}

void KioskController::TurnKioskOff() {
    ui::KioskModel& kiosk = model_.kiosk;
    if (!kiosk.on || !kiosk.facilitator_unlocked || kiosk.session)
        return;
    for (const std::string& key :
         {kConfigKey, kSessionKey, kWipedAtKey, kWipeProblemKey, kPinFailuresKey})
        platform::RemoveKioskValue(key);
    platform::SetContextMenuBlocked(false);
    platform::SetLeavePagePrompt(false);
    const bool storage_closed = !kiosk.wipe_problem.empty();
    kiosk = {};
    changed_ = true;
    hooks_.navigate(ui::Route::Today);
    if (storage_closed)
        platform::RestartPage(); // a failed wipe closed storage in this page; a fresh page opens it
}

void KioskController::StartSession() {
    ui::KioskModel& kiosk = model_.kiosk;
    if (!kiosk.on || kiosk.session || kiosk.wiping || !kiosk.wipe_problem.empty())
        return;
    kiosk.session = true;
    kiosk.finishing = false;
    kiosk.facilitator_unlocked = false;
    platform::WriteKioskValue(kSessionKey, "active");
    platform::SetLeavePagePrompt(true);
    last_input_ = Clock::now();
    changed_ = true;
    hooks_.navigate(ui::Route::Today);
}

void KioskController::FinishSession() {
    if (!model_.kiosk.session)
        return;
    model_.kiosk.finishing = true;
    changed_ = true;
    MakeTakeHome();
}

void KioskController::BackToSession() {
    model_.kiosk.finishing = false;
    changed_ = true;
}

void KioskController::WipeNow() {
    ui::KioskModel& kiosk = model_.kiosk;
    if (!kiosk.on || kiosk.wiping)
        return;
    kiosk.wiping = true;
    kiosk.finishing = false;
    kiosk.countdown_seconds_left = 0;
    kiosk.take_home_links.clear();
    kiosk.take_home_codes.clear();
    kiosk.link_import.reset();
    ++take_home_request_;
    changed_ = true;
    platform::SetLeavePagePrompt(false);
    hooks_.clear_memory();
    platform::WipeStoredData(
        [this](platform::WipeResult result) { OnWiped(result.ok, result.message); });
}

void KioskController::OnWiped(bool stored_ok, const std::string& stored_problem) {
    ui::KioskModel& kiosk = model_.kiosk;
    const std::string left = platform::ClearParticipantPageStorage();
    std::string problem;
    if (!stored_ok)
        problem =
            stored_problem.empty() ? "the browser storage could not be cleared" : stored_problem;
    else if (!left.empty())
        problem = "these entries were still there after clearing: " + left;
    platform::RemoveKioskValue(kSessionKey);
    kiosk.session = false;
    changed_ = true;
    if (problem.empty()) {
        platform::RemoveKioskValue(kWipeProblemKey);
        platform::WriteKioskValue(kWipedAtKey, platform::UtcTimestamp());
        // Nothing of the session stays in memory either: the page starts again from scratch.
        platform::RestartPage();
        return;
    }
    kiosk.wiping = false;
    kiosk.wipe_problem = problem;
    platform::WriteKioskValue(kWipeProblemKey, problem);
}

void KioskController::ToggleFullscreen() { platform::ToggleFullscreen(); }

void KioskController::AcceptLinkImport() {
    if (!model_.kiosk.link_import)
        return;
    platform::PickedFile file;
    file.picked = true;
    file.name = "your take-home link";
    file.text = std::move(*model_.kiosk.link_import);
    model_.kiosk.link_import.reset();
    changed_ = true;
    hooks_.import(std::move(file));
}

void KioskController::DeclineLinkImport() {
    model_.kiosk.link_import.reset();
    changed_ = true;
    hooks_.notify("Nothing was imported. Open the link again whenever you like.", false);
}

void KioskController::MakeTakeHome() {
    ui::KioskModel& kiosk = model_.kiosk;
    kiosk.take_home_links.clear();
    kiosk.take_home_problem.clear();
    kiosk.take_home_codes.clear();
    if (!core::HasUserData(model_.workbooks.Latest()))
        return;
    kiosk.take_home_pending = true;
    const uint64_t request = ++take_home_request_;
    std::string text = hooks_.export_backup();
    platform::CompressToBase64Url(text, [this, request, text](std::string encoded) {
        if (request != take_home_request_)
            return;
        model_.kiosk.take_home_pending = false;
        changed_ = true;
        ShowTakeHome(encoded.empty() ? std::string() : core::WrapTakeHomeData(text, encoded));
    });
}

void KioskController::ShowTakeHome(const std::string& encoded) {
    ui::KioskModel& kiosk = model_.kiosk;
    if (encoded.empty()) {
        kiosk.take_home_problem =
            "This browser could not pack your work into a code. Download a backup file instead.";
        return;
    }
    // The fragment never reaches a server: browsers keep it to themselves.
    std::vector<std::string> links = core::MakeTakeHomeLinks(platform::PageAddress(), encoded,
                                                             platform::NewRecordId().substr(0, 6));
    std::vector<ui::QrImage> codes;
    for (const std::string& link : links) {
        std::optional<core::QrCode> qr = core::EncodeQrCode(link);
        if (!qr)
            break;
        codes.push_back({qr->size, std::move(qr->modules)});
    }
    if (links.empty() || codes.size() != links.size()) {
        kiosk.take_home_problem = "Your work is too much for " +
                                  std::to_string(core::kMaxTakeHomeParts) +
                                  " codes. Download a backup file instead.";
        return;
    }
    kiosk.take_home_links = std::move(links);
    kiosk.take_home_codes = std::move(codes);
}

} // namespace leeway::app
