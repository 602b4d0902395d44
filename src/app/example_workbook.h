#pragma once
// The example workbook (assets/example/example-workbook.json), compiled in by cmake/embed_text.py.

#include <cstddef>

namespace leeway {

extern const char kExampleWorkbook[];
extern const size_t kExampleWorkbookSize;

} // namespace leeway
