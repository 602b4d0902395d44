#include "platform/page.h"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
void leeway_page_init_js();
void leeway_page_first_frame_js();
void leeway_page_frame_drawn_js();
void leeway_page_sleep_js();
void leeway_page_wake_after_js(int timer, double milliseconds);
int leeway_page_prefers_dark_js();
void leeway_page_set_title_js(const char* title);
}

namespace {
std::function<void()> g_on_hidden;
} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_page_hidden() {
    if (g_on_hidden)
        g_on_hidden();
}

namespace leeway::platform {

void OnPageHidden(std::function<void()> on_hidden) { g_on_hidden = std::move(on_hidden); }

void InitPage() { leeway_page_init_js(); }

// No Asyncify and no pthreads: the browser drives the loop, so plain static hosting works.
void RunFrameLoop(void (*frame)()) { emscripten_set_main_loop(frame, 0, true); }

void NotifyFirstFrameDrawn() { leeway_page_first_frame_js(); }

void NotifyFrameDrawn() { leeway_page_frame_drawn_js(); }

void SleepUntilWoken() { leeway_page_sleep_js(); }

void WakeAfter(Timer timer, double milliseconds) {
    leeway_page_wake_after_js(static_cast<int>(timer), milliseconds);
}

bool PrefersDarkColorScheme() { return leeway_page_prefers_dark_js() != 0; }

void SetDocumentTitle(const std::string& title) { leeway_page_set_title_js(title.c_str()); }

} // namespace leeway::platform
