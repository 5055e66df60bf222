// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/accounting/ActivityEditor.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::accounting;

namespace {

class ActivityEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "编辑测试";
        store = storage::createProject(dir.file("p.cnms"), org);
        SiteService sites(*store);
        sites.addSite({0, "CLK", "熟料厂", "浙江", "", 100});
        sites.addSite({0, "HQ", "总部", "浙江", "", 100});
        test::writeFile(dir.file("in.csv"),
                        "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n"
                        "D-1,CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t\n"
                        "E-1,HQ,2024-02-01,2024-02-29,purchased_electricity,cn_2023_avg,100,MWh\n");
        import::importActivities(*store, dir.file("in.csv"));
        store->activities().forEachInYear(2024, [&](ActivityId id, const ActivityRecord& r) {
            (r.recordId == "D-1" ? diesel : electricity) = id;
        });
    }
    double total() { return InventoryService(*store).inventory(2024).totalTco2e; }
    ActivityRecord record(ActivityId id) { return *store->activities().find(id); }

    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
    ActivityId diesel = 0, electricity = 0;
};

bool hasIssue(const std::vector<FieldIssue>& issues, const std::string& field) {
    for (const auto& i : issues)
        if (i.field == field) return true;
    return false;
}

}  // namespace

// Hand calculation (GB/T 32150 formula; resources/factors fuels_cn.csv diesel: NCV 42.652 GJ/t,
// 20.2 tC/TJ, 98 %; grid_factors_cn.csv cn_2023_avg 0.5306 tCO2/MWh):
// before: 10 t diesel = 10 × 42.652 × 20.2 / 1000 × 0.98 × 44/12 = 30.95914 tCO2, + 53.06 = 84.01914;
// after the correction to 20 t: 61.91829 + 53.06 = 114.97829 tCO2e.
TEST_F(ActivityEditorTest, ACorrectionRecalculatesTheYearAndKeepsTheOldValueInTheLog) {
    EXPECT_NEAR(total(), 84.01914, 1e-4);
    auto edited = record(diesel);
    edited.quantity = 20;
    ActivityEditor(*store).update(diesel, edited);
    EXPECT_NEAR(total(), 114.97829, 1e-4);
    EXPECT_DOUBLE_EQ(record(diesel).quantity, 20);
    auto log = store->changeLog().recent(5);
    bool found = false;
    for (const auto& e : log)
        if (e.action == "update" && e.oldValue.find("10") != std::string::npos && e.newValue.find("20") != std::string::npos)
            found = true;
    EXPECT_TRUE(found) << "the change log keeps the old quantity and the new one";
}

TEST_F(ActivityEditorTest, AnEditThatCannotBeCalculatedIsRefusedAndNothingChanges) {
    auto edited = record(diesel);
    edited.unit = "tkm";  // a distance-mass unit cannot weigh a fuel
    edited.site = "NOPE";
    ActivityEditor editor(*store);
    auto issues = editor.check(diesel, edited);
    std::string all;
    for (const auto& i : issues) all += i.field + ": " + i.message + "\n";
    EXPECT_TRUE(hasIssue(issues, "site")) << all;
    EXPECT_TRUE(hasIssue(issues, "unit")) << all;
    EXPECT_THROW(editor.update(diesel, edited), ValidationError);
    EXPECT_EQ(record(diesel).unit, "t");
    EXPECT_NEAR(total(), 84.01914, 1e-4);
}

TEST_F(ActivityEditorTest, ARecordIdStaysUniqueInItsYear) {
    auto edited = record(diesel);
    edited.recordId = "E-1";
    EXPECT_TRUE(hasIssue(ActivityEditor(*store).check(diesel, edited), "record_id"));
    edited.recordId = "D-1";  // its own id is fine
    EXPECT_TRUE(ActivityEditor(*store).check(diesel, edited).empty());
}

TEST_F(ActivityEditorTest, DeletingARecordTakesItOutOfTheInventory) {
    ActivityEditor(*store).remove(diesel);
    EXPECT_NEAR(total(), 53.06, 1e-9);
    EXPECT_THROW(ActivityEditor(*store).remove(diesel), NotFoundError);
}
