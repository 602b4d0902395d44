#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "core/kiosk.h"
#include "core/qr_code.h"
#include "core/take_home.h"

using namespace leeway::core;

TEST_CASE("SHA-256 matches the published test vectors") {
    CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // Lengths around the padding boundary (55, 56, 64 bytes) and many blocks.
    CHECK(Sha256Hex(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(Sha256Hex(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(Sha256Hex(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK(Sha256Hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

namespace {

// Settings as the app makes them, with the PIN's hash derived here (the browser uses Web Crypto).
KioskConfig Configured(std::string_view pin, std::string_view salt,
                       int rounds = kMinPinPbkdf2Rounds) {
    KioskConfig config = NewKioskConfig(salt);
    config.pin_rounds = rounds;
    config.pin_hash = Pbkdf2Sha256Hex(pin, salt, rounds);
    return config;
}

bool Opens(const KioskConfig& config, std::string_view pin) {
    const std::string derived = config.pin_kdf == PinKdf::LegacySha256Chain
                                    ? LegacyPinHash(pin, config.pin_salt)
                                    : Pbkdf2Sha256Hex(pin, config.pin_salt, config.pin_rounds);
    return PinHashMatches(config, derived);
}

} // namespace

TEST_CASE("PBKDF2-HMAC-SHA-256 matches the published vectors and Python's hashlib") {
    CHECK(Pbkdf2Sha256Hex("password", "salt", 1) ==
          "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(Pbkdf2Sha256Hex("password", "salt", 2) ==
          "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    CHECK(Pbkdf2Sha256Hex("password", "salt", 4096) ==
          "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    CHECK(
        Pbkdf2Sha256Hex("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096) ==
        "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1");
    // A passphrase longer than one block is hashed first, as HMAC does with long keys.
    std::string long_passphrase;
    for (int i = 0; i < 5; ++i)
        long_passphrase += "Ünïcode passphrase ";
    CHECK(Pbkdf2Sha256Hex(long_passphrase, "a1b2c3", 3) ==
          "06023ed45f0d1e6bb3bbef5c92200fd20cb45474a094b9e24d3fc4740589ae5a");
}

TEST_CASE("a PIN is kept only as a salted PBKDF2 hash") {
    const KioskConfig config = Configured("246813", "a1b2c3d4e5f6", 1000);
    CHECK(config.pin_kdf == PinKdf::Pbkdf2Sha256);
    CHECK(config.pin_hash.size() == 64);
    CHECK(Opens(config, "246813"));
    CHECK_FALSE(Opens(config, "246814"));
    CHECK_FALSE(Opens(config, ""));
    CHECK_FALSE(PinHashMatches(config, ""));
    CHECK_FALSE(PinHashMatches(KioskConfig{}, ""));
    // The same PIN with another salt gives another hash.
    CHECK(Configured("246813", "0f0f0f0f0f0f", 1000).pin_hash != config.pin_hash);
    CHECK(SerializeKioskConfig(config).find("246813") == std::string::npos);
    CHECK(NewKioskConfig("ab").pin_rounds == kPinPbkdf2Rounds);
}

TEST_CASE("a new PIN is at least 6 digits, or a passphrase of at least 8 characters") {
    CHECK(IsValidPin("123456"));
    CHECK(IsValidPin("1234567890123"));
    CHECK_FALSE(IsValidPin("1234"));
    CHECK_FALSE(IsValidPin("12345"));
    CHECK_FALSE(IsValidPin(""));
    CHECK(IsValidPin("blue kettle"));
    CHECK(IsValidPin("çàéîõüñß")); // 8 characters, 16 bytes
    CHECK_FALSE(IsValidPin("çàéîõüñ"));
    CHECK_FALSE(IsValidPin("12a4"));
    CHECK_FALSE(IsValidPin(std::string(kMaxPinBytes + 1, 'x')));
}

TEST_CASE("settings made with the old SHA-256 chain still open with their 4-digit PIN") {
    // Written by the version before PBKDF2: version 1, 20,000 rounds.
    const std::string old_settings =
        "{\"version\":1,\"pin_salt\":\"00ff00ff00ff\",\"pin_hash\":\"" +
        LegacyPinHash("2468", "00ff00ff00ff") +
        "\",\"pin_hash_rounds\":20000,\"idle_seconds\":300,\"countdown_seconds\":30,\"support_"
        "contacts\":\"\","
        "\"scope\":\"whole\"}";
    const std::optional<KioskConfig> parsed = ParseKioskConfig(old_settings);
    REQUIRE(parsed.has_value());
    CHECK(parsed->pin_kdf == PinKdf::LegacySha256Chain);
    CHECK(Opens(*parsed, "2468"));
    CHECK_FALSE(Opens(*parsed, "2469"));
    // Written again (a settings change), they stay what they were.
    const std::optional<KioskConfig> again = ParseKioskConfig(SerializeKioskConfig(*parsed));
    REQUIRE(again.has_value());
    CHECK(*again == *parsed);
}

TEST_CASE("wrong PINs in a row make the next try wait longer, up to 15 minutes") {
    CHECK(PinRetryDelayMs(0) == 0);
    CHECK(PinRetryDelayMs(2) == 0);
    CHECK(PinRetryDelayMs(3) == 5000);
    CHECK(PinRetryDelayMs(4) == 10000);
    CHECK(PinRetryDelayMs(10) == 640000);
    CHECK(PinRetryDelayMs(11) == kMaxPinRetryDelayMs);
    CHECK(PinRetryDelayMs(1000000) == kMaxPinRetryDelayMs);
    const PinFailures failures{7, 1796644800000};
    const PinFailures parsed = ParsePinFailures(SerializePinFailures(failures));
    CHECK(parsed.wrong_in_a_row == 7);
    CHECK(parsed.retry_at_ms == 1796644800000);
    for (const char* bad :
         {"", "7", "x 1", "7 ", " 7", "7 -1", "9999999999 1", "1 99999999999999999999"})
        CHECK(ParsePinFailures(bad).wrong_in_a_row == 0);
}

TEST_CASE("changed settings carry every choice but keep the PIN") {
    KioskConfig config = Configured("975310", "00ff00ff00ff", 1000);
    KioskConfig settings = Configured("123456", "aaaa", 1000);
    settings.idle_seconds = 90;
    settings.support_contacts = "Room 4";
    settings.scope = KioskScope::InfluenceTrial;
    settings.examples = ExampleSet::HealthAndCare;
    ApplyKioskSettings(config, settings);
    CHECK(config.idle_seconds == 90);
    CHECK(config.support_contacts == "Room 4");
    CHECK(config.scope == KioskScope::InfluenceTrial);
    CHECK(config.examples == ExampleSet::HealthAndCare);
    CHECK(Opens(config, "975310"));
    CHECK_FALSE(Opens(config, "123456"));
}

TEST_CASE("the configuration survives a round trip and bad text is refused") {
    KioskConfig config = Configured("975310", "00ff00ff00ff");
    config.idle_seconds = 120;
    config.countdown_seconds = 15;
    config.support_contacts = "Ana at the front desk, room 2";
    config.scope = KioskScope::ResponsibilityLoop;
    config.examples = ExampleSet::PublicService;
    const std::optional<KioskConfig> parsed = ParseKioskConfig(SerializeKioskConfig(config));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == config);
    CHECK(Opens(*parsed, "975310"));
    // Settings whose round count was lowered below the minimum are not taken.
    std::string weakened = SerializeKioskConfig(config);
    const std::string rounds = "\"pin_hash_rounds\":" + std::to_string(kMinPinPbkdf2Rounds);
    REQUIRE(weakened.find(rounds) != std::string::npos);
    weakened.replace(weakened.find(rounds), rounds.size(), "\"pin_hash_rounds\":1000");
    CHECK_FALSE(ParseKioskConfig(weakened).has_value());

    CHECK_FALSE(ParseKioskConfig("").has_value());
    CHECK_FALSE(ParseKioskConfig("{}").has_value());
    CHECK_FALSE(ParseKioskConfig("not json").has_value());
    std::string text = SerializeKioskConfig(config);
    const std::string idle = "\"idle_seconds\":120";
    REQUIRE(text.find(idle) != std::string::npos);
    CHECK_FALSE(ParseKioskConfig(
        std::string(text).replace(text.find(idle), idle.size(), "\"idle_seconds\":0")));
    const std::string scope = "\"scope\":\"responsibility\"";
    REQUIRE(text.find(scope) != std::string::npos);
    CHECK_FALSE(ParseKioskConfig(
        std::string(text).replace(text.find(scope), scope.size(), "\"scope\":\"x\"")));

    // A configuration saved before the example choice existed, or naming a set this version does
    // not know, or holding settings of a later version, still opens, with the first set.
    const std::string examples = "\"examples\":\"public-service\"";
    REQUIRE(text.find(examples) != std::string::npos);
    for (const char* replacement : {"\"examples\":\"sea-shanties\"", "\"unused\":0",
                                    "\"later\":{\"rooms\":[1,{\"quiet\":true}]}"}) {
        const std::optional<KioskConfig> older = ParseKioskConfig(
            std::string(text).replace(text.find(examples), examples.size(), replacement));
        REQUIRE(older.has_value());
        CHECK(older->examples == ExampleSet::SoftwareDelivery);
        CHECK(older->scope == KioskScope::ResponsibilityLoop);
    }
}

TEST_CASE("idle: active, then a countdown by the second, then expired") {
    IdleState state = CheckIdle(0.0, 60, 10);
    CHECK(state.kind == IdleState::Kind::Active);
    CHECK(state.ms_until_change == doctest::Approx(60000.0));
    state = CheckIdle(59999.0, 60, 10);
    CHECK(state.kind == IdleState::Kind::Active);
    CHECK(state.ms_until_change == doctest::Approx(1.0));
    state = CheckIdle(60000.0, 60, 10);
    CHECK(state.kind == IdleState::Kind::CountingDown);
    CHECK(state.seconds_left == 10);
    CHECK(state.ms_until_change == doctest::Approx(1000.0));
    state = CheckIdle(60250.0, 60, 10);
    CHECK(state.seconds_left == 10);
    CHECK(state.ms_until_change == doctest::Approx(750.0));
    state = CheckIdle(69500.0, 60, 10);
    CHECK(state.seconds_left == 1);
    CHECK(state.ms_until_change == doctest::Approx(500.0));
    CHECK(CheckIdle(70000.0, 60, 10).kind == IdleState::Kind::Expired);
}

TEST_CASE("a take-home link becomes one QR code; too much data does not") {
    const std::string link = "http://127.0.0.1:8080/#/take-home/" + std::string(1200, 'A');
    const std::optional<QrCode> qr = EncodeQrCode(link);
    REQUIRE(qr.has_value());
    CHECK(qr->size >= 21);
    CHECK(qr->size <= 177);
    CHECK((qr->size - 17) % 4 == 0); // sizes are 17 + 4 x version
    CHECK(qr->modules.size() == static_cast<size_t>(qr->size * qr->size));
    // The finder pattern's corner is dark, the module inside its white ring is light.
    CHECK(qr->modules[0] == 1);
    CHECK(qr->modules[static_cast<size_t>(1 * qr->size + 1)] == 0);
    CHECK_FALSE(EncodeQrCode(std::string(kMaxQrBytes + 1, 'a')).has_value());
}

TEST_CASE("take-home links: one when it fits, a numbered sequence when not, and read back") {
    const std::string address = "http://127.0.0.1:8080/";
    const std::vector<std::string> one = MakeTakeHomeLinks(address, "abc_-XYZ", "k3", 100);
    REQUIRE(one.size() == 1);
    CHECK(one[0] == "http://127.0.0.1:8080/#/take-home/abc_-XYZ");
    const std::optional<TakeHomePart> single = ParseTakeHomeFragment("#/take-home/abc_-XYZ");
    REQUIRE(single.has_value());
    CHECK(single->count == 1);
    CHECK(single->data == "abc_-XYZ");

    std::string encoded;
    for (int i = 0; i < 500; ++i)
        encoded += static_cast<char>('A' + i % 26);
    const std::vector<std::string> links = MakeTakeHomeLinks(address, encoded, "k3", 200);
    REQUIRE(links.size() > 1);
    std::string joined;
    for (size_t i = 0; i < links.size(); ++i) {
        CHECK(links[i].size() <= 200);
        const std::optional<TakeHomePart> part =
            ParseTakeHomeFragment(links[i].substr(address.size()));
        REQUIRE(part.has_value());
        CHECK(part->index == static_cast<int>(i) + 1);
        CHECK(part->count == static_cast<int>(links.size()));
        CHECK(part->group == "k3");
        joined += part->data;
    }
    CHECK(joined == encoded);
    // Too many parts: no links, the file download is the way home.
    CHECK(MakeTakeHomeLinks(address, std::string(100000, 'A'), "k3").empty());

    CHECK_FALSE(ParseTakeHomeFragment("#/today").has_value());
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/").has_value());
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/a+b").has_value());
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/3-2-k3/abc").has_value());
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/1-1-k3/abc").has_value());
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/1-2-K3/abc").has_value());
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/1-2-k3/").has_value());
}

TEST_CASE("a take-home link carries its format version and the checksum of the workbook") {
    CHECK(TakeHomeChecksum("") == 0u);
    CHECK(TakeHomeChecksum("123456789") == 0xCBF43926u); // CRC-32's check value
    const std::string data = WrapTakeHomeData("123456789", "abc_-XYZ");
    CHECK(data == "2.cbf43926.abc_-XYZ");
    const UnwrappedTakeHome read = UnwrapTakeHomeData(data);
    REQUIRE(read.data.has_value());
    CHECK(read.data->version == 2);
    CHECK(read.data->checksum == 0xCBF43926u);
    CHECK(read.data->encoded == "abc_-XYZ");
    // Links made before the checksum are read; a newer format is refused, saying so.
    const UnwrappedTakeHome old = UnwrapTakeHomeData("abc_-XYZ");
    REQUIRE(old.data.has_value());
    CHECK(old.data->version == 1);
    CHECK_FALSE(old.data->checksum.has_value());
    CHECK(UnwrapTakeHomeData("3.cbf43926.abc").problem.find("newer version of Leeway") !=
          std::string::npos);
    CHECK_FALSE(UnwrapTakeHomeData("2.cbf4392.abc").data.has_value());
    CHECK_FALSE(UnwrapTakeHomeData("2.cbf43926.").data.has_value());
    CHECK_FALSE(UnwrapTakeHomeData("2.CBF43926.abc").data.has_value());
    // A fragment longer than any Leeway makes is not read at all.
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/" + std::string(kMaxTakeHomeFragmentBytes, 'A'))
                    .has_value());
    CHECK(ParseTakeHomeFragment("#/take-home/2.cbf43926.abc").has_value());
}
