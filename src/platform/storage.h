#pragma once
// Where the workbook document is kept between visits: IndexedDB in the browser, as numbered
// generations with checksums, one writing tab at a time. The only place bytes reach storage.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/generations.h"

namespace leeway::platform {

struct LoadResult {
    bool available = false; // false: storage cannot be used at all (blocked, missing, timed out)
    bool found = false;     // a readable document was stored
    std::string document;
    int64_t sequence = 0;    // the generation the document came from
    std::string saved_at;    // when that generation was saved, ISO 8601 UTC
    int skipped_corrupt = 0; // newer generations passed over because their checksum failed
    bool writer = true;      // this tab may write; other tabs hold the lock otherwise
    std::vector<core::Generation> generations; // every stored generation, for the keeping policy
    std::string message;                       // why storage is unavailable, for the user
};

struct SaveResult {
    bool ok = false;
    int64_t sequence = 0;
    core::Date saved_on; // local date, for the keeping policy
    std::string message; // why the save failed, for the user
};

struct PersistenceInfo {
    bool supported = false;
    bool persisted = false; // the browser promised not to clear our data under pressure
    double usage_bytes = 0; // what this site stores
    double quota_bytes = 0; // what it may store
};

using LoadCallback = std::function<void(LoadResult)>;
using SaveCallback = std::function<void(SaveResult)>;

// Opens storage (with a timeout) and reads the newest generation whose checksum holds.
void OpenStorage(LoadCallback on_loaded);

// Reads the newest good generation older than `before`, when a newer one could not be used.
void LoadOlderGeneration(int64_t before, LoadCallback on_loaded);

// Called with the newest document whenever it changes under this tab: another tab saved (this
// one is read-only), or the writing tab closed and this one now holds the lock (writer = true).
void WatchStorage(LoadCallback on_changed);

// Writes the document as a new generation in one durable transaction, deletes the generations
// in `drop`, reads the new one back and checks its checksum. Only the writing tab may call it.
void SaveDocument(const std::string& document, const std::vector<int64_t>& drop,
                  SaveCallback on_saved);

// Asks the browser to keep our data under storage pressure, and reports how much is used.
void RequestPersistence(std::function<void(PersistenceInfo)> on_answer);

// What became of the stored database while the tab had it open.
enum class StorageLoss {
    Recreated,   // it was deleted (another tab, the site's data cleared) and is made anew, empty
    NotReopened, // it went away and could not be opened again (the message says why)
    HandedOver,  // a newer Leeway upgraded it: this tab wrote what it had and no longer writes
};

// Called whenever the database goes away under the tab; the app still holds the workbook.
void WatchStorageLoss(std::function<void(StorageLoss loss, std::string message)> on_loss);

// --- Kiosk wipe ----------------------------------------------------------------------------------
// Deletes every stored generation (the whole database), then reads storage back to prove it is
// gone. No saves may follow in this page: it restarts after a wipe. ok false says what is left.
struct WipeResult {
    bool ok = false;
    std::string message;
};
void WipeStoredData(std::function<void(WipeResult)> on_done);

} // namespace leeway::platform
