#pragma once
// Inter, rasterized at the screen's pixel density so text stays crisp: natively from font bytes in
// the binary, on the web by the browser (glyph_atlas.h).

#include <optional>
#include <string>

#include <imgui.h>

namespace leeway::ui {

// Which letters the atlas has. Rasterizing glyphs is most of the time before the first frame, so
// the atlas starts with Leeway's own words and grows, one set at a time, when a frame draws a
// letter it lacks.
enum class LetterSet {
    Basic,      // printable ASCII and a few marks
    Latin,      // the letters of every Latin-script European language, and more punctuation
    AllScripts, // Greek and Cyrillic too: everything Leeway's fonts have
};

const char* LetterSetKey(LetterSet letters);
LetterSet LetterSetFromKey(const std::string& key); // Basic for anything unknown

struct Fonts {
    ImFont* body = nullptr;               // running text and user content
    ImFont* strong = nullptr;             // labels
    ImFont* heading = nullptr;            // section headings
    ImFont* title = nullptr;              // the one big line of a screen
    float pixel_scale = 0.0f;             // device pixels per CSS pixel the atlas was built for
    float text_scale = 0.0f;              // the text size it was built for
    LetterSet letters = LetterSet::Basic; // the letters it has
    // False while the font files of those letters load: the browser drew the letters it lacked
    // from a font of the system, and the atlas is built again once they are in.
    bool files_loaded = false;
};

const Fonts& GetFonts();

// Running text size in CSS pixels at 100 % text size.
inline constexpr float kBodyFontSize = 17.0f;

// Rebuilds the font atlas for a new pixel density, text size (1 = 100 %) or letter set, or once
// the font files it was built without are in; true when it changed. The renderer's font texture
// must be recreated afterwards.
bool LoadFonts(float pixel_scale, float text_scale = 1.0f);

// The letters the next LoadFonts builds: where a stored choice says this device needed more
// before, it starts with them.
void SetLetterSet(LetterSet letters);

// True when the atlas was built while its font files loaded and they are in now: the next
// LoadFonts builds it again, and a frame should be drawn.
bool FontFilesArrived();

// When the rendered frame drew a placeholder box while the atlas lacks letters, the set grows
// by one step and is returned: the frame should be laid out again (LoadFonts first) before
// anyone sees it. Nothing once the atlas has every letter: what is left has no glyph in the fonts.
std::optional<LetterSet> GrowLettersIfMissing(const ImDrawData& draw_data);

// True when the rendered frame drew a placeholder box.
bool DrewPlaceholder(const ImDrawData& draw_data);

} // namespace leeway::ui
