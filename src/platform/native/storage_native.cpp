// Native stand-in: keeps the document in memory, as a fresh browser profile would start.
#include "platform/storage.h"

#include <utility>

namespace leeway::platform {

namespace {
std::string g_document;
bool g_has_document = false;
} // namespace

void OpenStorage(LoadCallback on_loaded) {
    LoadResult result;
    result.available = true;
    result.found = g_has_document;
    result.document = g_document;
    on_loaded(std::move(result));
}

void SaveDocument(const std::string& document, SaveCallback on_saved) {
    g_document = document;
    g_has_document = true;
    on_saved({true, ""});
}

} // namespace leeway::platform
