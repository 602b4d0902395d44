#pragma once
// Today's suggested step: the first thing of the current phase that is still undone, read from
// what the user has written, so the program never asks for something already there.

#include <string>

#include "core/workbook.h"

namespace leeway::core {

// Where the step is done.
enum class StepPlace { Today, Map, Clarity, Responsibility, Influence };

struct SuggestedStep {
    StepPlace place = StepPlace::Today;
    std::string text;
};

SuggestedStep SuggestStep(const Workbook& workbook, const Date& today);

} // namespace leeway::core
