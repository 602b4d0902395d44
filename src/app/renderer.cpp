#include "app/renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace leeway::app {

namespace {

constexpr const char* kVertexShader = R"(#version 300 es
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 color;
layout (location = 3) in vec4 to_clip; // scale xy, then translate zw: one value for the frame
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = vec4(position * to_clip.xy + to_clip.zw, 0.0, 1.0);
}
)";

// The atlas holds coverage in its red channel; the white pixel Dear ImGui draws shapes with is 1.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
    out_color = vec4(frag_color.rgb, frag_color.a * texture(atlas, frag_uv).r);
}
)";

GLuint CompileShader(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

std::string ShaderLog(GLuint shader) {
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<size_t>(length > 1 ? length : 1), '\0');
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    return log;
}

} // namespace

void Renderer::Init() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "leeway_webgl2";
    vertex_shader_ = CompileShader(GL_VERTEX_SHADER, kVertexShader);
    fragment_shader_ = CompileShader(GL_FRAGMENT_SHADER, kFragmentShader);
    program_ = glCreateProgram();
    glAttachShader(program_, vertex_shader_);
    glAttachShader(program_, fragment_shader_);
    glLinkProgram(program_);
    frames_rendered_ = 0;

    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glBindVertexArray(0);
}

void Renderer::Shutdown() {
    glDeleteTextures(1, &font_texture_);
    glDeleteBuffers(1, &vertex_buffer_);
    glDeleteBuffers(1, &index_buffer_);
    glDeleteVertexArrays(1, &vertex_array_);
    glDeleteProgram(program_);
    glDeleteShader(vertex_shader_);
    glDeleteShader(fragment_shader_);
    font_texture_ = vertex_buffer_ = index_buffer_ = vertex_array_ = program_ = 0;
    vertex_shader_ = fragment_shader_ = 0;
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void Renderer::UploadFontsIfNeeded() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (atlas.TexID != nullptr && font_texture_ != 0)
        return;
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (font_texture_ == 0)
        glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(font_texture_)));
}

// A failed link leaves the screen empty; say why in the console. Checked once the first frame
// was handed over, so that frame does not wait for the shader compiler.
void Renderer::CheckProgram() {
    GLint linked = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        std::fprintf(stderr, "Leeway's shaders failed: %s%s\n", ShaderLog(vertex_shader_).c_str(),
                     ShaderLog(fragment_shader_).c_str());
    }
}

void Renderer::Render(const ImDrawData& draw_data) {
    const float framebuffer_width = draw_data.DisplaySize.x * draw_data.FramebufferScale.x;
    const float framebuffer_height = draw_data.DisplaySize.y * draw_data.FramebufferScale.y;
    if (framebuffer_width <= 0.0f || framebuffer_height <= 0.0f || program_ == 0)
        return;
    if (frames_rendered_++ == 1)
        CheckProgram();

    glViewport(0, 0, static_cast<GLsizei>(framebuffer_width),
               static_cast<GLsizei>(framebuffer_height));
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(program_);
    // Display coordinates (CSS pixels from DisplayPos) to clip space, y pointing down.
    const ImVec2 origin = draw_data.DisplayPos;
    const ImVec2 size = draw_data.DisplaySize;
    glVertexAttrib4f(3, 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * origin.x / size.x,
                     1.0f + 2.0f * origin.y / size.y);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);

    const ImVec2 scale = draw_data.FramebufferScale;
    for (int list_index = 0; list_index < draw_data.CmdListsCount; ++list_index) {
        const ImDrawList& list = *draw_data.CmdLists[list_index];
        glBufferData(GL_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback) {
                // Leeway adds no callbacks of its own; Dear ImGui's reset marker needs nothing
                // here.
                if (command.UserCallback != ImDrawCallback_ResetRenderState)
                    command.UserCallback(&list, &command);
                continue;
            }
            const ImVec2 clip_min((command.ClipRect.x - origin.x) * scale.x,
                                  (command.ClipRect.y - origin.y) * scale.y);
            const ImVec2 clip_max((command.ClipRect.z - origin.x) * scale.x,
                                  (command.ClipRect.w - origin.y) * scale.y);
            if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y)
                continue;
            glScissor(static_cast<GLint>(clip_min.x),
                      static_cast<GLint>(framebuffer_height - clip_max.y),
                      static_cast<GLsizei>(clip_max.x - clip_min.x),
                      static_cast<GLsizei>(clip_max.y - clip_min.y));
            glBindTexture(GL_TEXTURE_2D,
                          static_cast<GLuint>(reinterpret_cast<intptr_t>(command.GetTexID())));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(
                               static_cast<intptr_t>(command.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

} // namespace leeway::app
