#include "ui/widgets.h"

#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/program.h"
#include "ui/fonts.h"
#include "ui/screen_snapshot.h"
#include "ui/theme.h"

namespace leeway::ui {

namespace {

// Wraps at the column's edge (see BeginColumn).
void WrappedText(const std::string& text, const ImVec4* color) {
    if (color)
        ImGui::PushStyleColor(ImGuiCol_Text, *color);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    if (color)
        ImGui::PopStyleColor();
}

} // namespace

void BeginColumn(float max_width) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float width =
        std::min(available, max_width * SizeScale()); // as many words a line at any text size
    const float indent = std::max(0.0f, (available - width) * 0.5f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
}

void EndColumn() {
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
}

void Title(const std::string& text) {
    // The title font has only printable ASCII and a few marks (kBasicTextRanges): a title
    // with anything else would show boxes. The screen tests draw every title, so they catch it.
    IM_ASSERT(std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; }) &&
              "titles are Leeway's own ASCII phrases");
    ImGui::PushFont(GetFonts().title);
    WrappedText(text, nullptr);
    ImGui::PopFont();
    RecordLastItemAsText(Role::Heading, text, 1);
}

void Heading(const std::string& text) {
    ImGui::PushFont(GetFonts().heading);
    WrappedText(text, nullptr);
    ImGui::PopFont();
    RecordLastItemAsText(Role::Heading, text, 2);
}

void Paragraph(const std::string& text, Role role) {
    WrappedText(text, nullptr);
    RecordLastItemAsText(role, text);
}

void MutedParagraph(const std::string& text, Role role) {
    WrappedText(text, &GetPalette().muted_text);
    RecordLastItemAsText(role, text);
}

void ErrorParagraph(const std::string& text, Role role) {
    WrappedText(text, &GetPalette().error);
    RecordLastItemAsText(role, text);
}

void StrongParagraph(const std::string& text) {
    ImGui::PushFont(GetFonts().strong);
    Paragraph(text);
    ImGui::PopFont();
}

void Gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

void BeginCard(const char* id) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, GetPalette().surface);
    // Always laid out, even scrolled out of view: Dear ImGui would otherwise skip a hidden card's
    // contents, which then vanish from the mirror (keyboards and screen readers could not reach
    // them) and keep a stale height until scrolled back.
    ImGui::BeginChild(id, ImVec2(ImGui::CalcItemWidth(), 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY |
                          ImGuiChildFlags_AlwaysAutoResize);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x);
}

void EndCard() {
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    Gap(8);
}

void SameLineIfFits(float next_width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < next_width)
        ImGui::NewLine();
}

void SameLineIfButtonFits(const char* label) {
    SameLineIfFits(ImGui::CalcTextSize(label, nullptr, true).x +
                   ImGui::GetStyle().FramePadding.x * 2.0f);
}

void ColumnSeparator() {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::CalcItemWidth();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(start.x, start.y + 0.5f),
                                        ImVec2(start.x + width, start.y + 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(width, 1.0f));
}

bool PrimaryButton(const char* label, const std::string& accessible_name) {
    const Palette& palette = GetPalette();
    ImGui::PushStyleColor(ImGuiCol_Button, palette.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette.accent_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette.accent_active);
    ImGui::PushStyleColor(ImGuiCol_Text, palette.accent_text);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushFont(GetFonts().strong);
    AnnotateNextItem(Role::Button, accessible_name.empty() ? label : accessible_name);
    const bool pressed = ImGui::Button(label);
    ImGui::PopFont();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return pressed;
}

bool SecondaryButton(const char* label, const std::string& accessible_name) {
    AnnotateNextItem(Role::Button, accessible_name.empty() ? label : accessible_name);
    return ImGui::Button(label);
}

bool RadioChoice(const char* label, bool selected, const std::string& accessible_name) {
    AnnotateNextItem(Role::Radio, accessible_name.empty() ? label : accessible_name);
    const bool clicked = ImGui::RadioButton(label, selected);
    RecordLastItemChecked(selected);
    return clicked;
}

bool CheckboxChoice(const char* label, bool checked, const std::string& accessible_name) {
    AnnotateNextItem(Role::Checkbox, accessible_name.empty() ? label : accessible_name);
    bool value = checked;
    const bool clicked = ImGui::Checkbox(label, &value);
    RecordLastItemChecked(checked);
    return clicked;
}

FlowRow::FlowRow() : right_edge_(ImGui::GetCursorScreenPos().x + ImGui::CalcItemWidth()) {}

void FlowRow::Next(float item_width) {
    if (!first_) {
        ImGui::SameLine();
        if (ImGui::GetCursorScreenPos().x + item_width > right_edge_)
            ImGui::NewLine();
    }
    first_ = false;
}

float FlowRow::ButtonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float FlowRow::RadioWidth(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
           ImGui::CalcTextSize(label, nullptr, true).x;
}

int ChoiceRow(const char* const* labels, int count, int selected, const std::string& group_name) {
    FlowRow row;
    int chosen = selected;
    for (int index = 0; index < count; ++index) {
        row.Next(FlowRow::RadioWidth(labels[index]));
        ImGui::PushID(index);
        const std::string name =
            group_name.empty() ? std::string() : group_name + ": " + labels[index];
        if (RadioChoice(labels[index], selected == index, name))
            chosen = index;
        ImGui::PopID();
    }
    return chosen;
}

