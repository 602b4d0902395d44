// Runs the fuzz target over files and folders without libFuzzer, so every build (GCC included)
// replays the seed corpus as a regular test.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    int inputs = 0;
    for (int index = 1; index < argc; ++index) {
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(argv[index])) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[index]))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else {
            files.emplace_back(argv[index]);
        }
        for (const auto& path : files) {
            std::ifstream file(path, std::ios::binary);
            const std::vector<char> bytes((std::istreambuf_iterator<char>(file)),
                                          std::istreambuf_iterator<char>());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            ++inputs;
        }
    }
    std::printf("%d inputs replayed without a crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}
