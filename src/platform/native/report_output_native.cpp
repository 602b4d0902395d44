// Native stand-in: nothing to print to, no clipboard.
#include "platform/report_output.h"

namespace leeway::platform {

void PrintReport(const std::string& /*report_json*/) {}

void CopyText(const std::string& /*text*/, std::function<void(bool copied)> done) { done(false); }

} // namespace leeway::platform
