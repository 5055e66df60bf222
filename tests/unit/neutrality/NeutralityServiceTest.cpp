// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::neutrality;

class NeutralityServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试公司";
        store = storage::createProject(dir.file("p.cnms"), org);
    }
    static OffsetCredit credit(std::string registry, std::string serial, double qty) {
        return {0, std::move(registry), "P-1", "Wind farm", CreditType::Avoidance, 2023, std::move(serial), qty,
                CreditStatus::Retired, "2025-03-01", "钱塘水泥", "2024"};
    }
    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
};

TEST_F(NeutralityServiceTest, RefusesAnOverlappingSerialNamingTheEarlierRecord) {
    NeutralityService service(*store);
    auto first = service.addCredit(credit("Verra", "VCS-9-000001~VCS-9-000100", 100));
    try {
        service.addCredit(credit("VCS", "VCS-9-000100~VCS-9-000150", 51));
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "duplicate_serial");
        EXPECT_NE(std::string(e.what()).find("#" + std::to_string(first.id)), std::string::npos);
    }
    EXPECT_EQ(store->credits().list().size(), 1u);
    service.addCredit(credit("VCS", "VCS-9-000101~VCS-9-000150", 50));  // adjacent block is fine
    EXPECT_EQ(store->credits().list().size(), 2u);
}

TEST_F(NeutralityServiceTest, CreditsRoundTripAndAreLogged) {
    NeutralityService service(*store);
    auto c = service.addCredit(credit("CCER", "CCER-2023-000001~CCER-2023-000500", 500));
    auto back = store->credits().find(c.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, c);
    c.beneficiary = "浙江钱塘水泥有限公司";
    service.updateCredit(c);
    EXPECT_EQ(store->credits().find(c.id)->beneficiary, "浙江钱塘水泥有限公司");
    EXPECT_EQ(store->changeLog().recent(1, "offset_credit")[0].action, "update");
}

TEST_F(NeutralityServiceTest, MeasuresMoveStatusOneStepAtATime) {
    NeutralityService service(*store);
    ReductionMeasure m;
    m.title = "余热发电";
    m.expectedAnnualTco2e = 9000;
    m = service.addMeasure(m);
    m.status = MeasureStatus::Done;
    EXPECT_THROW(service.updateMeasure(m), RefusedError);
    m.status = MeasureStatus::Planned;
    service.updateMeasure(m);
    EXPECT_EQ(store->measures().find(m.id)->status, MeasureStatus::Planned);
}

TEST_F(NeutralityServiceTest, TargetsPersistWithMilestones) {
    NeutralityService service(*store);
    Target t;
    t.name = "2030 绝对减排";
    t.scopes = {1, 2};
    t.baseYear = 2020;
    t.baseValue = 1e6;
    t.targetYear = 2030;
    t.reductionPct = 30;
    t.milestones = {{2025, 12}};
    t.neutralityYear = 2060;
    t = service.addTarget(t);
    EXPECT_EQ(*store->targets().find(t.id), t);
}

TEST_F(NeutralityServiceTest, ChecklistReportsWhatItFound) {
    NeutralityService service(*store);
    service.addCredit(credit("CCER", "CCER-2023-000001~CCER-2023-000100", 100));
    auto balance = service.evaluate(100, 120, {2024, 2020, 2024, "2025-06-30"});
    EXPECT_TRUE(balance.carbonNeutral);
    auto items = claimChecklist(balance, {}, {true, "3 of 3 sites", false});
    ASSERT_EQ(items.size(), 5u);
    EXPECT_TRUE(items[0].met);
    EXPECT_FALSE(items[1].met);  // no target
    EXPECT_EQ(items[1].evidence, "no reduction target recorded");
    EXPECT_TRUE(items[2].met);   // 20 t below base
    EXPECT_TRUE(items[3].met);
    EXPECT_TRUE(items[4].met);
    EXPECT_NE(items[4].evidence.find("0.0 %"), std::string::npos);
}
