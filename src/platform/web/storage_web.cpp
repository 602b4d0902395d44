#include "platform/storage.h"

#include <emscripten/emscripten.h>

#include <map>
#include <utility>

extern "C" {
void leeway_storage_open_js();
void leeway_storage_save_js(const char* document, int request_id);
}

namespace {

leeway::platform::LoadCallback g_on_loaded;
std::map<int, leeway::platform::SaveCallback> g_pending_saves;
int g_next_save_id = 1;

std::string OrEmpty(const char* text) { return text ? text : ""; }

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_loaded(int available, int found,
                                                          const char* document,
                                                          const char* message) {
    leeway::platform::LoadResult result;
    result.available = available != 0;
    result.found = found != 0;
    result.document = OrEmpty(document);
    result.message = OrEmpty(message);
    if (auto callback = std::exchange(g_on_loaded, nullptr))
        callback(std::move(result));
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_saved(int request_id, int ok,
                                                         const char* message) {
    const auto pending = g_pending_saves.find(request_id);
    if (pending == g_pending_saves.end())
        return;
    auto callback = std::move(pending->second);
    g_pending_saves.erase(pending);
    callback({ok != 0, OrEmpty(message)});
}

namespace leeway::platform {

void OpenStorage(LoadCallback on_loaded) {
    g_on_loaded = std::move(on_loaded);
    leeway_storage_open_js();
}

void SaveDocument(const std::string& document, SaveCallback on_saved) {
    const int request_id = g_next_save_id++;
    g_pending_saves[request_id] = std::move(on_saved);
    leeway_storage_save_js(document.c_str(), request_id);
}

} // namespace leeway::platform
