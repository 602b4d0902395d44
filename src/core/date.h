#pragma once
// Calendar dates in the user's local calendar, without time zones: a program day is a date.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace leeway::core {

struct Date {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
};

bool IsValidDate(const Date& date);

// Days since 1970-01-01 (negative before it), proleptic Gregorian calendar.
int64_t DaysSinceEpoch(const Date& date);
Date DateFromDaysSinceEpoch(int64_t days);

Date AddDays(const Date& date, int64_t days);
int64_t DaysBetween(const Date& from, const Date& to); // to - from

// The dates a workbook can hold: none of its records comes from before 1970 or after 2200, so
// a date outside is a typing slip or a forged file. ParseIsoDate refuses such dates, which keeps
// the screens, the importer and leeway-backup to the one rule.
constexpr Date kFirstPlausibleDate{1970, 1, 1};
constexpr Date kLastPlausibleDate{2200, 12, 31};
bool IsPlausibleDate(const Date& date);

// "2026-11-26"
std::string FormatIsoDate(const Date& date);
// A valid, plausible date written as YYYY-MM-DD; nothing else.
std::optional<Date> ParseIsoDate(std::string_view text);

// "Thu 26 Nov 2026": unambiguous in every locale, unlike 11/26 vs 26/11.
std::string FormatLongDate(const Date& date);

} // namespace leeway::core
