// Native stand-in: keeps generations in memory, as a fresh browser profile would start.
#include "platform/storage.h"

#include "platform/native/stand_ins.h"

#include <algorithm>
#include <deque>
#include <map>
#include <utility>
#include <vector>

namespace leeway::platform {

namespace {
std::map<int64_t, std::string> g_generations;
int64_t g_next_sequence = 1;
// While held, a save is written at once but answered only when released, as a browser commits
// a transaction it was given and calls back later.
bool g_holding_saves = false;
int g_saves_to_refuse = 0;
bool g_writer = true; // false: another tab holds the writer lock
LoadCallback g_on_changed;
std::deque<std::pair<SaveCallback, SaveResult>> g_held_answers;

LoadResult NewestBefore(int64_t before) {
    LoadResult result;
    result.available = true;
    result.writer = g_writer;
    for (const auto& [sequence, text] : g_generations)
        result.generations.push_back({sequence, core::Date{}});
    for (auto it = g_generations.rbegin(); it != g_generations.rend(); ++it) {
        if (before == 0 || it->first < before) {
            result.found = true;
            result.sequence = it->first;
            result.document = it->second;
            break;
        }
    }
    return result;
}
} // namespace

namespace native {

void StoreDocument(const std::string& document) {
    g_generations.clear();
    g_generations[g_next_sequence++] = document;
}

void ForgetStoredGenerations() {
    g_generations.clear();
    g_held_answers.clear();
    g_holding_saves = false;
    g_saves_to_refuse = 0;
    g_writer = true;
    g_on_changed = nullptr;
}

std::vector<int64_t> StoredSequences() {
    std::vector<int64_t> sequences;
    for (const auto& [sequence, text] : g_generations)
        sequences.push_back(sequence);
    return sequences;
}

void RefuseSaves(int count) { g_saves_to_refuse = count; }

void OpenAsReadOnlyTab() { g_writer = false; }

void OtherTabClosed() {
    g_writer = true;
    if (g_on_changed)
        g_on_changed(NewestBefore(0));
}

std::string NewestStoredDocument() {
    return g_generations.empty() ? std::string() : g_generations.rbegin()->second;
}

void HoldSaveAnswers() { g_holding_saves = true; }

void ReleaseSaveAnswers() {
    g_holding_saves = false;
    while (!g_held_answers.empty()) {
        auto [on_saved, result] = std::move(g_held_answers.front());
        g_held_answers.pop_front();
        on_saved(std::move(result));
    }
}

} // namespace native

void OpenStorage(LoadCallback on_loaded) { on_loaded(NewestBefore(0)); }

void LoadOlderGeneration(int64_t before, LoadCallback on_loaded) {
    on_loaded(NewestBefore(before));
}

void WatchStorage(LoadCallback on_changed) { g_on_changed = std::move(on_changed); }

void WatchStorageLoss(std::function<void(StorageLoss, std::string)> /*on_loss*/) {}

void SaveDocument(const std::string& document, const std::vector<int64_t>& drop,
                  SaveCallback on_saved) {
    if (g_saves_to_refuse > 0 || !g_writer) {
        g_saves_to_refuse -= g_saves_to_refuse > 0 ? 1 : 0;
        SaveResult refused;
        refused.message = "the browser refused the save (a test)";
        on_saved(std::move(refused));
        return;
    }
    for (int64_t sequence : drop)
        g_generations.erase(sequence);
    SaveResult result;
    result.ok = true;
    result.sequence = g_next_sequence++;
    g_generations[result.sequence] = document;
    if (g_holding_saves)
        g_held_answers.emplace_back(std::move(on_saved), std::move(result));
    else
        on_saved(std::move(result));
}

void RequestPersistence(std::function<void(PersistenceInfo)> on_answer) { on_answer({}); }

void WipeStoredData(std::function<void(WipeResult)> on_done) {
    g_generations.clear();
    on_done({g_generations.empty(), {}});
}

} // namespace leeway::platform
