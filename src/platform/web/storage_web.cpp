#include "platform/storage.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <utility>

extern "C" {
void leeway_storage_open_js();
void leeway_storage_load_older_js(double before);
void leeway_storage_save_js(const char* document, const char* drop, int request_id);
void leeway_storage_persist_js();
void leeway_storage_wipe_js();
}

namespace {

using namespace leeway::platform;

LoadCallback g_on_loaded;
LoadCallback g_on_changed;
std::map<int, SaveCallback> g_pending_saves;
int g_next_save_id = 1;
std::function<void(PersistenceInfo)> g_on_persistence;
std::function<void(WipeResult)> g_on_wiped;
std::function<void(StorageLoss, std::string)> g_on_loss;

std::string OrEmpty(const char* text) { return text ? text : ""; }

// "12 2026-11-26;13 2026-11-27"
std::vector<leeway::core::Generation> ParseGenerations(const std::string& list) {
    std::vector<leeway::core::Generation> generations;
    // Split by hand: <sstream> would pull iostreams and locales into the wasm.
    for (size_t start = 0; start < list.size();) {
        size_t stop = list.find(';', start);
        if (stop == std::string::npos)
            stop = list.size();
        const std::string entry = list.substr(start, stop - start);
        start = stop + 1;
        const size_t space = entry.find(' ');
        if (space == std::string::npos)
            continue;
        // strtoll, not stoll: the wasm build has no exceptions, and a bad entry is simply skipped.
        const std::string number = entry.substr(0, space);
        char* end = nullptr;
        const long long sequence = std::strtoll(number.c_str(), &end, 10);
        const std::optional<leeway::core::Date> date =
            leeway::core::ParseIsoDate(entry.substr(space + 1));
        if (date && end != number.c_str() && *end == '\0')
            generations.push_back({sequence, *date});
    }
    return generations;
}

LoadResult MakeLoadResult(int available, int found, const char* document, double sequence,
                          const char* saved_at, int skipped, int writer, const char* generations,
                          const char* message) {
    LoadResult result;
    result.available = available != 0;
    result.found = found != 0;
    result.document = OrEmpty(document);
    result.sequence = static_cast<int64_t>(sequence);
    result.saved_at = OrEmpty(saved_at);
    result.skipped_corrupt = skipped;
    result.writer = writer != 0;
    result.generations = ParseGenerations(OrEmpty(generations));
    result.message = OrEmpty(message);
    return result;
}

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_loaded(int available, int found,
                                                           const char* document, double sequence,
                                                           const char* saved_at, int skipped,
                                                           int writer, const char* generations,
                                                           const char* message) {
    if (auto callback = std::exchange(g_on_loaded, nullptr))
        callback(MakeLoadResult(available, found, document, sequence, saved_at, skipped, writer,
                                generations, message));
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_changed(int available, int found,
                                                            const char* document, double sequence,
                                                            const char* saved_at, int skipped,
                                                            int writer, const char* generations,
                                                            const char* message) {
    if (g_on_changed)
        g_on_changed(MakeLoadResult(available, found, document, sequence, saved_at, skipped, writer,
                                    generations, message));
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_saved(int request_id, int ok, double sequence,
                                                          const char* saved_on,
                                                          const char* message) {
    const auto pending = g_pending_saves.find(request_id);
    if (pending == g_pending_saves.end())
        return;
    SaveCallback callback = std::move(pending->second);
    g_pending_saves.erase(pending);
    SaveResult result;
    result.ok = ok != 0;
    result.sequence = static_cast<int64_t>(sequence);
    result.saved_on = leeway::core::ParseIsoDate(OrEmpty(saved_on)).value_or(leeway::core::Date{});
    result.message = OrEmpty(message);
    callback(std::move(result));
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_persistence(int supported, int persisted,
                                                                double usage, double quota) {
    if (auto callback = std::exchange(g_on_persistence, nullptr))
        callback({supported != 0, persisted != 0, usage, quota});
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_wiped(int ok, const char* message) {
    if (auto callback = std::exchange(g_on_wiped, nullptr))
        callback({ok != 0, OrEmpty(message)});
}

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_storage_lost(int loss, const char* message) {
    if (g_on_loss && loss >= 0 && loss <= static_cast<int>(StorageLoss::HandedOver))
        g_on_loss(static_cast<StorageLoss>(loss), OrEmpty(message));
}

namespace leeway::platform {

void OpenStorage(LoadCallback on_loaded) {
    g_on_loaded = std::move(on_loaded);
    leeway_storage_open_js();
}

void LoadOlderGeneration(int64_t before, LoadCallback on_loaded) {
    g_on_loaded = std::move(on_loaded);
    leeway_storage_load_older_js(static_cast<double>(before));
}

void WatchStorage(LoadCallback on_changed) { g_on_changed = std::move(on_changed); }

void WatchStorageLoss(std::function<void(StorageLoss, std::string)> on_loss) {
    g_on_loss = std::move(on_loss);
}

void SaveDocument(const std::string& document, const std::vector<int64_t>& drop,
                  SaveCallback on_saved) {
    std::string drop_list;
    for (int64_t sequence : drop)
        drop_list += std::to_string(sequence) + ",";
    const int request_id = g_next_save_id++;
    g_pending_saves[request_id] = std::move(on_saved);
    leeway_storage_save_js(document.c_str(), drop_list.c_str(), request_id);
}

void RequestPersistence(std::function<void(PersistenceInfo)> on_answer) {
    g_on_persistence = std::move(on_answer);
    leeway_storage_persist_js();
}

void WipeStoredData(std::function<void(WipeResult)> on_done) {
    g_on_wiped = std::move(on_done);
    leeway_storage_wipe_js();
}

} // namespace leeway::platform
