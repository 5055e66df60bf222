// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "TempDir.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/dashboard/DashboardSummary.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/Today.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::dashboard;

namespace {

class DemoDashboard : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new test::TempDir;
        store = storage::createProject(dir->file("demo.cnms"), demo::organization()).release();
        demo::populate(*store);
        today = records::SystemToday().date();  // the demo's dates are relative to the day it is made
        summary = new DashboardSummary(summarize(*store, today));
    }
    static void TearDownTestSuite() {
        delete summary;
        delete store;
        delete dir;
    }
    static inline test::TempDir* dir = nullptr;
    static inline ProjectStore* store = nullptr;
    static inline std::string today;
    static inline DashboardSummary* summary = nullptr;
};

}  // namespace

TEST_F(DemoDashboard, EmissionsOfTheLatestYearAgainstTheYearBefore) {
    // The demo holds activity data for 2023 (base year) and 2024 (DemoInventory.cpp).
    ASSERT_EQ(summary->years.size(), 2u);
    EXPECT_EQ(summary->years[0].year, 2023);
    EXPECT_EQ(summary->years[1].year, 2024);
    accounting::InventoryService inventories(*store);
    const auto i23 = inventories.inventory(2023), i24 = inventories.inventory(2024);
    ASSERT_TRUE(summary->emissions);
    EXPECT_EQ(summary->emissions->year, 2024);
    EXPECT_DOUBLE_EQ(summary->emissions->totalTco2e, i24.totalTco2e);
    EXPECT_EQ(summary->emissions->previousYear, 2023);
    EXPECT_DOUBLE_EQ(*summary->emissions->previousTotalTco2e, i23.totalTco2e);
    // Every demo line of 2024 is at most its 2023 quantity (change2024 ≤ 0), and the process,
    // coal and electricity lines fall by 2-22 %: the total falls, by less than 22 %.
    ASSERT_TRUE(summary->emissions->changePct);
    EXPECT_NEAR(*summary->emissions->changePct, (i24.totalTco2e - i23.totalTco2e) / i23.totalTco2e * 100.0, 1e-9);
    EXPECT_LT(*summary->emissions->changePct, 0.0);
    EXPECT_GT(*summary->emissions->changePct, -22.0);
    // Scope shares sum to 100 %; a clinker plant is dominated by scope 1 (process CO2 and coal).
    ASSERT_TRUE(summary->scopeSharesPct);
    const auto& shares = *summary->scopeSharesPct;
    EXPECT_NEAR(shares[0] + shares[1] + shares[2], 100.0, 1e-9);
    EXPECT_NEAR(shares[0], i24.scopeTco2e(1) / i24.totalTco2e * 100.0, 1e-9);
    EXPECT_GT(shares[0], 80.0);
}

TEST_F(DemoDashboard, TheTargetTrajectoryIsTheStraightLineFromTheBaseYear) {
    // Demo target: scopes 1+2, base 2023 = round(scope 1 + scope 2 of 2023), −20 % by 2030.
    // Hand calculation: trajectory(2024) = base × (1 − 0.20 × (2024 − 2023) / (2030 − 2023)) = base × 0.971428...
    accounting::InventoryService inventories(*store);
    const auto i23 = inventories.inventory(2023), i24 = inventories.inventory(2024);
    const double base = std::round(i23.scopeTco2e(1) + i23.scopeTco2e(2));
    ASSERT_TRUE(summary->target);
    EXPECT_EQ(summary->target->coverage, "scope 1+2");
    EXPECT_EQ(summary->target->baseYear, 2023);
    EXPECT_DOUBLE_EQ(summary->target->baseValueTco2e, base);
    EXPECT_EQ(summary->target->targetYear, 2030);
    EXPECT_EQ(summary->target->neutralityYear, 2060);
    EXPECT_NEAR(summary->target->trajectoryTco2e, base * (1.0 - 0.20 / 7.0), 1e-6);
    EXPECT_NEAR(summary->target->actualTco2e, i24.scopeTco2e(1) + i24.scopeTco2e(2), 1e-6);
    EXPECT_EQ(summary->target->onTrack, summary->target->actualTco2e <= summary->target->trajectoryTco2e);
    // The base year sits on the line at the base value.
    ASSERT_TRUE(summary->years[0].trajectoryTco2e);
    EXPECT_DOUBLE_EQ(*summary->years[0].trajectoryTco2e, base);
}

