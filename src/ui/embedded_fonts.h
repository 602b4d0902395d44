#pragma once
// Font files compiled into the binary (generated at build time from Debian's fonts-inter).

#include <cstddef>

namespace leeway::ui {

extern const unsigned char kInterRegular[];
extern const size_t kInterRegularSize;
extern const unsigned char kInterSemiBold[];
extern const size_t kInterSemiBoldSize;

} // namespace leeway::ui
