#include <doctest/doctest.h>

#include <algorithm>

#include "core/generations.h"

using namespace leeway::core;

namespace {

std::vector<int64_t> Kept(const std::vector<Generation>& all, const GenerationPolicy& policy) {
    const std::vector<int64_t> drop = GenerationsToDrop(all, policy);
    std::vector<int64_t> kept;
    for (const Generation& generation : all)
        if (std::find(drop.begin(), drop.end(), generation.sequence) == drop.end())
            kept.push_back(generation.sequence);
    return kept;
}

} // namespace

TEST_CASE("few generations are all kept") {
    const std::vector<Generation> all = {
        {1, {2026, 11, 26}}, {2, {2026, 11, 26}}, {3, {2026, 11, 27}}};
    CHECK(GenerationsToDrop(all).empty());
}

TEST_CASE("the newest saves and the last save of each recent day are kept") {
    // Ten saves a day for ten days: sequences 1..100, day d holds 10d-9 .. 10d.
    std::vector<Generation> all;
    for (int day = 1; day <= 10; ++day)
        for (int save = 1; save <= 10; ++save)
            all.push_back({(day - 1) * 10 + save, {2026, 11, day}});
    const std::vector<int64_t> kept = Kept(all, GenerationPolicy{4, 3});
    // The 4 newest (97..100) cover day 10; days 9 and 8 keep their last save.
    CHECK(kept == std::vector<int64_t>{80, 90, 97, 98, 99, 100});
}

TEST_CASE("input order does not matter and nothing is dropped twice") {
    std::vector<Generation> all;
    for (int sequence = 30; sequence >= 1; --sequence)
        all.push_back({sequence, {2026, 11, 1 + sequence / 5}});
    const std::vector<int64_t> drop = GenerationsToDrop(all, GenerationPolicy{5, 3});
    std::vector<int64_t> sorted = drop;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    // The 5 newest (26..30) cover days 7 and 6; the third day, 5, keeps its last save (24).
    CHECK(all.size() - drop.size() == 6);
    CHECK(std::find(drop.begin(), drop.end(), 24) == drop.end());
    CHECK(std::find(drop.begin(), drop.end(), 23) != drop.end());
}
