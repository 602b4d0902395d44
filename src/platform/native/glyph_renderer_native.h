#pragma once
// Controls of the native glyph renderer stand-in, for tests.

#include "platform/glyph_renderer.h"

namespace leeway::platform {

// While true, FontFilesLoaded() says the files still load, as a browser does until they are in.
void SetFontFilesLoading(bool loading);

} // namespace leeway::platform
