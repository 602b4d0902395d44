// Our own stand-in for the main-loop helper Dear ImGui's examples include from
// examples/libs/emscripten/, which Debian's +ds source package leaves out. The example's
// loop body becomes a lambda that the browser calls once per animation frame (fps 0 means
// requestAnimationFrame), exactly as the example expects; found through -I on this folder.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> reference_loop_body;
static void reference_loop_step() { reference_loop_body(); }

#define EMSCRIPTEN_MAINLOOP_BEGIN reference_loop_body = [&]()
// END starts with ';' because the example writes no semicolon after the loop body's brace.
#define EMSCRIPTEN_MAINLOOP_END                                                                    \
    ;                                                                                              \
    emscripten_set_main_loop(reference_loop_step, 0, true)
