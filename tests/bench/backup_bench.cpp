// Export and import of a backup file natively, with the app's own core::ExportBackup and
// core::ImportBackup: median wall time of several runs. Prints figures; asserts nothing.
//   leeway_backup_bench FILE [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/backup.h"

namespace {

template <typename Work> double MedianMilliseconds(int runs, Work work) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const std::chrono::duration<double, std::milli> elapsed =
            std::chrono::steady_clock::now() - start;
        times.push_back(elapsed.count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: leeway_backup_bench FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc == 3 ? std::max(1, std::atoi(argv[2])) : 7;
    std::ifstream file(argv[1], std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    const std::string text = bytes.str();
    const leeway::core::ImportResult first = leeway::core::ImportBackup(text);
    if (!first.ok()) {
        std::fprintf(stderr, "%s: not a valid Leeway backup\n", argv[1]);
        return 1;
    }
    volatile size_t sink = 0; // keeps the optimizer from dropping the work
    const double import_ms = MedianMilliseconds(
        runs, [&] { sink = sink + leeway::core::ImportBackup(text).problems.size(); });
    const double export_ms = MedianMilliseconds(runs, [&] {
        sink = sink + leeway::core::ExportBackup(*first.workbook, first.info).size();
    });
    // One line a script can read: "import_ms export_ms bytes".
    std::printf("%.2f %.2f %zu\n", import_ms, export_ms, text.size());
    return 0;
}
