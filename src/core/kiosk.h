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

// PBKDF2-HMAC-SHA-256 (RFC 8018), 32 bytes as hex. The browser derives the PIN's hash with Web
// Crypto, which is native code; this one is for pages without it (not served securely) and for
// native builds, and both give the same bytes.
std::string Pbkdf2Sha256Hex(std::string_view password, std::string_view salt, int rounds);

// How the PIN's hash was made. New settings use PBKDF2 at the count OWASP advises for it;
// settings made before it keep the old chain of SHA-256 rounds until the kiosk is set up again.
enum class PinKdf { LegacySha256Chain, Pbkdf2Sha256 };
constexpr int kPinPbkdf2Rounds = 600000;
constexpr int kMinPinPbkdf2Rounds = 100000; // fewer in stored settings means they were altered
constexpr int kLegacyPinHashRounds = 20000;
// The old chain: SHA-256 of salt ":" pin, then of the digest and that input, kLegacyPinHashRounds
// in all.
std::string LegacyPinHash(std::string_view pin, std::string_view salt);

// A new PIN: at least 6 digits, or a passphrase of at least 8 characters (anything but only
// digits). Unlocking accepts any PIN up to kMaxPinBytes, so older 4-digit PINs still open.
constexpr size_t kMinPinDigits = 6;
constexpr size_t kMinPassphraseCharacters = 8;
constexpr size_t kMaxPinBytes = 128;
bool IsValidPin(std::string_view pin);

// Wrong PINs in a row make the next try wait, doubling from 5 seconds after the third up to
// 15 minutes; the count is kept with the settings, so a reload does not reset it.
constexpr int kFreePinTries = 3;
constexpr int64_t kMaxPinRetryDelayMs = 15 * 60 * 1000;
int64_t PinRetryDelayMs(int wrong_in_a_row);
struct PinFailures {
    int wrong_in_a_row = 0;
    int64_t retry_at_ms = 0; // UTC milliseconds since 1970; no try before it
};
std::string SerializePinFailures(const PinFailures& failures);
PinFailures ParsePinFailures(std::string_view text); // none for text that is not a count

// Which part of the program a training session covers.
enum class KioskScope { WholeProgram, ClarityBaseline, ResponsibilityLoop, InfluenceTrial };
constexpr int kKioskScopeCount = 4;
const char* KioskScopeName(KioskScope scope);

constexpr int kDefaultIdleSeconds = 5 * 60;
constexpr int kDefaultCountdownSeconds = 30;
constexpr int kMaxIdleSeconds = 4 * 60 * 60;

struct KioskConfig {
    std::string pin_salt; // hex, random per setup
    std::string pin_hash; // hex, derived from the PIN and the salt
    PinKdf pin_kdf = PinKdf::Pbkdf2Sha256;
    int pin_rounds = kPinPbkdf2Rounds;
    int idle_seconds = kDefaultIdleSeconds;           // without input before "Still there?"
    int countdown_seconds = kDefaultCountdownSeconds; // the countdown before the wipe
    std::string support_contacts;                     // who to turn to, shown to participants
    KioskScope scope = KioskScope::WholeProgram;
    ExampleSet examples = ExampleSet::SoftwareDelivery; // the hints and example participants see
};

bool operator==(const KioskConfig& a, const KioskConfig& b);

// New settings with a fresh salt and no PIN hash yet: the PIN's hash is derived (asynchronously
// in the browser) with the settings' KDF and rounds.
KioskConfig NewKioskConfig(std::string_view salt);
// Copies what the setup screen edits (times, contacts, scope, examples), never the PIN's hash.
void ApplyKioskSettings(KioskConfig& config, const KioskConfig& settings);
// Whether a hash derived from a typed PIN is the stored one, compared in full.
bool PinHashMatches(const KioskConfig& config, std::string_view derived_hex);

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
