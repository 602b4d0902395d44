#include "platform/clock.h"

#include <emscripten/html5.h>

extern "C" {
void leeway_clock_today_js(int* year, int* month, int* day);
double leeway_clock_ms_until_midnight_js();
void leeway_clock_utc_timestamp_js(char* buffer, int buffer_size);
}

namespace leeway::platform {

core::Date LocalToday() {
    core::Date today;
    leeway_clock_today_js(&today.year, &today.month, &today.day);
    return today;
}

std::string UtcTimestamp() {
    char buffer[32] = {};
    leeway_clock_utc_timestamp_js(buffer, sizeof buffer);
    return buffer;
}

int64_t UtcMilliseconds() { return static_cast<int64_t>(emscripten_date_now()); }

double MillisecondsUntilLocalMidnight() { return leeway_clock_ms_until_midnight_js(); }

} // namespace leeway::platform
