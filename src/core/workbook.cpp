#include "core/workbook.h"

namespace leeway::core {

bool HasUserData(const Workbook& workbook) {
    return workbook.program || !workbook.history.empty() || workbook.map != AutonomyMap{} ||
           !workbook.stability.empty() || workbook.safety != SafetyCheck{};
}

} // namespace leeway::core
