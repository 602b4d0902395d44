// The autonomy map: the three freedoms rated over time, the three levels, where each decision
// area sits, and the ledger of permissions, extensions and pull-backs.
#include <imgui.h>

#include <iterator>
#include <vector>

#include "core/autonomy_map.h"
#include "core/program.h"
#include "ui/example_hints.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace leeway::ui {

namespace {

constexpr const char* kRatingLabels[] = {"1", "2", "3", "4", "5"};
constexpr const char* kLevelLabels[] = {"Procedural", "Decision", "Strategic"};
constexpr const char* kLedgerLabels[] = {"Permission earned", "Extension earned", "Pull-back"};
static_assert(std::size(kRatingLabels) == core::kMaxFreedomRating - core::kMinFreedomRating + 1);
static_assert(std::size(kLevelLabels) == core::kAutonomyLevelCount);
static_assert(std::size(kLedgerLabels) == core::kLedgerKindCount);
constexpr size_t kEarlierRatingsShown = 4;

std::string RatingText(int rating) { return std::to_string(rating) + " of 5"; }

void DrawFreedom(const AppModel& model, core::Freedom freedom, MapForm& form, AppActions& actions) {
    const core::AutonomyMap& map = model.workbook().map;
    const core::FreedomInfo& info = core::GetFreedomInfo(freedom);
    const int index = static_cast<int>(freedom);
    ImGui::PushID(index);
    StrongParagraph(info.name);
    MutedParagraph(info.meaning);
    if (const core::FreedomRating* latest = core::LatestRating(map, freedom)) {
        std::string text =
            "Now " + RatingText(latest->rating) + ", rated " + core::FormatLongDate(latest->date);
        const core::FreedomRating* before = core::RatingBefore(map, *latest);
        if (before) {
            const int change = latest->rating - before->rating;
            text += change > 0 ? ", up from " : change < 0 ? ", down from " : ", same as ";
            text += std::to_string(before->rating) + " on " + core::FormatLongDate(before->date);
        }
        Paragraph(text + "." + (latest->note.empty() ? "" : " \"" + latest->note + "\""));
        std::string earlier;
        size_t shown = 0;
        for (auto it = map.ratings.rbegin();
             it != map.ratings.rend() && shown < kEarlierRatingsShown; ++it) {
            if (it->freedom != freedom || &*it == latest || &*it == before)
                continue;
            earlier += (earlier.empty() ? "Earlier: " : ", ") + std::to_string(it->rating) +
                       " on " + core::FormatLongDate(it->date);
            ++shown;
        }
        if (!earlier.empty())
            MutedParagraph(earlier + ".");
    } else {
        MutedParagraph("Not rated yet.");
    }
    ImGui::BeginDisabled(!CanEdit(model));
    // Until a new rating is picked, the choice shows the current one.
    const core::FreedomRating* current = core::LatestRating(map, freedom);
    const int shown = form.rating[index] >= 0 ? form.rating[index]
                      : current               ? current->rating - 1
                                              : -1;
    const int picked = ChoiceRow(kRatingLabels, shown, std::string(info.name) + ", rating");
    if (picked != shown)
        form.rating[index] = picked;
    TextField("Note (optional)", "##rating-note", form.rating_note[index],
              "What makes it this number today?", ImGui::CalcItemWidth(),
              std::string("Note: ") + info.name);
    if (SecondaryButton("Save rating", std::string("Save rating: ") + info.name) &&
        form.rating[index] >= 0) {
        // Saved, the choice goes on showing it as the current rating.
        if (actions.Edit([&](core::Workbook& workbook) {
                return core::RateFreedom(workbook.map, model.today, freedom, form.rating[index] + 1,
                                         form.rating_note[index]);
            })) {
            form.rating[index] = -1;
            form.rating_note[index].clear();
        }
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

void DrawLevels() {
    Heading("Three levels");
    MutedParagraph(
        "Autonomy grows in steps: earn permission in an area, then earn an extension of it.");
    for (core::AutonomyLevel level : core::kAllLevels) {
        const core::LevelInfo& info = core::GetLevelInfo(level);
        ImGui::PushStyleColor(ImGuiCol_Text, GetPalette().phase[static_cast<int>(level)]);
        StrongParagraph(info.name);
        ImGui::PopStyleColor();
        Paragraph(std::string("You decide: ") + info.can_decide);
        Paragraph(std::string("Not yours yet: ") + info.cannot_decide);
        MutedParagraph(std::string("What earns more: ") + info.grows_by);
        Gap(6);
    }
}

void DrawAreas(const AppModel& model, MapForm& form, AppActions& actions) {
    const core::AutonomyMap& map = model.workbook().map;
    Heading("Your decision areas");
    MutedParagraph(
        "The parts of your work where decisions get made. Place each on the level you hold "
        "today, and move it when that changes.");
    ImGui::BeginDisabled(!CanEdit(model));
    {
        MirrorGroup list(Container::List, "Decision areas");
        for (const core::DecisionArea& area : map.areas) {
            ImGui::PushID(area.id.c_str());
            MirrorGroup row(Container::ListItem, area.id);
            StrongParagraph(area.name);
            MutedParagraph(std::string(core::LevelName(area.level)) + " since " +
                           core::FormatLongDate(area.placed_on) + ".");
            const int level =
                ChoiceRow(kLevelLabels, static_cast<int>(area.level), area.name + ", level");
            if (level != static_cast<int>(area.level)) {
                const std::string id = area.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::SetAreaLevel(workbook.map, id,
                                              static_cast<core::AutonomyLevel>(level), model.today);
                });
            }
            if (CanEdit(model) && !core::AreaHasLedgerEntries(map, area.id)) {
                ImGui::SameLine();
                if (SecondaryButton("Remove", "Remove area: " + area.name)) {
                    const std::string id = area.id;
                    actions.Edit([&](core::Workbook& workbook) {
                        return core::RemoveDecisionArea(workbook.map, id);
                    });
                }
            }
            Gap(4);
            ImGui::PopID();
        }
    }
    if (map.areas.empty())
        MutedParagraph(std::string("No decision areas yet. For example: \"") +
                       Hints(model).decision_area_quote + "\".");
    TextField("New decision area", "##new-area", form.new_area, Hints(model).decision_area,
              ImGui::CalcItemWidth());
    form.new_area_level = ChoiceRow(kLevelLabels, form.new_area_level, "New decision area, level");
    if (SecondaryButton("Add area") && !core::NormalizeSentence(form.new_area).empty()) {
        const std::string id = actions.NewId();
        if (actions.Edit([&](core::Workbook& workbook) {
                return core::AddDecisionArea(workbook.map, id, form.new_area,
                                             static_cast<core::AutonomyLevel>(form.new_area_level),
                                             model.today);
            })) {
            form.new_area.clear();
            form.new_area_level = 0;
        }
    }
    ImGui::EndDisabled();
}

const char* LedgerProblemText(core::LedgerProblem problem) {
    switch (problem) {
    case core::LedgerProblem::None: return nullptr;
    case core::LedgerProblem::EmptyText: return "Say what you earned or gave back, in a line.";
    case core::LedgerProblem::TooLong: return "Keep it to a line.";
    case core::LedgerProblem::UnknownArea: return "That decision area is gone; pick another.";
    case core::LedgerProblem::TooMany: return "The ledger is full.";
    }
    return nullptr;
}

void DrawLedger(const AppModel& model, MapForm& form, AppActions& actions) {
    const core::AutonomyMap& map = model.workbook().map;
    Heading("Ledger");
    MutedParagraph(
        "Each permission you earn, each extension of one, and each time scope was pulled back. "
        "A pull-back is not a failure: repair, then expand again.");
    if (!map.ledger.empty()) {
        const core::LedgerTally tally = core::TallyLedger(map);
        Paragraph(Plural(tally.permissions, "permission", "permissions") + ", " +
                  Plural(tally.extensions, "extension", "extensions") + ", " +
                  Plural(tally.pull_backs, "pull-back", "pull-backs") + ".");
    }
    ImGui::BeginDisabled(!CanEdit(model));
    {
        MirrorGroup list(Container::List, "Ledger");
        for (auto it = map.ledger.rbegin(); it != map.ledger.rend(); ++it) {
            const core::LedgerEntry& entry = *it;
            ImGui::PushID(entry.id.c_str());
            MirrorGroup row(Container::ListItem, entry.id);
            const core::DecisionArea* area = core::FindArea(map, entry.area_id);
            const std::string kind = core::CapitalizeFirst(core::LedgerKindName(entry.kind));
            Paragraph(core::FormatLongDate(entry.date) + ". " + kind +
                      (area ? " (" + area->name + ")" : "") + ": " + entry.text);
            if (CanEdit(model) && SecondaryButton("Remove", "Remove ledger entry: " + entry.text)) {
                const std::string id = entry.id;
                actions.Edit([&](core::Workbook& workbook) {
                    return core::RemoveLedgerEntry(workbook.map, id);
                });
            }
            ImGui::PopID();
        }
    }
    StrongParagraph("Add to the ledger");
    form.ledger_kind = ChoiceRow(kLedgerLabels, form.ledger_kind, "Ledger entry kind");
    if (!map.areas.empty()) {
        std::vector<const char*> area_labels = {"No particular area"};
        for (const core::DecisionArea& area : map.areas)
            area_labels.push_back(area.name.c_str());
        if (form.ledger_area >= static_cast<int>(area_labels.size()))
            form.ledger_area = 0;
        form.ledger_area = ChoiceRow(area_labels.data(), static_cast<int>(area_labels.size()),
                                     form.ledger_area, "Ledger entry area");
    }
    TextField("What changed", "##ledger-text", form.ledger_text, Hints(model).ledger,
              ImGui::CalcItemWidth());
    if (form.ledger_date.empty())
        form.ledger_date = core::FormatIsoDate(model.today);
    bool date_ok = true;
    const std::optional<core::Date> date =
        DateField("When", "##ledger-date", form.ledger_date, model.today, date_ok);
    const std::string area_id =
        form.ledger_area > 0 && form.ledger_area <= static_cast<int>(map.areas.size())
            ? map.areas[static_cast<size_t>(form.ledger_area - 1)].id
            : std::string();
    const core::LedgerProblem problem = core::CheckLedgerEntry(map, area_id, form.ledger_text);
    if (form.tried_ledger && problem != core::LedgerProblem::None)
        ErrorParagraph(LedgerProblemText(problem));
    if (form.tried_ledger && date_ok && !date)
        ErrorParagraph("Give the date it happened.");
    if (SecondaryButton("Add to ledger")) {
        form.tried_ledger = true;
        const std::string id = actions.NewId();
        if (problem == core::LedgerProblem::None && date &&
            actions.Edit([&](core::Workbook& workbook) {
                return core::AddLedgerEntry(workbook.map, id, *date,
                                            static_cast<core::LedgerKind>(form.ledger_kind),
                                            area_id, form.ledger_text);
            })) {
            form.ledger_text.clear();
            form.ledger_date.clear();
            form.tried_ledger = false;
        }
    }
    ImGui::EndDisabled();
}

} // namespace

void DrawMapScreen(const AppModel& model, MapForm& form, AppActions& actions) {
    Gap(8);
    Title("Autonomy map");
    MutedParagraph(
        "Where you stand: how free you feel over your work, and what you can decide in each area "
        "of it. The map stays with you from one program to the next.");
    Gap();
    Heading("Three freedoms");
    MutedParagraph(
        "Rate each from 1 (others decide nearly all of it) to 5 (you decide, and people trust it). "
        "Rate again whenever it changes: the history shows the trend.");
    for (core::Freedom freedom : core::kAllFreedoms) {
        Gap(6);
        DrawFreedom(model, freedom, form, actions);
    }
    Gap(20);
    DrawLevels();
    Gap(14);
    DrawAreas(model, form, actions);
    Gap(20);
    DrawLedger(model, form, actions);
    Gap(20);
}

} // namespace leeway::ui
