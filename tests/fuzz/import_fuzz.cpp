// libFuzzer target for the backup importer: no input may crash it, and anything it accepts must
// survive export and import again unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/backup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const leeway::core::ImportResult result = leeway::core::ImportBackup(text);
    if (!result.ok()) {
        if (result.problems.empty())
            std::abort(); // a refusal must always say why
        return 0;
    }
    const std::string exported = leeway::core::ExportBackup(*result.workbook, result.info);
    const leeway::core::ImportResult again = leeway::core::ImportBackup(exported);
    if (!again.ok() || *again.workbook != *result.workbook ||
        leeway::core::ExportBackup(*again.workbook, again.info) != exported)
        std::abort();
    return 0;
}
