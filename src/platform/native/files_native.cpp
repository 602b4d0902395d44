// Native stand-in: downloads land in LEEWAY_DOWNLOAD_DIR (if set); there is no file picker.
#include "platform/files.h"

#include <cstdlib>
#include <fstream>

namespace leeway::platform {

void DownloadTextFile(const std::string& file_name, const std::string& text) {
    if (const char* folder = std::getenv("LEEWAY_DOWNLOAD_DIR"))
        std::ofstream(std::string(folder) + "/" + file_name, std::ios::binary) << text;
}

void PickTextFile(std::function<void(PickedFile)> /*on_picked*/) {}

} // namespace leeway::platform
