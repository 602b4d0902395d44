#pragma once
// Draws Dear ImGui's frames with WebGL 2, in place of Dear ImGui's own OpenGL backend. That
// backend saves and restores GL state around every frame by reading it back from GL, and each
// read waits until the GPU process has caught up; Leeway owns all the GL state, so this
// renderer reads nothing back. It also keeps the font atlas as one 8-bit channel: a quarter of
// the upload, and no RGBA copy of the atlas.

#include <imgui.h>

namespace leeway::app {

class Renderer {
  public:
    // Makes the shaders and buffers. Call again after a lost context is restored.
    void Init();
    // Frees the GL objects (a lost context has already freed them; that is harmless).
    void Shutdown();
    // Uploads the font atlas whenever it has none (at start, and after fonts are rebuilt).
    void UploadFontsIfNeeded();
    void Render(const ImDrawData& draw_data);

  private:
    void CheckProgram();

    unsigned program_ = 0;
    unsigned vertex_shader_ = 0;
    unsigned fragment_shader_ = 0;
    unsigned vertex_array_ = 0;
    unsigned vertex_buffer_ = 0;
    unsigned index_buffer_ = 0;
    unsigned font_texture_ = 0;
    int frames_rendered_ = 0;
};

} // namespace leeway::app
