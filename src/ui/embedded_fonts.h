#pragma once
// Font files compiled into the binary (generated at build time from Debian's fonts-inter).

#include <imgui.h>

#include <cstddef>

namespace leeway::ui {

// Zero-terminated pairs of first and last code point, in Dear ImGui's glyph range format; each
// font below carries exactly the characters of the ranges it is used with.
extern const ImWchar kUserTextRanges[]; // Inter Regular: anything a person may type
extern const ImWchar kAppTextRanges[];  // Inter SemiBold: Leeway's own labels and headings
// Smaller sets the atlas starts with (see fonts.h), subsets of the two above.
extern const ImWchar kBasicTextRanges[]; // Leeway's own words: printable ASCII and a few marks
extern const ImWchar kLatinTextRanges[]; // the Latin letters of user text

extern const unsigned char kInterRegular[];
extern const size_t kInterRegularSize;
extern const unsigned char kInterSemiBold[];
extern const size_t kInterSemiBoldSize;

} // namespace leeway::ui
