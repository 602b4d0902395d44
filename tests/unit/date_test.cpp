#include <doctest/doctest.h>

#include "core/date.h"

using namespace leeway::core;

TEST_CASE("days since epoch round-trip across leap years and centuries") {
    CHECK(DaysSinceEpoch({1970, 1, 1}) == 0);
    CHECK(DaysSinceEpoch({2000, 3, 1}) - DaysSinceEpoch({2000, 2, 28}) == 2); // 2000 is leap
    CHECK(DaysSinceEpoch({1900, 3, 1}) - DaysSinceEpoch({1900, 2, 28}) == 1); // 1900 is not
    // Years 54 to 4160, every 997th day.
    for (int64_t day = -700000; day <= 800000; day += 997) {
        const Date date = DateFromDaysSinceEpoch(day);
        REQUIRE(IsValidDate(date));
        CHECK(DaysSinceEpoch(date) == day);
    }
}

TEST_CASE("adding days crosses months and years") {
    CHECK(AddDays({2026, 12, 31}, 1) == Date{2027, 1, 1});
    CHECK(AddDays({2028, 2, 28}, 1) == Date{2028, 2, 29});
    CHECK(AddDays({2026, 3, 1}, -1) == Date{2026, 2, 28});
    CHECK(DaysBetween({2026, 11, 26}, {2026, 12, 25}) == 29);
}

TEST_CASE("ISO dates parse strictly") {
    CHECK(ParseIsoDate("2026-11-26") == Date{2026, 11, 26});
    CHECK(ParseIsoDate("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(ParseIsoDate("2026-02-29"));
    CHECK_FALSE(ParseIsoDate("2026-13-01"));
    CHECK_FALSE(ParseIsoDate("2026-1-01"));
    CHECK_FALSE(ParseIsoDate("26-11-2026"));
    CHECK_FALSE(ParseIsoDate(""));
    CHECK_FALSE(ParseIsoDate("2026-11-2x"));
    // Only plausible dates: a workbook holds none from before 1970 or after 2200.
    CHECK(ParseIsoDate("1970-01-01") == kFirstPlausibleDate);
    CHECK(ParseIsoDate("2200-12-31") == kLastPlausibleDate);
    CHECK_FALSE(ParseIsoDate("1969-12-31"));
    CHECK_FALSE(ParseIsoDate("2201-01-01"));
    CHECK_FALSE(ParseIsoDate("9999-12-31"));
    CHECK_FALSE(ParseIsoDate("0000-01-01"));
    CHECK(FormatIsoDate({987, 3, 4}) == "0987-03-04");
}

TEST_CASE("long dates name the weekday") {
    CHECK(FormatLongDate({2026, 11, 26}) == "Thu 26 Nov 2026");
    CHECK(FormatLongDate({1969, 12, 31}) == "Wed 31 Dec 1969");
    CHECK(FormatLongDate({2027, 1, 4}) == "Mon 4 Jan 2027");
}
