#pragma once
// Kiosk mode as the screens see it: the facilitator's settings, where the participant's
// session stands, and the actions the kiosk screens can ask for. Owned by the app (src/app).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/kiosk.h"

namespace leeway::ui {

// The take-home QR code, ready to draw: size x size modules, row by row.
struct QrImage {
    int size = 0;
    std::vector<uint8_t> modules; // 1 = dark
};

struct KioskModel {
    bool on = false;                   // the facilitator turned kiosk mode on
    core::KioskConfig config;          // valid while on
    bool session = false;              // a participant's session runs (survives a reload)
    bool finishing = false;            // the finish screen: take it home, then wipe
    bool facilitator_unlocked = false; // the PIN was given on this screen, until locked again
    bool wiping = false;
    std::string wipe_problem;       // what the last wipe left behind; shown to the facilitator
    std::string last_wipe_at;       // when the last good wipe finished, ISO 8601 UTC
    int countdown_seconds_left = 0; // > 0 while "Still there?" counts down
    std::string notice;             // a setup or PIN message for the facilitator
    // The facilitator's PIN: its hash being made or checked, and the wait wrong PINs bring.
    bool pin_setting_up = false; // the new PIN's hash is being made
    bool pin_checking = false;   // a typed PIN is being checked
    bool pin_wrong = false;      // the last PIN typed was not right
    int pin_wrong_in_a_row = 0;  // kept across reloads
    int pin_wait_seconds = 0;    // > 0: the next try waits this long
    bool fullscreen = false;

    // Take it home.
    bool take_home_pending = false; // the links are being made
    // The page address with the compressed workbook in the fragment: one link, or a sequence of
    // links when it is too much for one code; a QR code for each.
    std::vector<std::string> take_home_links;
    std::vector<QrImage> take_home_codes;
    std::string take_home_problem; // why there is no code (too large, no compression)
    // A take-home link was opened here: its workbook, waiting for the user's yes.
    std::optional<std::string> link_import;
    std::string link_problem; // the link could not be read
};

class KioskActions {
  public:
    virtual ~KioskActions() = default;
    // Turns kiosk mode on with these settings once the PIN is hashed; the PIN is never kept.
    virtual void SetUpKiosk(const std::string& /*pin*/, const core::KioskConfig& /*settings*/) {}
    // Checks the PIN; the model then says whether the facilitator is in, or the PIN was wrong.
    virtual void UnlockFacilitator(const std::string& /*pin*/) {}
    virtual void LockFacilitator() {}
    virtual void SaveKioskSettings(const core::KioskConfig& /*settings*/) {}
    virtual void TurnKioskOff() {}
    virtual void StartSession() {}
    virtual void FinishSession() {} // the finish screen: take it home
    virtual void BackToSession() {}
    virtual void WipeNow() {} // ends the session: wipe, check, start the page again
    virtual void ToggleFullscreen() {}
    virtual void AcceptLinkImport() {}
    virtual void DeclineLinkImport() {}
};

} // namespace leeway::ui
