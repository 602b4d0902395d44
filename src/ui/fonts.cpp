#include "ui/fonts.h"

#include <imgui.h>

#include "ui/embedded_fonts.h"

namespace leeway::ui {

namespace {

Fonts g_fonts;

ImFont* AddFont(const unsigned char* data, size_t size, float css_pixels, float pixel_scale,
                const ImWchar* ranges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes live in the binary
    config.OversampleH = 1;              // rasterized at device resolution already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                      static_cast<int>(size),
                                                      css_pixels * pixel_scale, &config, ranges);
}

} // namespace

const Fonts& GetFonts() { return g_fonts; }

bool LoadFonts(float pixel_scale, float text_scale) {
    if (pixel_scale <= 0.0f)
        pixel_scale = 1.0f;
    if (text_scale <= 0.0f)
        text_scale = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    const bool atlas_is_ours = !io.Fonts->Fonts.empty() && io.Fonts->Fonts[0] == g_fonts.body;
    if (pixel_scale == g_fonts.pixel_scale && text_scale == g_fonts.text_scale && atlas_is_ours)
        return false;
    io.Fonts->Clear();
    // Rasterized at the final size in device pixels, so text is crisp at every density and size.
    const float scale = pixel_scale * text_scale;
    g_fonts.body = AddFont(kInterRegular, kInterRegularSize, kBodyFontSize, scale, kUserTextRanges);
    g_fonts.strong = AddFont(kInterSemiBold, kInterSemiBoldSize, kBodyFontSize, scale, kAppTextRanges);
    g_fonts.heading = AddFont(kInterSemiBold, kInterSemiBoldSize, 22.0f, scale, kAppTextRanges);
    g_fonts.title = AddFont(kInterSemiBold, kInterSemiBoldSize, 34.0f, scale, kAppTextRanges);
    io.Fonts->Build();
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / pixel_scale; // layout stays in CSS pixels
    g_fonts.pixel_scale = pixel_scale;
    g_fonts.text_scale = text_scale;
    return true;
}

} // namespace leeway::ui
