#include "ui/example_hints.h"

namespace leeway::ui {

namespace {

constexpr ExampleHints kSoftwareDelivery = {
    "e.g. Our releases slip because every review waits on my lead.",
    "e.g. Test devices are booked on Mondays",
    "e.g. Weekly status deck for the steering group",
    "e.g. Let me approve test-plan changes without waiting for the QA lead",
    "e.g. Head of QA",
    "e.g. Order of the release checklist",
    "Which fixes go into a release after code freeze",
    "e.g. May reorder checklist steps without sign-off",
    "e.g. Which fixes go in after code freeze",
    {"e.g. Days from request to decision", "e.g. Share of releases with no hotfix",
     "e.g. Hours from build ready to QA start", "e.g. Tickets reopened after review"},
    "e.g. QA hears the minute a build is green",
    "e.g. The ping bot was down on Friday",
    "e.g. Device booking clash, to the release manager",
    "e.g. Name a test-plan owner in every release kickoff note",
    "e.g. Handoff delay falls to one working day",
    "e.g. Łukasz, QA",
    "e.g. Priya, head of delivery",
    "e.g. QA lead signs Friday handoffs for two weeks",
    "e.g. Post a short note whenever the bot fails",
};

constexpr ExampleHints kHealthAndCare = {
    "e.g. Patients wait for discharge because every letter waits on the ward round.",
    "e.g. The discharge lounge is full on Mondays",
    "e.g. Weekly bed report typed up for the site meeting",
    "e.g. Let me send routine discharge prescriptions without waiting for the ward round",
    "e.g. Ward manager",
    "e.g. Order of the discharge checklist",
    "Which patients go to the discharge lounge",
    "e.g. May reorder checklist steps without sign-off",
    "e.g. When a discharge goes to pharmacy",
    {"e.g. Hours from fit to go home to leaving",
     "e.g. Share of discharges with no missing medicine",
     "e.g. Minutes from shift handover to first round",
     "e.g. Discharge letters sent back for changes"},
    "e.g. Pharmacy hears the minute the doctor signs",
    "e.g. The bed board was not updated on Friday",
    "e.g. Monday lounge shortage, to the matron",
    "e.g. Name one discharge owner at every shift handover",
    "e.g. Patients leave within one working day of being fit to go",
    "e.g. Łukasz, pharmacist",
    "e.g. Priya, matron",
    "e.g. Ward manager checks Friday discharges for two weeks",
    "e.g. Note it in the handover whenever the board is not updated",
};

constexpr ExampleHints kPublicService = {
    "e.g. Applications wait for weeks because every decision waits on my team lead.",
    "e.g. The scanning room is booked on Mondays",
    "e.g. Weekly status table for the department head",
    "e.g. Let me assign straightforward renewals without waiting for the team lead",
    "e.g. Team lead",
    "e.g. Order of the intake checklist",
    "Which cases count as urgent",
    "e.g. May change the letter templates without review",
    "e.g. When a complete application goes to a caseworker",
    {"e.g. Days from application to decision", "e.g. Share of decisions with no appeal",
     "e.g. Hours from complete file to a caseworker starting",
     "e.g. Letters sent back for corrections"},
    "e.g. Caseworkers hear the minute a file is complete",
    "e.g. The status letters stopped on Friday",
    "e.g. Scanning room clash, to the department head",
    "e.g. Name one intake owner every week",
    "e.g. Complete files are picked up within one working day",
    "e.g. Łukasz, caseworker",
    "e.g. Priya, department head",
    "e.g. Team lead checks Friday assignments for two weeks",
    "e.g. Email the team whenever the status letters stop",
};

} // namespace

const ExampleHints& HintsFor(core::ExampleSet set) {
    switch (set) {
    case core::ExampleSet::HealthAndCare: return kHealthAndCare;
    case core::ExampleSet::PublicService: return kPublicService;
    case core::ExampleSet::SoftwareDelivery: break;
    }
    return kSoftwareDelivery;
}

} // namespace leeway::ui
