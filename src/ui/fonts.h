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
};

const Fonts& GetFonts();

// Rebuilds the font atlas for a new pixel density; true when it changed.
// The renderer's font texture must be recreated afterwards.
bool LoadFonts(float pixel_scale);

} // namespace leeway::ui
