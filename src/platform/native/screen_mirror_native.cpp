// Native stand-in: there is no page to mirror into and nothing sends requests.
#include "platform/screen_mirror.h"

namespace leeway::platform {

void PublishScreenSnapshot(const std::string& /*json*/) {}

std::vector<MirrorRequest> TakeMirrorRequests() { return {}; }

} // namespace leeway::platform
