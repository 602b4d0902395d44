#pragma once
// Kiosk mode: keeps the facilitator's settings, runs a participant's session from
// Start to the verified wipe, and ends sessions nobody is at any more.

#include <chrono>
#include <functional>
#include <string>

#include "core/kiosk.h"
#include "platform/files.h"
#include "ui/app_model.h"

namespace leeway::app {

class KioskController final : public ui::KioskActions {
  public:
    // What the controller needs from the app around it.
    struct Hooks {
        std::function<void()> clear_memory;               // forget the workbook and all about it
        std::function<std::string()> export_backup;       // the workbook as backup JSON
        std::function<void(platform::PickedFile)> import; // the usual import, as for a picked file
        std::function<void(std::string, bool)> notify;    // a notice for the user (text, is_error)
        std::function<void(ui::Route)> navigate;
    };

    explicit KioskController(ui::AppModel& model) : model_(model) {}

    // Reads the settings and the session from localStorage; takes a take-home link if one was
    // opened.
    void Start(Hooks hooks);
    // Runs the idle rule; true when the model changed.
    bool Tick();
    // The person at the screen did something: the idle clock starts again.
    void NoteInput();
    // No save may reach storage during or after a wipe (the page restarts after it).
    bool SavingBlocked() const { return model_.kiosk.wiping || !model_.kiosk.wipe_problem.empty(); }

    void SetUpKiosk(const std::string& pin, const core::KioskConfig& settings) override;
    void UnlockFacilitator(const std::string& pin) override;
    void LockFacilitator() override;
    void SaveKioskSettings(const core::KioskConfig& settings) override;
    void TurnKioskOff() override;
    void StartSession() override;
    void FinishSession() override;
    void BackToSession() override;
    void WipeNow() override;
    void ToggleFullscreen() override;
    void AcceptLinkImport() override;
    void DeclineLinkImport() override;

  private:
    using Clock = std::chrono::steady_clock;

    void TakeLinkFromAddress();
    void Unpack(
        const std::string& joined); // a take-home link's whole data, checked before it is offered
    void OnWiped(bool stored_ok, const std::string& stored_problem);
    void MakeTakeHome();
    void ShowTakeHome(const std::string& encoded);
    void FinishSetUp(core::KioskConfig config);
    void OnPinChecked(bool right);
    void ShowPinWait(); // the model's wait from pin_failures_, and a wake when its number drops

    ui::AppModel& model_;
    Hooks hooks_;
    Clock::time_point last_input_ = Clock::now();
    bool changed_ = false;
    uint64_t take_home_request_ = 0; // answers for an older request are dropped
    bool scope_shown_ = false;       // the session's part of the program was opened once
    core::PinFailures pin_failures_; // as kept in localStorage
};

} // namespace leeway::app
