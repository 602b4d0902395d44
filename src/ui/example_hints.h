#pragma once
// The examples in empty fields ("e.g. ..."), worded for the line of work the user or the session's
// facilitator picked (core::ExampleSet). Only the hints that depend on the work are here.

#include "core/example.h"
#include "ui/app_model.h"

namespace leeway::ui {

struct ExampleHints {
    const char* challenge;
    const char* blocker;
    const char* request;
    const char* ask_what;
    const char* ask_of;
    const char* decision_area;       // a new area on the map
    const char* decision_area_quote; // the same kind of area, quoted in the empty map's sentence
    const char* ledger;
    const char* owned_area;
    const char* metric_by_kind[4]; // indexed by core::MetricKind
    const char* report_changed;
    const char* report_failed;
    const char* report_escalated;
    const char* proposal;
    const char* effect;
    const char* peer;
    const char* manager;
    const char* pull_back;
    const char* repair;
};

const ExampleHints& HintsFor(core::ExampleSet set);

// The set in use: the facilitator's during a kiosk session, otherwise the user's own choice.
inline core::ExampleSet ExamplesInUse(const AppModel& model) {
    return model.kiosk.on ? model.kiosk.config.examples : model.examples;
}
inline const ExampleHints& Hints(const AppModel& model) { return HintsFor(ExamplesInUse(model)); }

} // namespace leeway::ui
