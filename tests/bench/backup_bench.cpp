// Export and import of a backup file natively, with the app's own core::ExportBackup and
// core::ImportBackup: median wall time and CPU time of several runs (on a busy machine the CPU
// time is the steadier of the two). Prints figures; asserts nothing.
//   leeway_backup_bench FILE [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/backup.h"

namespace {

struct Milliseconds {
    double wall = 0;
    double cpu = 0;
};

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename Work> Milliseconds MedianMilliseconds(int runs, Work work) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const std::clock_t cpu_start = std::clock();
        const auto start = std::chrono::steady_clock::now();
        work();
        const std::chrono::duration<double, std::milli> elapsed =
            std::chrono::steady_clock::now() - start;
        wall.push_back(elapsed.count());
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    }
    return {Median(wall), Median(cpu)};
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
    const Milliseconds import_ms = MedianMilliseconds(
        runs, [&] { sink = sink + leeway::core::ImportBackup(text).problems.size(); });
    const Milliseconds export_ms = MedianMilliseconds(runs, [&] {
        sink = sink + leeway::core::ExportBackup(*first.workbook, first.info).size();
    });
    // One line a script can read: "import_ms export_ms bytes import_cpu_ms export_cpu_ms".
    std::printf("%.2f %.2f %zu %.2f %.2f\n", import_ms.wall, export_ms.wall, text.size(),
                import_ms.cpu, export_ms.cpu);
    return 0;
}
