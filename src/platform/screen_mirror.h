#pragma once
// The screen mirror: what the canvas shows, rebuilt as page elements that screen readers,
// keyboards and tests can use, and the requests those elements send back.

#include <cstdint>
#include <string>
#include <vector>

namespace leeway::platform {

// Replaces the mirrored elements with this snapshot (JSON, see ui/screen_snapshot.h).
void PublishScreenSnapshot(const std::string& json);

struct MirrorRequest {
    enum class Kind {
        Activate, // a keyboard, screen reader or script activated the element
        SetText,  // the text of a mirrored text field changed
        Focus,    // a mirrored element gained focus (id 0: none has it any more)
    };
    Kind kind = Kind::Activate;
    uint32_t id = 0;
    std::string text;
};

// Requests that arrived since the last call, oldest first.
std::vector<MirrorRequest> TakeMirrorRequests();

} // namespace leeway::platform
