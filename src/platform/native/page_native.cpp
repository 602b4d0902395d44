// Native stand-in: there is no page; a native frame loop never sleeps.
#include "platform/page.h"

namespace leeway::platform {

void InitPage() {}
void RunFrameLoop(void (*frame)()) {
    for (;;)
        frame();
}
void NotifyFirstFrameDrawn() {}
void NotifyFrameDrawn() {}
void SleepUntilWoken() {}
void WakeAfter(Timer /*timer*/, double /*milliseconds*/) {}
bool PrefersDarkColorScheme() { return false; }
void OnPageHidden(std::function<void()> /*on_hidden*/) {}
void SetDocumentTitle(const std::string& /*title*/) {}

} // namespace leeway::platform
