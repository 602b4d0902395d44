// leeway-backup: checks and migrates Leeway backup files on the command line, with the very
// importer the app uses.
//   leeway-backup check FILE...     valid, or every problem with its place; exit 1 if any is bad
//   leeway-backup migrate FILE      the file in the current format version, on standard output
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/backup.h"

namespace {

constexpr int kExitInvalid = 1;
constexpr int kExitUsage = 2;

int Usage() {
    std::cerr << "usage: leeway-backup check FILE...\n"
                 "       leeway-backup migrate FILE > NEW_FILE\n";
    return kExitUsage;
}

bool ReadFile(const std::string& path, std::string& text) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << path << ": cannot be opened\n";
        return false;
    }
    std::ostringstream bytes;
    bytes << file.rdbuf();
    text = bytes.str();
    return true;
}

int Check(int count, char** paths) {
    int status = 0;
    for (int index = 0; index < count; ++index) {
        std::string text;
        if (!ReadFile(paths[index], text)) {
            status = kExitUsage;
            continue;
        }
        const leeway::core::ImportResult result = leeway::core::ImportBackup(text);
        if (result.ok()) {
            std::cout << paths[index] << ": valid Leeway backup, format version "
                      << result.info.schema_version << "\n";
            continue;
        }
        std::cout << paths[index] << ": not a valid Leeway backup\n"
                  << leeway::core::DescribeProblems(result.problems, result.problems.size()) << "\n";
        if (status == 0)
            status = kExitInvalid;
    }
    return status;
}

int Migrate(const char* path) {
    std::string text;
    if (!ReadFile(path, text))
        return kExitUsage;
    const leeway::core::ImportResult result = leeway::core::ImportBackup(text);
    if (!result.ok()) {
        std::cerr << path << ": not a valid Leeway backup\n"
                  << leeway::core::DescribeProblems(result.problems, result.problems.size()) << "\n";
        return kExitInvalid;
    }
    // The file keeps its own export time and app version: only the format moves forward.
    std::cout << leeway::core::ExportBackup(*result.workbook, result.info);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3)
        return Usage();
    const std::string command = argv[1];
    if (command == "check")
        return Check(argc - 2, argv + 2);
    if (command == "migrate" && argc == 3)
        return Migrate(argv[2]);
    return Usage();
}
