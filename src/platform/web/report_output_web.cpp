#include "platform/report_output.h"

#include <emscripten.h>

#include <map>

extern "C" {
void leeway_print_report_js(const char* report_json);
void leeway_copy_text_js(int request_id, const char* text, int length);
}

namespace leeway::platform {

namespace {
int g_next_request = 0;
std::map<int, std::function<void(bool)>> g_copy_requests;
} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void leeway_text_copied(int request_id, int copied) {
    const auto found = g_copy_requests.find(request_id);
    if (found == g_copy_requests.end())
        return;
    std::function<void(bool)> done = std::move(found->second);
    g_copy_requests.erase(found);
    done(copied != 0);
}

void PrintReport(const std::string& report_json) { leeway_print_report_js(report_json.c_str()); }

void CopyText(const std::string& text, std::function<void(bool copied)> done) {
    const int request_id = ++g_next_request;
    g_copy_requests[request_id] = std::move(done);
    leeway_copy_text_js(request_id, text.data(), static_cast<int>(text.size()));
}

} // namespace leeway::platform
