#pragma once
// Inter, embedded in the binary, rasterized at the screen's pixel density so text stays crisp.

struct ImFont;

namespace leeway::ui {

struct Fonts {
    ImFont* body = nullptr;    // running text and user content
    ImFont* strong = nullptr;  // labels
    ImFont* heading = nullptr; // section headings
    ImFont* title = nullptr;   // the one big line of a screen
    float pixel_scale = 0.0f;  // device pixels per CSS pixel the atlas was built for
    float text_scale = 0.0f;   // the text size it was built for
};

const Fonts& GetFonts();

// Running text size in CSS pixels at 100 % text size.
inline constexpr float kBodyFontSize = 17.0f;

// Rebuilds the font atlas for a new pixel density or text size (1 = 100 %); true when it
// changed. The renderer's font texture must be recreated afterwards.
bool LoadFonts(float pixel_scale, float text_scale = 1.0f);

} // namespace leeway::ui
