// Native stand-in: downloads land in LEEWAY_DOWNLOAD_DIR (if set); the file picker returns what
// a test put there (native::PickFileNext), else nothing, as when the user cancels.
#include "platform/files.h"

#include <cstdlib>
#include <fstream>
#include <optional>
#include <utility>

#include "platform/native/stand_ins.h"

namespace leeway::platform {

void DownloadTextFile(const std::string& file_name, const std::string& text) {
    if (const char* folder = std::getenv("LEEWAY_DOWNLOAD_DIR"))
        std::ofstream(std::string(folder) + "/" + file_name, std::ios::binary) << text;
}

namespace {
std::optional<PickedFile> g_next_file;
} // namespace

namespace native {
void PickFileNext(const std::string& name, const std::string& text) {
    g_next_file = PickedFile{true, name, text, {}};
}
void ForgetPickedFile() { g_next_file.reset(); }
} // namespace native

void PickTextFile(std::function<void(PickedFile)> on_picked) {
    if (!g_next_file)
        return;
    PickedFile file = std::move(*g_next_file);
    g_next_file.reset();
    on_picked(std::move(file));
}

} // namespace leeway::platform
