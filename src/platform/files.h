#pragma once
// Files the user downloads or picks: the backup export and import.

#include <functional>
#include <string>

namespace leeway::platform {

void DownloadTextFile(const std::string& file_name, const std::string& text);

struct PickedFile {
    bool picked = false; // false when the user cancelled or the file could not be read
    std::string name;
    std::string text;
    std::string error; // why the file could not be read, if it could not
};

// Opens the system file picker for .json files; calls back only when a file was chosen.
void PickTextFile(std::function<void(PickedFile)> on_picked);

} // namespace leeway::platform
