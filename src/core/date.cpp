#include "core/date.h"

#include <cstdio>

namespace leeway::core {

namespace {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

} // namespace

bool IsValidDate(const Date& date) {
    return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
           date.day >= 1 && date.day <= DaysInMonth(date.year, date.month);
}

// Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian calendar.
int64_t DaysSinceEpoch(const Date& date) {
    const int64_t year = date.month <= 2 ? date.year - 1 : date.year;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int64_t year_of_era = year - era * 400;
    const int64_t month_index = date.month > 2 ? date.month - 3 : date.month + 9;
    const int64_t day_of_year = (153 * month_index + 2) / 5 + date.day - 1;
    const int64_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

Date DateFromDaysSinceEpoch(int64_t days) {
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t day_of_era = days - era * 146097;
    const int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int64_t day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int64_t month_index = (5 * day_of_year + 2) / 153;
    Date date;
    date.day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
    date.month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
    date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

Date AddDays(const Date& date, int64_t days) {
    return DateFromDaysSinceEpoch(DaysSinceEpoch(date) + days);
}

int64_t DaysBetween(const Date& from, const Date& to) {
    return DaysSinceEpoch(to) - DaysSinceEpoch(from);
}

std::string FormatIsoDate(const Date& date) {
    if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 ||
        date.day > 99) {
        char text[40];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
        return text;
    }
    // By hand, as snprintf would: exports write tens of thousands of dates.
    const char text[10] = {static_cast<char>('0' + date.year / 1000),
                           static_cast<char>('0' + date.year / 100 % 10),
                           static_cast<char>('0' + date.year / 10 % 10),
                           static_cast<char>('0' + date.year % 10),
                           '-',
                           static_cast<char>('0' + date.month / 10),
                           static_cast<char>('0' + date.month % 10),
                           '-',
                           static_cast<char>('0' + date.day / 10),
                           static_cast<char>('0' + date.day % 10)};
    return std::string(text, sizeof text);
}

std::optional<Date> ParseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](size_t first, size_t count) {
        int value = 0;
        for (size_t i = first; i < first + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const Date date{number(0, 4), number(5, 2), number(8, 2)};
    if (!IsValidDate(date) || !IsPlausibleDate(date))
        return std::nullopt;
    return date;
}

bool IsPlausibleDate(const Date& date) {
    const int64_t day = DaysSinceEpoch(date);
    return day >= DaysSinceEpoch(kFirstPlausibleDate) && day <= DaysSinceEpoch(kLastPlausibleDate);
}

std::string FormatLongDate(const Date& date) {
    static constexpr const char* kWeekdays[7] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static constexpr const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int64_t days = DaysSinceEpoch(date);
    const int64_t weekday = ((days % 7) + 7) % 7; // 1970-01-01 was a Thursday
    char text[32];
    std::snprintf(text, sizeof text, "%s %d %s %d", kWeekdays[weekday], date.day,
                  kMonths[date.month - 1], date.year);
    return text;
}

} // namespace leeway::core
