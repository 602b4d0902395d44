// Leeway's entry point: SDL2 window and WebGL2 context, Dear ImGui, and a frame loop that
// draws only when something changed.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <backends/imgui_impl_sdl2.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/app.h"
#include "app/renderer.h"
#include "app/text_entry.h"
#include "platform/page.h"
#include "platform/screen_mirror.h"
#include "ui/display_settings.h"
#include "ui/fonts.h"
#include "ui/glyph_atlas.h"
#include "ui/screen_snapshot.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/ui_state.h"

namespace {

// Dear ImGui settles hover states and window sizes over a couple of frames after a change.
constexpr int kFramesAfterChange = 3;

struct Runtime {
    SDL_Window* window = nullptr;
    SDL_GLContext gl_context = nullptr;
    leeway::app::App app;
    leeway::app::Renderer renderer;
    leeway::ui::UiState ui;
    int frames_to_draw = kFramesAfterChange;
    bool first_frame_drawn = false;
    // The display as last applied, and the choices as last stored.
    leeway::ui::Theme theme = leeway::ui::Theme::Light;
    int text_percent = 0;
    bool coarse_pointer = false;
    leeway::ui::DisplaySettings stored;
    std::string title;
};

Runtime* g_runtime = nullptr;

void LoadDisplaySettings(Runtime& runtime) {
    leeway::ui::DisplaySettings& display = runtime.ui.display;
    display.theme = leeway::ui::ThemeChoiceFromKey(leeway::platform::LoadPreference("theme"));
    const std::string size = leeway::platform::LoadPreference("text-size");
    display.text_percent =
        leeway::ui::NearestTextSize(size.empty() ? 100 : std::atoi(size.c_str()));
    runtime.stored = display;
}

// Applies the theme (the user's choice, or the system's) and text size when either changed;
// true when it did. Choices the user made are stored for the next visit.
bool UpdateDisplay(Runtime& runtime, bool force) {
    using namespace leeway;
    const ui::DisplaySettings& display = runtime.ui.display;
    const ui::Theme theme = ui::ResolveTheme(display.theme, platform::PrefersDarkColorScheme(),
                                             platform::PrefersMoreContrast());
    const int text_percent = ui::NearestTextSize(display.text_percent);
    const bool coarse_pointer = platform::HasCoarsePointer();
    if (display.theme != runtime.stored.theme)
        platform::SavePreference("theme", ui::ThemeChoiceKey(display.theme));
    if (text_percent != runtime.stored.text_percent)
        platform::SavePreference("text-size", std::to_string(text_percent));
    runtime.stored.theme = display.theme;
    runtime.stored.text_percent = text_percent;
    if (!force && theme == runtime.theme && text_percent == runtime.text_percent &&
        coarse_pointer == runtime.coarse_pointer)
        return false;
    runtime.theme = theme;
    runtime.text_percent = text_percent;
    runtime.coarse_pointer = coarse_pointer;
    const float text_scale = static_cast<float>(text_percent) / 100.0f;
    // Fingers need bigger targets than a mouse: 44 CSS pixels, as platform guidelines ask.
    ui::ApplyTheme(theme, text_scale, ui::kBodyFontSize * text_scale,
                   coarse_pointer ? 44.0f : 0.0f);
    return true;
}

// What a person does, as opposed to what the page does (resizes, focus): it keeps a kiosk
// session alive.
bool IsUserInput(Uint32 type) {
    switch (type) {
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_KEYDOWN:
    case SDL_KEYUP:
    case SDL_TEXTINPUT:
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION: return true;
    default: return false;
    }
}

// Dear ImGui applies a button release in the same frame as the moves queued before it, while a
// drag (selecting text with the mouse) only follows moves made with the button down: the end of
// a quick drag would be lost. A release right after moves is left for the next frame.
bool NextEventIsRelease() {
    SDL_Event next;
    return SDL_PeepEvents(&next, 1, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 1 &&
           next.type == SDL_MOUSEBUTTONUP;
}

// Hands SDL's queued events to Dear ImGui; true when there were any.
bool FeedEvents(Runtime& runtime) {
    bool had_input = false;
    bool moved = false;
    SDL_Event event;
    while (!(moved && NextEventIsRelease()) && SDL_PollEvent(&event)) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        had_input = true;
        moved = moved || event.type == SDL_MOUSEMOTION;
        if (IsUserInput(event.type))
            runtime.app.NoteInput();
    }
    return had_input;
}

// True when input waits for another pass: events SDL still holds, events Dear ImGui left for
// its next frame (it takes a press and its release a frame apart), or a mirror request that
// needs the layout of one more frame.
bool InputWaiting() {
    return SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) ||
           !ImGui::GetCurrentContext()->InputEventsQueue.empty() ||
           leeway::ui::SnapshotNeedsAnotherFrame();
}

// Lays out one frame, up to ImGui::Render(), without showing it.
void BuildFrame(Runtime& runtime) {
    ImGui_ImplSDL2_NewFrame();
    // Fonts are rebuilt for a new pixel density (zoom, another screen), text size or letter set;
    // the rebuilt atlas has no texture yet.
    leeway::ui::LoadFonts(ImGui::GetIO().DisplayFramebufferScale.x,
                          static_cast<float>(runtime.text_percent) / 100.0f);
    runtime.renderer.UploadFontsIfNeeded();
    ImGui::NewFrame();

    leeway::ui::BeginSnapshotFrame();
    const std::string title = leeway::ui::DrawApp(runtime.app.model(), runtime.ui, runtime.app);
    const std::string snapshot = leeway::ui::EndSnapshotFrame(title);
    if (!snapshot.empty())
        leeway::platform::PublishScreenSnapshot(snapshot);
    if (title != runtime.title) {
        runtime.title = title;
        leeway::platform::SetDocumentTitle(title);
    }
    ImGui::Render();
}

