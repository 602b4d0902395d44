#pragma once
// Where the workbook document is kept between visits (IndexedDB in the browser).
// This is the only place where bytes reach storage.

#include <functional>
#include <string>

namespace leeway::platform {

struct LoadResult {
    bool available = false; // false: storage cannot be used at all (blocked, missing, timed out)
    bool found = false;     // a document was stored
    std::string document;
    std::string message;    // why storage is unavailable, for the user
};

struct SaveResult {
    bool ok = false;
    std::string message; // why the save failed, for the user
};

using LoadCallback = std::function<void(LoadResult)>;
using SaveCallback = std::function<void(SaveResult)>;

// Opens storage and reads the stored document; calls back once, possibly later.
void OpenStorage(LoadCallback on_loaded);

// Writes the whole document in one transaction; calls back when it is durable or failed.
void SaveDocument(const std::string& document, SaveCallback on_saved);

} // namespace leeway::platform
