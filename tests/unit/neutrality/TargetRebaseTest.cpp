// SPDX-License-Identifier: MIT
// Base-year recalculation moves the base value of the targets using that base year, with a dated
// note (issue 4, "Base-year recalculation (from the inventory) moves the target's base value").
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/neutrality/TargetRebase.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::neutrality;

namespace {

accounting::Inventory inventoryOf(int year, double s1, double s2, double s3, std::array<double, 6> categories = {}) {
    accounting::Inventory inv;
    inv.year = year;
    inv.byScopeTco2e = {s1, s2, s3};
    inv.byIsoCategoryTco2e = categories;
    inv.totalTco2e = s1 + s2 + s3;
    return inv;
}

Target absoluteTarget(int baseYear, double baseValue, std::vector<int> scopes) {
    Target t;
    t.id = 7;
    t.name = "2030 -20 %";
    t.scopes = std::move(scopes);
    t.baseYear = baseYear;
    t.baseValue = baseValue;
    t.targetYear = 2030;
    t.reductionPct = 20;
    t.baseNote = "from the 2023 inventory";
    return t;
}

}  // namespace

TEST(TargetRebaseTest, BaseValueIsTheSumOfTheCoveredScopesOrCategories) {
    auto inv = inventoryOf(2023, 800'000, 60'000, 20'000, {800'000, 60'000, 5'000, 15'000, 0, 0});
    EXPECT_DOUBLE_EQ(*inventoryBaseValue(absoluteTarget(2023, 0, {1, 2}), inv), 860'000);
    EXPECT_DOUBLE_EQ(*inventoryBaseValue(absoluteTarget(2023, 0, {1, 2, 3}), inv), 880'000);
    auto byCategory = absoluteTarget(2023, 0, {});
    byCategory.categories = {1, 4};
    EXPECT_DOUBLE_EQ(*inventoryBaseValue(byCategory, inv), 815'000);
    auto intensity = absoluteTarget(2023, 0.8, {1, 2});
    intensity.kind = TargetKind::Intensity;
    EXPECT_FALSE(inventoryBaseValue(intensity, inv));  // its denominator is not in the inventory
}

TEST(TargetRebaseTest, MovesTheTargetsOfThatBaseYearWithADatedNote) {
    // An acquisition adds 43,000 t to scope 1 of 2023: 860,000 → 903,000 tCO2e.
    auto inv = inventoryOf(2023, 843'000, 60'000, 0);
    std::vector<Target> targets{absoluteTarget(2023, 860'000, {1, 2}), absoluteTarget(2022, 850'000, {1, 2})};
    targets[1].id = 8;
    auto moved = planTargetRebase(targets, inv, "2026-11-25", "acquisition of the Jiande grinding plant");
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0].before.id, 7);
    EXPECT_DOUBLE_EQ(moved[0].after.baseValue, 903'000);
    EXPECT_EQ(moved[0].after.baseNote,
              "from the 2023 inventory\n2026-11-25: base value 860000.000 → 903000.000 tCO2e after the base year "
              "2023 was recalculated (acquisition of the Jiande grinding plant)");
    // The target value follows: −20 % of the new base.
    EXPECT_DOUBLE_EQ(moved[0].after.line().targetValue(), 722'400);
}

TEST(TargetRebaseTest, LeavesAloneWhatMovesLessThanHalfATonne) {
    auto inv = inventoryOf(2023, 860'000.3, 0, 0);
    EXPECT_TRUE(planTargetRebase({absoluteTarget(2023, 860'000, {1, 2})}, inv, "2026-11-25", "").empty());
}

TEST(TargetRebaseTest, StoredTargetsFollowTheRecalculatedInventoryInOneLoggedUnitOfWork) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("demo.cnms"), demo::organization());
    demo::populate(*store);
    auto target = store->targets().list().at(0);
    ASSERT_EQ(target.baseYear, 2023);
    // As if the base value had been taken before an error in the 2023 records was corrected.
    const double reported = target.baseValue;
    target.baseValue = reported - 1'000;
    {
        auto work = store->begin("test: stale base value");
        store->targets().update(target);
        work->commit();
    }
    auto moved = rebaseTargets(*store, 2023, "2026-11-25", "error correction");
    ASSERT_EQ(moved.size(), 1u);
    accounting::InventoryService inventory(*store);
    auto inv = inventory.inventory(2023);
    auto stored = store->targets().find(target.id);
    ASSERT_TRUE(stored);
    EXPECT_NEAR(stored->baseValue, inv.scopeTco2e(1) + inv.scopeTco2e(2), 0.001);
    EXPECT_NEAR(stored->baseValue, reported, 0.5);  // the demo recorded the same inventory, rounded
    EXPECT_NE(stored->baseNote.find("2026-11-25: base value"), std::string::npos);
    EXPECT_NE(stored->baseNote.find("(error correction)"), std::string::npos);
    auto log = store->changeLog().recent(1, "target");
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, "update");
    // Nothing left to move: a second run changes nothing.
    EXPECT_TRUE(rebaseTargets(*store, 2023, "2026-11-26", "").empty());
}