// Up to this many layouts make one shown frame: a click then acts in the frame after it, not
// two or three frames later.
constexpr int kMaxPassesPerFrame = 4;

// Lays out and shows a frame; true when input still waits for the next one.
bool DrawFrame(Runtime& runtime) {
    BuildFrame(runtime);
    bool input_waiting = InputWaiting();
    for (int pass = 1; pass < kMaxPassesPerFrame && input_waiting; ++pass) {
        FeedEvents(runtime);
        BuildFrame(runtime);
        input_waiting = InputWaiting();
    }
    // A frame that drew a box for a letter the atlas lacks is laid out again with more letters
    // before anyone sees it. This device keeps them for its next visits.
    while (const auto letters = leeway::ui::GrowLettersIfMissing(*ImGui::GetDrawData())) {
        leeway::platform::SavePreference("letters", leeway::ui::LetterSetKey(*letters));
        BuildFrame(runtime);
    }
    const ImVec4 background = leeway::ui::GetPalette().background;
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    runtime.renderer.Render(*ImGui::GetDrawData());
    SDL_GL_SwapWindow(runtime.window);

    leeway::app::SyncTextEntry();
    leeway::platform::NotifyFrameDrawn();
    if (!runtime.first_frame_drawn) {
        runtime.first_frame_drawn = true;
        leeway::platform::NotifyFirstFrameDrawn();
    }
    return input_waiting;
}

void Frame() {
    Runtime& runtime = *g_runtime;
    bool had_input = FeedEvents(runtime);
    if (leeway::app::ApplyTextEntryEvents()) {
        had_input = true;
        runtime.app.NoteInput();
    }
    bool changed = runtime.app.Tick();
    for (leeway::platform::MirrorRequest& request : leeway::platform::TakeMirrorRequests()) {
        runtime.app.NoteInput(); // keyboard and screen reader users act through the mirror
        using Kind = leeway::platform::MirrorRequest::Kind;
        switch (request.kind) {
        case Kind::Activate: leeway::ui::ActivateItem(request.id); break;
        case Kind::SetText: leeway::ui::SetItemText(request.id, std::move(request.text)); break;
        case Kind::Focus: leeway::ui::SetMirrorFocus(request.id); break;
        }
        changed = true;
    }
    // The link changes with the tabs and with the browser's back and forward buttons.
    const leeway::ui::Route route = leeway::ui::RouteFromLink(leeway::platform::LocationHash());
    if (route != runtime.ui.route) {
        runtime.ui.route = route;
        changed = true;
    }
    if (UpdateDisplay(runtime, false))
        changed = true;
    if (leeway::platform::GraphicsContextLost()) {
        leeway::platform::SleepUntilWoken(); // nothing can be drawn; the restore wakes the loop
        return;
    }
    if (leeway::platform::TakeGraphicsContextRestored()) {
        // Every GL object died with the old context: the renderer makes them all again.
        runtime.renderer.Shutdown();
        runtime.renderer.Init();
        changed = true;
    }
    // Font files that came in after the atlas was built without them: it is built again with them.
    if (leeway::ui::FontFilesArrived())
        changed = true;
    if (had_input || changed)
        runtime.frames_to_draw = kFramesAfterChange;
    if (runtime.frames_to_draw == 0) {
        leeway::platform::SleepUntilWoken();
        return;
    }
    --runtime.frames_to_draw;
    // Input a frame's passes left (a long burst of typing) must not wait for the next wake-up.
    if (DrawFrame(runtime))
        runtime.frames_to_draw = std::max(runtime.frames_to_draw, 1);
}

} // namespace

int main(int, char**) {
    // Keys go to SDL only while the canvas has focus, so the mirrored page elements (text
    // fields, Tab between controls), the text entry element of an active field (app/text_entry.h)
    // and the browser's own shortcuts keep their keyboard.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

    static Runtime runtime;
    g_runtime = &runtime;
    runtime.window =
        SDL_CreateWindow("Leeway", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                         SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!runtime.window) {
        std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
        return 1;
    }
    runtime.gl_context = SDL_GL_CreateContext(runtime.window);
    if (!runtime.gl_context) {
        std::fprintf(stderr, "WebGL2 context failed: %s\n", SDL_GetError());
        return 1;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing about the layout is worth keeping
    io.Fonts->FontBuilderIO = leeway::ui::BrowserGlyphBuilder();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false; // a blinking cursor would keep drawing frames
    LoadDisplaySettings(runtime);
    leeway::ui::SetLetterSet(
        leeway::ui::LetterSetFromKey(leeway::platform::LoadPreference("letters")));
    UpdateDisplay(runtime, true);
    ImGui_ImplSDL2_InitForOpenGL(runtime.window, runtime.gl_context);
    leeway::app::InstallTextEntry(); // after the backend, whose clipboard and IME hooks it replaces
    runtime.renderer.Init();

    leeway::platform::InitPage();
    runtime.app.Start();
    leeway::platform::RunFrameLoop(Frame);
    return 0;
}
