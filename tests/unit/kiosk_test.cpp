#include <doctest/doctest.h>

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

TEST_CASE("a PIN is kept only as a salted, stretched hash") {
    const KioskConfig config = MakeKioskConfig("2468", "a1b2c3d4e5f6");
    CHECK(config.pin_hash.size() == 64);
    CHECK(config.pin_hash.find("2468") == std::string::npos);
    CHECK(CheckPin(config, "2468"));
    CHECK_FALSE(CheckPin(config, "2469"));
    CHECK_FALSE(CheckPin(config, ""));
    // The same PIN with another salt gives another hash.
    CHECK(MakeKioskConfig("2468", "0f0f0f0f0f0f").pin_hash != config.pin_hash);
    CHECK(SerializeKioskConfig(config).find("2468") == std::string::npos);
}

TEST_CASE("PINs are 4 to 8 digits") {
    CHECK(IsValidPin("1234"));
    CHECK(IsValidPin("12345678"));
    CHECK_FALSE(IsValidPin("123"));
    CHECK_FALSE(IsValidPin("123456789"));
    CHECK_FALSE(IsValidPin("12a4"));
    CHECK_FALSE(IsValidPin(" 1234"));
}

TEST_CASE("changed settings carry every choice but keep the PIN") {
    KioskConfig config = MakeKioskConfig("97531", "00ff00ff00ff");
    KioskConfig settings = MakeKioskConfig("1234", "aaaa");
    settings.idle_seconds = 90;
    settings.support_contacts = "Room 4";
    settings.scope = KioskScope::InfluenceTrial;
    settings.examples = ExampleSet::HealthAndCare;
    ApplyKioskSettings(config, settings);
    CHECK(config.idle_seconds == 90);
    CHECK(config.support_contacts == "Room 4");
    CHECK(config.scope == KioskScope::InfluenceTrial);
    CHECK(config.examples == ExampleSet::HealthAndCare);
    CHECK(CheckPin(config, "97531"));
    CHECK_FALSE(CheckPin(config, "1234"));
}

TEST_CASE("the configuration survives a round trip and bad text is refused") {
    KioskConfig config = MakeKioskConfig("97531", "00ff00ff00ff");
    config.idle_seconds = 120;
    config.countdown_seconds = 15;
    config.support_contacts = "Ana at the front desk, room 2";
    config.scope = KioskScope::ResponsibilityLoop;
    config.examples = ExampleSet::PublicService;
    const std::optional<KioskConfig> parsed = ParseKioskConfig(SerializeKioskConfig(config));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == config);
    CHECK(CheckPin(*parsed, "97531"));

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
    CHECK(UnwrapTakeHomeData("3.cbf43926.abc").problem.find("newer version of Leeway") != std::string::npos);
    CHECK_FALSE(UnwrapTakeHomeData("2.cbf4392.abc").data.has_value());
    CHECK_FALSE(UnwrapTakeHomeData("2.cbf43926.").data.has_value());
    CHECK_FALSE(UnwrapTakeHomeData("2.CBF43926.abc").data.has_value());
    // A fragment longer than any Leeway makes is not read at all.
    CHECK_FALSE(ParseTakeHomeFragment("#/take-home/" + std::string(kMaxTakeHomeFragmentBytes, 'A')).has_value());
    CHECK(ParseTakeHomeFragment("#/take-home/2.cbf43926.abc").has_value());
}
