#include "platform/files.h"

#include <emscripten/emscripten.h>

#include <map>
#include <utility>

#include "core/backup.h"

extern "C" {
void leeway_files_download_js(const char* name, const char* bytes, size_t length);
void leeway_files_pick_js(int request_id, double max_bytes);
}

namespace {

std::map<int, std::function<void(leeway::platform::PickedFile)>> g_pending_picks;
int g_next_pick_id = 1;

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_files_picked(int request_id, int picked,
                                                         const char* name, const char* bytes,
                                                         int length, const char* error) {
    // Only the newest pick matters: an abandoned picker never answers.
    const auto pending = g_pending_picks.find(request_id);
    if (pending == g_pending_picks.end())
        return;
    auto callback = std::move(pending->second);
    g_pending_picks.clear();
    leeway::platform::PickedFile file;
    file.picked = picked != 0;
    file.name = name ? name : "";
    file.text.assign(bytes, static_cast<size_t>(length));
    file.error = error ? error : "";
    callback(std::move(file));
}

namespace leeway::platform {

void DownloadTextFile(const std::string& file_name, const std::string& text) {
    leeway_files_download_js(file_name.c_str(), text.data(), text.size());
}

void PickTextFile(std::function<void(PickedFile)> on_picked) {
    const int request_id = g_next_pick_id++;
    g_pending_picks[request_id] = std::move(on_picked);
    leeway_files_pick_js(request_id, static_cast<double>(core::kMaxBackupBytes));
}

} // namespace leeway::platform
