#pragma once
// The example workbooks (assets/example/<set>.json), compiled in by cmake/embed_text.py.

#include <cstddef>
#include <string_view>

#include "core/example.h"

namespace leeway {

extern const char kExampleSoftwareDelivery[];
extern const size_t kExampleSoftwareDeliverySize;
extern const char kExampleHealthAndCare[];
extern const size_t kExampleHealthAndCareSize;
extern const char kExamplePublicService[];
extern const size_t kExamplePublicServiceSize;

inline std::string_view ExampleDocument(core::ExampleSet set) {
    switch (set) {
    case core::ExampleSet::HealthAndCare: return {kExampleHealthAndCare, kExampleHealthAndCareSize};
    case core::ExampleSet::PublicService: return {kExamplePublicService, kExamplePublicServiceSize};
    case core::ExampleSet::SoftwareDelivery: break;
    }
    return {kExampleSoftwareDelivery, kExampleSoftwareDeliverySize};
}

} // namespace leeway
