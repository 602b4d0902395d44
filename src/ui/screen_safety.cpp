// Safety and support: what Leeway is and is not, a private check for situations that need
// support rather than planning, and the people to contact.
#include <imgui.h>

#include "core/guidance.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace leeway::ui {

void DrawSafetyScreen(const AppModel& model, SafetyForm& form, AppActions& actions) {
    const core::SafetyCheck& safety = model.workbook().safety;
    if (!form.loaded) {
        form.loaded = true;
        form.support_contacts = safety.support_contacts;
    }
    Gap(8);
    Title("Safety and support");
    DrawSafetyFirst(model, actions, false);
    Heading("What Leeway is, and is not");
    Paragraph("Leeway is practical guidance on leadership and careers. It is not legal advice.");
    Paragraph("It is educational orientation, and not personal financial, tax, legal or investment "
              "advice. "
              "Weigh its ideas before acting on them, and before any money decision.");
    Gap(12);
    Heading("A private check");
    MutedParagraph("Mark anything that applies. It stays in this browser, like everything else "
                   "here. When one is "
                   "marked, Leeway puts getting support ahead of the program.");
    ImGui::BeginDisabled(!CanEdit(model));
    struct Flag {
        const char* label;
        bool core::SafetyCheck::*field;
    };
    constexpr Flag kFlags[] = {
        {"I fear retaliation for speaking up", &core::SafetyCheck::retaliation_risk},
        {"I am told to do something unsafe", &core::SafetyCheck::unsafe_directives},
        {"I face discrimination", &core::SafetyCheck::discrimination},
        {"I am in serious financial difficulty", &core::SafetyCheck::financial_instability},
    };
    for (const Flag& flag : kFlags) {
        if (CheckboxChoice(flag.label, safety.*flag.field)) {
            core::SafetyCheck changed = safety;
            changed.*flag.field = !(safety.*flag.field);
            actions.Edit(
                [&](core::Workbook& workbook) { return core::SetSafetyCheck(workbook, changed); });
        }
    }
    Gap(12);
    Heading("Support contacts");
    MutedParagraph("Who to turn to: HR, a trusted manager, an employee assistance line, a union "
                   "representative, "
                   "a doctor. A facilitator can fill these in for a session.");
    if (model.kiosk.on && !model.kiosk.config.support_contacts.empty())
        Paragraph("From the facilitator of this session: " + model.kiosk.config.support_contacts);
    TextField("Support contacts", "##contacts", form.support_contacts,
              "e.g. HR: Ana Novák, ext. 2211", ImGui::CalcItemWidth(), {},
              core::kMaxSupportContactsBytes);
    const bool changed = form.support_contacts != safety.support_contacts;
    ImGui::BeginDisabled(!changed);
    if (SecondaryButton("Save contacts")) {
        core::SafetyCheck updated = safety;
        updated.support_contacts = form.support_contacts;
        actions.Edit(
            [&](core::Workbook& workbook) { return core::SetSafetyCheck(workbook, updated); });
    }
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    Gap(12);
    Heading("When to stop");
    Paragraph("If stress keeps building or your safety is at risk, pause the program and get "
              "qualified support. "
              "The program will be here when you come back, and paused days count for nothing.");
    Gap(20);
}

} // namespace leeway::ui
