#include "platform/screen_mirror.h"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
void leeway_mirror_publish_js(const char* json);
}

namespace {
std::vector<leeway::platform::MirrorRequest> g_requests;

void Queue(leeway::platform::MirrorRequest::Kind kind, uint32_t id, const char* text) {
    g_requests.push_back({kind, id, text ? text : ""});
}
} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_mirror_activate(uint32_t id) {
    Queue(leeway::platform::MirrorRequest::Kind::Activate, id, nullptr);
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_mirror_set_text(uint32_t id, const char* text) {
    Queue(leeway::platform::MirrorRequest::Kind::SetText, id, text);
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_mirror_focus(uint32_t id) {
    Queue(leeway::platform::MirrorRequest::Kind::Focus, id, nullptr);
}

namespace leeway::platform {

void PublishScreenSnapshot(const std::string& json) { leeway_mirror_publish_js(json.c_str()); }

std::vector<MirrorRequest> TakeMirrorRequests() { return std::exchange(g_requests, {}); }

} // namespace leeway::platform