std::optional<core::Date> DateField(const char* label, const char* id, std::string& text,
                                    const core::Date& today, bool& valid,
                                    const std::string& accessible_name) {
    const std::string name = accessible_name.empty() ? label : accessible_name;
    ImGui::PushID(id);
    TextField(label, id, text, "YYYY-MM-DD", 170.0f, name);
    ImGui::SameLine();
    if (SecondaryButton("Today", name + ": today"))
        text = core::FormatIsoDate(today);
    ImGui::PopID();
    std::string tidy;
    for (char c : text)
        if (c != ' ' && c != '\t')
            tidy += c;
    if (tidy.empty()) {
        valid = true;
        return std::nullopt;
    }
    std::optional<core::Date> date = core::ParseIsoDate(tidy);
    valid = date.has_value();
    if (!valid)
        ErrorParagraph("Write the date as year-month-day, between 1970 and 2200, for example " +
                       core::FormatIsoDate(today) + ".");
    return date;
}

bool NavigationTab(const char* label, const char* href, bool selected,
                   const std::string& accessible_name) {
    const Palette& palette = GetPalette();
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? palette.surface : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? palette.text : palette.muted_text);
    ImGui::PushFont(selected ? GetFonts().strong : GetFonts().body);
    AnnotateNextItem(Role::Link, accessible_name.empty() ? label : accessible_name);
    const bool clicked = ImGui::Button(label);
    RecordLastItemChecked(selected);
    RecordLastItemLink(href);
    if (selected) {
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + 6, max.y - 3),
                                                  ImVec2(max.x - 6, max.y),
                                                  ImGui::GetColorU32(palette.accent), 1.5f);
    }
    ImGui::PopFont();
    ImGui::PopStyleColor(2);
    return clicked;
}

void SameLineAtRightIfButtonFits(const char* label) {
    const float width = FlowRow::ButtonWidth(label);
    ImGui::SameLine();
    const float room = ImGui::GetContentRegionAvail().x;
    if (room >= width)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
    else
        ImGui::NewLine();
}

bool CompactLayout() {
    constexpr float kCompactBelowWidth = 600.0f; // a phone is 360 to 430 px wide
    return ImGui::GetMainViewport()->WorkSize.x < kCompactBelowWidth * SizeScale();
}

std::string Plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

namespace {

// Says how much a field holds once its text comes near that, and past it that it will not be
// saved as it is: a button that refused a long text must never be the only word on it.
void SayFieldLimit(const std::string& text, size_t max_bytes) {
    if (text.size() * 5 < max_bytes * 4)
        return;
    const size_t characters = core::CountCharacters(text);
    // The limit is in bytes; in characters it is as many as fit, which the text shows.
    size_t fitting_bytes = std::min(max_bytes, text.size());
    while (fitting_bytes > 0 && fitting_bytes < text.size() &&
           (static_cast<unsigned char>(text[fitting_bytes]) & 0xC0) == 0x80)
        --fitting_bytes;
    const size_t fitting = core::CountCharacters(std::string_view(text).substr(0, fitting_bytes));
    if (text.size() <= max_bytes) {
        MutedParagraph(std::to_string(characters) + " characters; this field holds about " +
                       std::to_string(characters + (max_bytes - text.size())) + ".");
        return;
    }
    ErrorParagraph("Too long to save: " + std::to_string(characters - fitting) +
                       " characters over what this field " + "holds (" + std::to_string(fitting) +
                       "). Shorten it to save; your text stays here meanwhile.",
                   Role::Alert);
}

} // namespace

bool TextField(const char* label, const char* id, std::string& text, const char* hint, float width,
               const std::string& accessible_name, size_t max_bytes) {
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    // Fixed widths (a date, minutes) grow with the text size, up to the column's width.
    ImGui::SetNextItemWidth(std::min(width * SizeScale(), ImGui::CalcItemWidth()));
    // Text typed into the mirrored field (keyboard or screen reader users) replaces ours.
    const ImGuiID item_id = ImGui::GetID(id);
    bool edited = false;
    if (std::optional<std::string> mirrored = TakeItemText(item_id)) {
        if (ImGui::GetActiveID() == item_id)
            ImGui::ClearActiveID(); // an active field keeps its own copy of the text
        edited = *mirrored != text;
        text = std::move(*mirrored);
    }
    AnnotateNextItem(Role::TextField, accessible_name.empty() ? label : accessible_name);
    edited |= ImGui::InputTextWithHint(id, hint, &text);
    RecordLastItemValue(text);
    RecordLastItemHint(hint);
    SayFieldLimit(text, max_bytes);
    return edited;
}

void ProgramProgressBar(int current_day, int total_days) {
    const Palette& palette = GetPalette();
    const float width = ImGui::CalcItemWidth();
    const float height = 14.0f;
    const float gap = 2.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cell =
        (width - gap * static_cast<float>(total_days - 1)) / static_cast<float>(total_days);
    for (int day = 1; day <= total_days; ++day) {
        const float x = origin.x + static_cast<float>(day - 1) * (cell + gap);
        ImVec4 color = palette.phase[static_cast<int>(core::PhaseForDay(day))];
        if (day > current_day)
            color.w = 0.25f;
        draw->AddRectFilled(ImVec2(x, origin.y), ImVec2(x + cell, origin.y + height),
                            ImGui::GetColorU32(color), 3.0f);
        if (day == current_day)
            draw->AddRect(ImVec2(x - 2, origin.y - 2), ImVec2(x + cell + 2, origin.y + height + 2),
                          ImGui::GetColorU32(palette.text), 4.0f, 0, 2.0f);
    }
    ImGui::Dummy(ImVec2(width, height));
    RecordLastItemAsText(Role::Progress, "Day " + std::to_string(current_day) + " of " +
                                             std::to_string(total_days));
}

} // namespace leeway::ui
