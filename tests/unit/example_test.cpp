#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "core/autonomy_map.h"
#include "core/backup.h"
#include "core/check_in.h"
#include "core/example.h"
#include "core/guidance.h"
#include "core/history.h"
#include "core/next_step.h"
#include "core/program.h"

using namespace leeway::core;

namespace {

constexpr ExampleSet kAllExampleSets[kExampleSetCount] = {
    ExampleSet::SoftwareDelivery, ExampleSet::HealthAndCare, ExampleSet::PublicService};

// Each set's example is assets/example/<key>.json, the same file the app compiles in.
std::string ReadExample(ExampleSet set) {
    const std::string path = std::string(LEEWAY_EXAMPLE_DIR) + "/" + ExampleSetKey(set) + ".json";
    std::ifstream file(path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "missing " << path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("every example workbook is a current, canonical backup") {
    for (const ExampleSet set : kAllExampleSets) {
        CAPTURE(ExampleSetKey(set));
        const std::string text = ReadExample(set);
        const ImportResult imported = ImportBackup(text);
        REQUIRE_MESSAGE(imported.ok(), DescribeProblems(imported.problems));
        CHECK(imported.info.schema_version == kBackupSchemaVersion);
        CHECK(ExportBackup(*imported.workbook, imported.info) == text);
    }
}

TEST_CASE("example sets: names for people, keys for storage, each with its own story") {
    std::vector<std::string> challenges;
    for (const ExampleSet set : kAllExampleSets) {
        CHECK(ParseExampleSetKey(ExampleSetKey(set)) == set);
        CHECK(std::string(ExampleSetName(set)).size() > 3);
        const std::optional<Workbook> example = PrepareExample(ReadExample(set), {2026, 11, 26});
        REQUIRE(example);
        for (const std::string& other : challenges)
            CHECK(example->program->challenge != other);
        challenges.push_back(example->program->challenge);
    }
    CHECK_FALSE(ParseExampleSetKey("").has_value());
    CHECK_FALSE(ParseExampleSetKey("Software delivery").has_value());
}

TEST_CASE("every example opens on day 24 of a running program, whatever today is") {
    for (const ExampleSet set : kAllExampleSets) {
        CAPTURE(ExampleSetKey(set));
        const std::string text = ReadExample(set);
        for (const Date today : {Date{2026, 11, 26}, Date{2027, 3, 28}, Date{2030, 1, 1}}) {
            const std::optional<Workbook> example = PrepareExample(text, today);
            REQUIRE(example);
            const ProgramDay day = ComputeProgramDay(*example->program, today);
            CHECK(day.status == ProgramStatus::Running);
            CHECK(day.day == kExampleDay);
            CHECK(day.phase == Phase::InfluenceTrial);
            // Nothing is dated after today.
            CHECK(DaysBetween(example->program->check_ins.back().date, today) >= 0);
            CHECK(DaysBetween(example->map.ratings.back().date, today) >= 0);
            CHECK(DaysBetween(example->stability.back().date, today) ==
                  1); // checked yesterday: not due
            CHECK_FALSE(CheckStability(example->stability, today).due);
        }
    }
}

TEST_CASE("every example fills in every part of the program") {
    for (const ExampleSet set : kAllExampleSets) {
        CAPTURE(ExampleSetKey(set));
        const std::optional<Workbook> example = PrepareExample(ReadExample(set), {2026, 11, 26});
        REQUIRE(example);
        const Program& program = *example->program;
        CHECK_FALSE(program.clarity.scope.empty());
        CHECK(program.clarity.blockers.size() >= 3);
        CHECK(TallyRequests(program.clarity).avoidable_noise >= 2);
        CHECK(TallyRequests(program.clarity).needed >= 2);
        CHECK(program.clarity.constraint.outcome != AskOutcome::NotAskedYet);
        CHECK_FALSE(program.responsibility.owned_area.empty());
        REQUIRE(program.responsibility.metric);
        CHECK(program.responsibility.measurements.size() >= 5);
        CHECK(program.responsibility.reports.size() >= 3);
        CHECK_FALSE(program.influence.proposal.empty());
        CHECK(program.influence.peer.received_on);
        CHECK(program.influence.manager.asked_on);
        CHECK_FALSE(program.pauses.empty());
        const Consistency consistency = ComputeConsistency(program, {2026, 11, 26});
        CHECK(consistency.days_checked_in >= 18);
        for (Freedom freedom : kAllFreedoms)
            CHECK(LatestRating(example->map, freedom));
        const LedgerTally tally = TallyLedger(example->map);
        CHECK(tally.permissions >= 1);
        CHECK(tally.extensions >= 1);
        CHECK(tally.pull_backs >= 1);
        REQUIRE(example->history.size() >= 1);
        CHECK(SummarizeProgram(example->history[0].program, example->history[0].finished_on)
                  .target_reached);
    }
}

TEST_CASE("a broken example document is refused rather than shown") {
    CHECK_FALSE(PrepareExample("{}", {2026, 11, 26}));
    CHECK_FALSE(PrepareExample(ExportBackup(Workbook{}, {"0", "x"}), {2026, 11, 26}));
}