TEST_F(DemoDashboard, NetEmissionsCountOnlyTheCreditsThatQualifyForTheYear) {
    // Claim 2024 with `cnms neutrality` defaults: vintages 2019-2024, retired by 2025-06-30.
    // Demo credits: CCER 2023 1 500 t retired 2025-03-18 (counts), VCS 2022 800 t retired
    // 2025-04-02 (counts), Gold Standard 200 t still active (not retired), CDM 2014 150 t
    // (vintage out of range). Counted = 1 500 + 800 = 2 300 t.
    ASSERT_TRUE(summary->neutrality);
    EXPECT_EQ(summary->neutrality->year, 2024);
    EXPECT_DOUBLE_EQ(summary->neutrality->creditsCountedTco2e, 2300.0);
    EXPECT_EQ(summary->neutrality->creditsRefused, 2);
    EXPECT_NEAR(summary->neutrality->netTco2e, summary->emissions->totalTco2e - 2300.0, 1e-6);
    EXPECT_FALSE(summary->neutrality->carbonNeutral);
    EXPECT_EQ(summary->neutrality->checklistItems, 5);
}

TEST_F(DemoDashboard, FollowUpCountsTheDemoAuditsStory) {
    // AuditDemo.cpp: five nonconformities (three from audit 1, one from audit 2, one from the
    // compliance evaluation); the activity-data one is closed → 4 open. Actions: two implemented
    // (data, credits), two open for the meter NC: one due Dec 31 of last year (overdue), one due
    // in 60 days; DemoReview.cpp: last year's held review decided two actions, one implemented, one due
    // Dec 31 of last year and still open → 3 open, 2 overdue, and the meter NC is the one overdue NC.
    EXPECT_EQ(summary->followUp.openNonconformities, 4);
    EXPECT_EQ(summary->followUp.overdueNonconformities, 1);
    EXPECT_EQ(summary->followUp.openActions, 3);
    EXPECT_EQ(summary->followUp.overdueActions, 2);
}

TEST_F(DemoDashboard, NextAuditAndCalibrationsDue) {
    // The special audit is planned to start 30 days after the demo is made.
    ASSERT_TRUE(summary->nextAudit);
    EXPECT_EQ(summary->nextAudit->daysUntil, 30);
    EXPECT_EQ(summary->nextAudit->startDate, *records::dates::addDays(today, 30));
    EXPECT_FALSE(summary->nextAudit->inProgress);
    // Four instruments in use; the kiln-coal belt scale is 12 days overdue on purpose; the others
    // are due in 140, 200 and 300 days (none within 30).
    ASSERT_TRUE(summary->calibration);
    EXPECT_EQ(summary->calibration->instruments, 4);
    EXPECT_EQ(summary->calibration->overdue, 1);
    EXPECT_EQ(summary->calibration->dueSoon, 0);
    EXPECT_EQ(summary->calibration->nextDueDate, *records::dates::addDays(today, -12));
    EXPECT_EQ(summary->calibration->nextInstrument, "入窑煤皮带秤 ICS-20");
}

TEST_F(DemoDashboard, ReadinessIsTheNavigatorsFigure) {
    const auto report = records::projectReadiness(*store).evaluate(today);
    EXPECT_DOUBLE_EQ(summary->readiness.percent, report.percent);
    EXPECT_EQ(summary->readiness.met, report.met);
    EXPECT_EQ(summary->readiness.leafClauses, static_cast<int>(report.clauses.size()));
    EXPECT_FALSE(summary->isEmpty());
}

TEST(EmptyDashboard, SaysWhatToDoFirstInsteadOfZeros) {
    test::TempDir dir;
    Organization org;
    org.name = "新建公司";
    auto store = storage::createProject(dir.file("new.cnms"), org);
    const auto s = summarize(*store, "2026-03-01");
    EXPECT_TRUE(s.isEmpty());
    EXPECT_TRUE(s.years.empty());
    EXPECT_FALSE(s.emissions);
    EXPECT_FALSE(s.scopeSharesPct);
    EXPECT_FALSE(s.target);
    EXPECT_FALSE(s.neutrality);
    EXPECT_FALSE(s.nextAudit);
    EXPECT_FALSE(s.calibration);
    EXPECT_DOUBLE_EQ(s.readiness.percent, 0.0);
    // The profile and the sites come first, then the catalogue's other gaps.
    ASSERT_GE(s.firstSteps.size(), 3u);
    EXPECT_EQ(s.firstSteps[0].recordType, "organization");
    EXPECT_EQ(s.firstSteps[1].recordType, "site");
    std::vector<std::string> types;
    for (const auto& step : s.firstSteps) types.push_back(step.recordType);
    EXPECT_EQ(std::set<std::string>(types.begin(), types.end()).size(), types.size());  // each type once
}
