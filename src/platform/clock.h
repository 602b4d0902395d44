#pragma once
// Time as the user lives it: the local calendar date, and a UTC stamp for backups.

#include <cstdint>
#include <string>

#include "core/date.h"

namespace leeway::platform {

core::Date LocalToday();

// "2026-11-26T17:02:04Z"
std::string UtcTimestamp();

// Milliseconds since 1970 (UTC): the wall clock, which a reload does not reset.
int64_t UtcMilliseconds();

// Milliseconds until the local date changes, to wake the app for the new program day.
double MillisecondsUntilLocalMidnight();

} // namespace leeway::platform
