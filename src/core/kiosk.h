#pragma once
// Training-session kiosk: the facilitator's settings (kept outside the workbook), the PIN kept
// only as a salted hash, and the idle rule that ends a session nobody is at any more.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/example.h"

namespace leeway::core {

// SHA-256 (FIPS 180-4). Small and plain: used for the facilitator's PIN only.
std::array<uint8_t, 32> Sha256(std::string_view data);
std::string Sha256Hex(std::string_view data);

// The PIN is stretched: many rounds make guessing a short PIN from a copied hash slow.
constexpr int kPinHashRounds = 20000;
std::string HashPin(std::string_view pin, std::string_view salt);

// 4 to 8 digits: easy to type on a shared screen, easy to keep from the room.
bool IsValidPin(std::string_view pin);

// Which part of the program a training session covers.
enum class KioskScope { WholeProgram, ClarityBaseline, ResponsibilityLoop, InfluenceTrial };
constexpr int kKioskScopeCount = 4;
const char* KioskScopeName(KioskScope scope);

constexpr int kDefaultIdleSeconds = 5 * 60;
constexpr int kDefaultCountdownSeconds = 30;
constexpr int kMaxIdleSeconds = 4 * 60 * 60;

struct KioskConfig {
    std::string pin_salt;                             // hex, random per setup
    std::string pin_hash;                             // HashPin(pin, pin_salt)
    int idle_seconds = kDefaultIdleSeconds;           // without input before "Still there?"
    int countdown_seconds = kDefaultCountdownSeconds; // the countdown before the wipe
    std::string support_contacts;                     // who to turn to, shown to participants
    KioskScope scope = KioskScope::WholeProgram;
    ExampleSet examples = ExampleSet::SoftwareDelivery; // the hints and example participants see
};

bool operator==(const KioskConfig& a, const KioskConfig& b);

KioskConfig MakeKioskConfig(std::string_view pin, std::string_view salt);
// Copies what the setup screen edits (times, contacts, scope, examples), never the PIN's hash.
void ApplyKioskSettings(KioskConfig& config, const KioskConfig& settings);
bool CheckPin(const KioskConfig& config, std::string_view pin);

// Stored as JSON in the browser's localStorage, next to (never inside) the workbook.
std::string SerializeKioskConfig(const KioskConfig& config);
// Empty for text that is not a valid configuration (missing hash, out-of-range times).
std::optional<KioskConfig> ParseKioskConfig(std::string_view text);

// Where a participant stands, given how long nobody touched the screen.
struct IdleState {
    enum class Kind { Active, CountingDown, Expired };
    Kind kind = Kind::Active;
    int seconds_left = 0;         // of the countdown, rounded up
    double ms_until_change = 0.0; // when to look again: the countdown's next second or its start
};
IdleState CheckIdle(double ms_since_input, int idle_seconds, int countdown_seconds);

} // namespace leeway::core
