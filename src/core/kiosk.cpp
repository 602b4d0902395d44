#include "core/kiosk.h"

#include <algorithm>
#include <cmath>

#include "core/json_text.h"
#include "core/program.h"

namespace leeway::core {

namespace {

constexpr uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

uint32_t RotateRight(uint32_t value, int bits) { return (value >> bits) | (value << (32 - bits)); }

void CompressBlock(uint32_t state[8], const uint8_t block[64]) {
    uint32_t w[64];
    for (int i = 0; i < 16; ++i)
        w[i] = (uint32_t{block[i * 4]} << 24) | (uint32_t{block[i * 4 + 1]} << 16) |
               (uint32_t{block[i * 4 + 2]} << 8) | uint32_t{block[i * 4 + 3]};
    for (int i = 16; i < 64; ++i) {
        const uint32_t s0 =
            RotateRight(w[i - 15], 7) ^ RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const uint32_t s1 =
            RotateRight(w[i - 2], 17) ^ RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; ++i) {
        const uint32_t s1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
        const uint32_t choice = (e & f) ^ (~e & g);
        const uint32_t t1 = h + s1 + choice + kRoundConstants[i] + w[i];
        const uint32_t s0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
        const uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        const uint32_t t2 = s0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

std::string ToHex(const uint8_t* bytes, size_t size) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(size * 2);
    for (size_t i = 0; i < size; ++i) {
        text += kHex[bytes[i] >> 4];
        text += kHex[bytes[i] & 15];
    }
    return text;
}

bool IsHex(const std::string& text) {
    if (text.empty())
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

constexpr const char* kScopeKeys[kKioskScopeCount] = {"whole", "clarity", "responsibility",
                                                      "influence"};

} // namespace

std::array<uint8_t, 32> Sha256(std::string_view data) {
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const uint64_t bit_length = static_cast<uint64_t>(data.size()) * 8;
    size_t offset = 0;
    for (; offset + 64 <= data.size(); offset += 64)
        CompressBlock(state, reinterpret_cast<const uint8_t*>(data.data() + offset));
    // The tail, a one bit, zeros and the length in bits fill one or two last blocks.
    uint8_t tail[128] = {};
    const size_t rest = data.size() - offset;
    for (size_t i = 0; i < rest; ++i)
        tail[i] = static_cast<uint8_t>(data[offset + i]);
    tail[rest] = 0x80;
    const size_t tail_size = rest + 9 <= 64 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[tail_size - 1 - static_cast<size_t>(i)] = static_cast<uint8_t>(bit_length >> (8 * i));
    CompressBlock(state, tail);
    if (tail_size == 128)
        CompressBlock(state, tail + 64);
    std::array<uint8_t, 32> digest{};
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            digest[static_cast<size_t>(i * 4 + j)] = static_cast<uint8_t>(state[i] >> (24 - 8 * j));
    return digest;
}

std::string Sha256Hex(std::string_view data) {
    const std::array<uint8_t, 32> digest = Sha256(data);
    return ToHex(digest.data(), digest.size());
}

std::string LegacyPinHash(std::string_view pin, std::string_view salt) {
    std::string input = std::string(salt) + ":" + std::string(pin);
    std::array<uint8_t, 32> digest = Sha256(input);
    for (int round = 1; round < kLegacyPinHashRounds; ++round) {
        std::string next(reinterpret_cast<const char*>(digest.data()), digest.size());
        next += input;
        digest = Sha256(next);
    }
    return ToHex(digest.data(), digest.size());
}

namespace {

constexpr uint32_t kInitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// The state after one block of the key XOR `pad`: HMAC's inner or outer start.
void HmacStart(const std::array<uint8_t, 64>& key_block, uint8_t pad, uint32_t state[8]) {
    uint8_t block[64];
    for (size_t i = 0; i < 64; ++i)
        block[i] = static_cast<uint8_t>(key_block[i] ^ pad);
    std::copy(kInitialState, kInitialState + 8, state);
    CompressBlock(state, block);
}

// SHA-256 of one 64-byte block already compressed into `start`, then a 32-byte message: the
// message, its padding and the length (96 bytes in all) fill exactly one more block.
void FinishAfterOneBlock(const uint32_t start[8], const uint8_t message[32], uint8_t digest[32]) {
    uint8_t block[64] = {};
    std::copy(message, message + 32, block);
    block[32] = 0x80;
    block[62] = 0x03; // 768 bits, big-endian
    uint32_t state[8];
    std::copy(start, start + 8, state);
    CompressBlock(state, block);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            digest[i * 4 + j] = static_cast<uint8_t>(state[i] >> (24 - 8 * j));
}

} // namespace

std::string Pbkdf2Sha256Hex(std::string_view password, std::string_view salt, int rounds) {
    std::array<uint8_t, 64> key_block{};
    if (password.size() > 64) {
        const std::array<uint8_t, 32> hashed = Sha256(password);
        std::copy(hashed.begin(), hashed.end(), key_block.begin());
    } else {
        std::copy(password.begin(), password.end(), key_block.begin());
    }
    uint32_t inner[8], outer[8];
    HmacStart(key_block, 0x36, inner);
    HmacStart(key_block, 0x5c, outer);
    // U1 = HMAC(password, salt || block number 1), written out once; every later U is 32 bytes,
    // so each round is two compressions from the kept starts.
    std::string first;
    for (size_t i = 0; i < 64; ++i)
        first += static_cast<char>(key_block[i] ^ 0x36);
    first += std::string(salt) + std::string("\0\0\0\1", 4);
    const std::array<uint8_t, 32> inner_digest = Sha256(first);
    uint8_t u[32];
    FinishAfterOneBlock(outer, inner_digest.data(), u);
    uint8_t result[32];
    std::copy(u, u + 32, result);
    for (int round = 1; round < rounds; ++round) {
        uint8_t inner_u[32];
        FinishAfterOneBlock(inner, u, inner_u);
        FinishAfterOneBlock(outer, inner_u, u);
        for (int i = 0; i < 32; ++i)
            result[i] ^= u[i];
    }
    return ToHex(result, 32);
}

bool IsValidPin(std::string_view pin) {
    if (pin.size() > kMaxPinBytes || pin.empty())
        return false;
    const bool only_digits = pin.find_first_not_of("0123456789") == std::string_view::npos;
    if (only_digits)
        return pin.size() >= kMinPinDigits;
    return CountCharacters(pin) >= kMinPassphraseCharacters;
}

int64_t PinRetryDelayMs(int wrong_in_a_row) {
    if (wrong_in_a_row < kFreePinTries)
        return 0;
    int64_t delay = 5000;
    for (int step = kFreePinTries; step < wrong_in_a_row && delay < kMaxPinRetryDelayMs; ++step)
        delay *= 2;
    return std::min(delay, kMaxPinRetryDelayMs);
}

std::string SerializePinFailures(const PinFailures& failures) {
    return std::to_string(failures.wrong_in_a_row) + " " + std::to_string(failures.retry_at_ms);
}

PinFailures ParsePinFailures(std::string_view text) {
    const size_t space = text.find(' ');
    if (space == std::string_view::npos || space == 0 || space > 9 ||
        text.size() - space - 1 > 18 || space + 1 == text.size())
        return {};
    const std::string_view count = text.substr(0, space), at = text.substr(space + 1);
    if (count.find_first_not_of("0123456789") != std::string_view::npos ||
        at.find_first_not_of("0123456789") != std::string_view::npos)
        return {};
    return {std::stoi(std::string(count)), std::stoll(std::string(at))};
}

const char* KioskScopeName(KioskScope scope) {
    switch (scope) {
    case KioskScope::WholeProgram: return "The whole 30-day program";
    case KioskScope::ClarityBaseline: return "Clarity baseline (days 1-10)";
    case KioskScope::ResponsibilityLoop: return "Responsibility loop (days 11-20)";
    case KioskScope::InfluenceTrial: return "Influence trial (days 21-30)";
    }
    return "The whole 30-day program";
}

bool operator==(const KioskConfig& a, const KioskConfig& b) {
    return a.pin_salt == b.pin_salt && a.pin_hash == b.pin_hash && a.pin_kdf == b.pin_kdf &&
           a.pin_rounds == b.pin_rounds && a.idle_seconds == b.idle_seconds &&
           a.countdown_seconds == b.countdown_seconds && a.support_contacts == b.support_contacts &&
           a.scope == b.scope && a.examples == b.examples;
}

KioskConfig NewKioskConfig(std::string_view salt) {
    KioskConfig config;
    config.pin_salt = std::string(salt);
    return config;
}

void ApplyKioskSettings(KioskConfig& config, const KioskConfig& settings) {
    config.idle_seconds = settings.idle_seconds;
    config.support_contacts = settings.support_contacts;
    config.scope = settings.scope;
    config.examples = settings.examples;
}

bool PinHashMatches(const KioskConfig& config, std::string_view derived_hex) {
    if (config.pin_hash.empty() || derived_hex.size() != config.pin_hash.size())
        return false;
    unsigned difference = 0; // no early exit
    for (size_t i = 0; i < derived_hex.size(); ++i)
        difference |= static_cast<unsigned>(derived_hex[i] ^ config.pin_hash[i]);
    return difference == 0;
}

std::string SerializeKioskConfig(const KioskConfig& config) {
    std::string text;
    JsonWriter json(text, JsonWriter::Layout::Compact);
    json.BeginObject();
    const bool legacy = config.pin_kdf == PinKdf::LegacySha256Chain;
    json.Key("version");
    json.Integer(legacy ? 1 : 2);
    json.Key("pin_salt");
    json.String(config.pin_salt);
    json.Key("pin_hash");
    json.String(config.pin_hash);
    if (!legacy) {
        json.Key("pin_kdf");
        json.String("pbkdf2-sha256");
    }
    json.Key("pin_hash_rounds");
    json.Integer(legacy ? kLegacyPinHashRounds : config.pin_rounds);
    json.Key("idle_seconds");
    json.Integer(config.idle_seconds);
    json.Key("countdown_seconds");
    json.Integer(config.countdown_seconds);
    json.Key("support_contacts");
    json.String(config.support_contacts);
    json.Key("scope");
    json.String(kScopeKeys[static_cast<int>(config.scope)]);
    json.Key("examples");
    json.String(ExampleSetKey(config.examples));
    json.EndObject();
    return text;
}

std::optional<KioskConfig> ParseKioskConfig(std::string_view text) {
    // Settings saved by a later version may hold more than this one reads, nested too.
    JsonDocument document;
    if (!document.Parse(text, 16) || !document.root().is_object())
        return std::nullopt;
    auto string_at = [&](const char* key) -> std::optional<std::string> {
        const JsonValue* found = document.root().find(key);
        if (!found || !found->is_string())
            return std::nullopt;
        return std::string(found->text());
    };
    auto int_at = [&](const char* key) -> std::optional<int64_t> {
        const JsonValue* found = document.root().find(key);
        if (!found || !found->is_number_integer())
            return std::nullopt;
        return found->integer();
    };
    const std::optional<int64_t> version = int_at("version");
    const std::optional<int64_t> rounds = int_at("pin_hash_rounds");
    const std::optional<std::string> salt = string_at("pin_salt");
    const std::optional<std::string> hash = string_at("pin_hash");
    const std::optional<int64_t> idle = int_at("idle_seconds");
    const std::optional<int64_t> countdown = int_at("countdown_seconds");
    const std::optional<std::string> support = string_at("support_contacts");
    const std::optional<std::string> scope = string_at("scope");
    // Version 1: the old SHA-256 chain at its one round count. Version 2: PBKDF2, at least the
    // minimum, and the count stored so a later, higher one still reads.
    const std::optional<std::string> kdf = string_at("pin_kdf");
    const bool legacy = version == 1 && rounds == kLegacyPinHashRounds && !kdf;
    const bool pbkdf2 = version == 2 && kdf == "pbkdf2-sha256" && rounds &&
                        *rounds >= kMinPinPbkdf2Rounds && *rounds <= 100 * kPinPbkdf2Rounds;
    if ((!legacy && !pbkdf2) || !salt || !IsHex(*salt) || !hash || hash->size() != 64 ||
        !IsHex(*hash) || !idle || *idle < 1 || *idle > kMaxIdleSeconds || !countdown ||
        *countdown < 1 || *countdown > 600 || !support || !scope)
        return std::nullopt;
    KioskConfig config;
    config.pin_salt = *salt;
    config.pin_hash = *hash;
    config.pin_kdf = legacy ? PinKdf::LegacySha256Chain : PinKdf::Pbkdf2Sha256;
    config.pin_rounds = legacy ? kLegacyPinHashRounds : static_cast<int>(*rounds);
    config.idle_seconds = static_cast<int>(*idle);
    config.countdown_seconds = static_cast<int>(*countdown);
    config.support_contacts = *support;
    bool known_scope = false;
    for (int index = 0; index < kKioskScopeCount; ++index) {
        if (*scope == kScopeKeys[index]) {
            config.scope = static_cast<KioskScope>(index);
            known_scope = true;
        }
    }
    if (!known_scope)
        return std::nullopt;
    // Configurations from before the choice existed, or from a later version with a set this one
    // does not know, keep working with the first set rather than locking the facilitator out.
    if (const std::optional<std::string> examples = string_at("examples"))
        config.examples = ParseExampleSetKey(*examples).value_or(ExampleSet::SoftwareDelivery);
    return config;
}

IdleState CheckIdle(double ms_since_input, int idle_seconds, int countdown_seconds) {
    IdleState state;
    const double idle_ms = idle_seconds * 1000.0;
    const double end_ms = idle_ms + countdown_seconds * 1000.0;
    if (ms_since_input < idle_ms) {
        state.ms_until_change = idle_ms - ms_since_input;
        return state;
    }
    if (ms_since_input >= end_ms) {
        state.kind = IdleState::Kind::Expired;
        return state;
    }
    state.kind = IdleState::Kind::CountingDown;
    const double left_ms = end_ms - ms_since_input;
    state.seconds_left = static_cast<int>(std::ceil(left_ms / 1000.0));
    // Wake when the shown number drops, and exactly at the end.
    state.ms_until_change = left_ms - (state.seconds_left - 1) * 1000.0;
    return state;
}

} // namespace leeway::core
