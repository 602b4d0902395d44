#pragma once
// The fonts Leeway draws with, generated at build time from Debian's fonts-inter
// (cmake/embed_fonts.py).

#include <imgui.h>

#include <cstddef>

#include "ui/glyph_atlas.h"

namespace leeway::ui {

// Zero-terminated pairs of first and last code point, in Dear ImGui's glyph range format; each
// font below carries exactly the characters of the ranges it is used with.
extern const ImWchar kUserTextRanges[]; // Inter Regular: anything a person may type
extern const ImWchar kAppTextRanges[];  // Inter SemiBold: Leeway's own labels and headings
// Smaller sets the atlas starts with (see fonts.h), subsets of the two above.
extern const ImWchar kBasicTextRanges[]; // Leeway's own words: printable ASCII and a few marks
extern const ImWchar kLatinTextRanges[]; // the Latin letters of user text

// A font as Dear ImGui is handed it. Natively: the font file's bytes, which stb_truetype reads.
// On the web: a BrowserFontFace, as the browser draws the glyphs from its own copy of the font
// (WOFF2 files beside the app, see glyph_atlas.h).
struct FontFile {
    const void* data;
    size_t size;
};
extern const FontFile kInterRegular;
extern const FontFile kInterSemiBold;

} // namespace leeway::ui
