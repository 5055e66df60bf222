// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/accounting/InventoryDrillDown.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::accounting;

namespace {

class InventoryDrillDownTest : public ::testing::Test {
protected:
    void SetUp() override {
        store = storage::createProject(dir.file("demo.cnms"), demo::organization());
        demo::populate(*store);
        inv = InventoryService(*store).inventory(2024);
    }
    double sumBehind(DrillKey key) {
        double sum = 0;
        for (const auto& r : rowsBehind(inv, key)) sum += r.contributionTco2e;
        return sum;
    }
    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
    Inventory inv;
};

}  // namespace

// Every total of the demo's 2024 inventory is the sum of the rows it opens to: a verifier can go
// from any figure down to the factors without a gap.
TEST_F(InventoryDrillDownTest, EveryTotalIsTheSumOfTheRowsBehindIt) {
    using D = DrillKey::Dimension;
    const double tol = inv.totalTco2e * 1e-12;
    EXPECT_NEAR(sumBehind({D::Total, ""}), inv.totalTco2e, tol);
    for (int s = 1; s <= 3; ++s) EXPECT_NEAR(sumBehind({D::Scope, std::to_string(s)}), inv.scopeTco2e(s), tol);
    for (int c = 1; c <= 6; ++c) EXPECT_NEAR(sumBehind({D::IsoCategory, std::to_string(c)}), inv.categoryTco2e(c), tol);
    for (const auto& [gas, v] : inv.byGasTco2e) EXPECT_NEAR(sumBehind({D::Gas, gas}), v, tol) << gas;
    for (const auto& [site, v] : inv.bySiteTco2e) EXPECT_NEAR(sumBehind({D::Site, site}), v, tol) << site;
}

TEST_F(InventoryDrillDownTest, RowsComeLargestFirstAndOnlyFromTheirTotal) {
    auto rows = rowsBehind(inv, {DrillKey::Dimension::Site, "HZ-HQ"});
    ASSERT_FALSE(rows.empty());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].row->site, "HZ-HQ");
        if (i > 0) EXPECT_GE(std::abs(rows[i - 1].contributionTco2e), std::abs(rows[i].contributionTco2e));
    }
    EXPECT_TRUE(rowsBehind(inv, {DrillKey::Dimension::Site, "NO-SUCH"}).empty());
}

// Each row's records, found by recordBelongsTo, are exactly as many as the row says it sums.
TEST_F(InventoryDrillDownTest, EachRowFindsExactlyTheRecordsItSums) {
    std::vector<std::uint32_t> found(inv.rows.size(), 0);
    store->activities().forEachInYear(2024, [&](ActivityId, const ActivityRecord& record) {
        int matches = 0;
        for (std::size_t i = 0; i < inv.rows.size(); ++i)
            if (recordBelongsTo(record, inv.rows[i])) {
                ++found[i];
                ++matches;
            }
        EXPECT_EQ(matches, 1) << record.recordId;
    });
    for (std::size_t i = 0; i < inv.rows.size(); ++i) EXPECT_EQ(found[i], inv.rows[i].recordCount) << inv.rows[i].activity;
}
