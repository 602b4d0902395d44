#pragma once
// Getting the 1:1 report out of the app: a printable page (the browser's print dialog, so "Save as
// PDF" works) and the system clipboard.

#include <functional>
#include <string>

namespace leeway::platform {

// Lays the report out as a clean page and opens the browser's print dialog. The JSON is
// {"title", "subtitle", "parts": [{"heading", "lines": [...]}]}; the page builds it as text only.
void PrintReport(const std::string& report_json);

// Copies text to the system clipboard; the callback says whether the browser allowed it.
void CopyText(const std::string& text, std::function<void(bool copied)> done);

} // namespace leeway::platform
