// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/neutrality/AbatementCost.h"
#include "cnms/neutrality/NeutralityEvaluation.h"
#include "cnms/neutrality/TargetTrajectory.h"

using namespace cnms::neutrality;

namespace {
OffsetCredit retired(std::string serial, double qty, int vintage = 2024, std::string date = "2025-03-31") {
    return {0, "CCER", "P1", "Wind", CreditType::Avoidance, vintage, std::move(serial), qty, CreditStatus::Retired,
            std::move(date), "Qiantang Cement", "2024"};
}
const ClaimPeriod kClaim{2024, 2020, 2024, "2025-06-30"};
}  // namespace

TEST(Neutrality, RefusesEachReasonInOrder) {
    std::vector<OffsetCredit> credits = {
        retired("CCER-A-000001~CCER-A-000100", 100),
        retired("CCER-A-000050~CCER-A-000060", 11, 2010),  // duplicate AND old vintage: duplicate wins
        retired("CCER-A-000200", 1, 2019),
        retired("CCER-A-000300", 1),
        retired("CCER-A-000400", 1, 2024, "2025-07-01"),
    };
    credits[3].status = CreditStatus::Active;
    auto b = evaluateNeutrality(200, 0, credits, kClaim);
    ASSERT_EQ(b.refused.size(), 4u);
    EXPECT_EQ(b.refused[0].reason, RefusalReason::DuplicateSerial);
    EXPECT_EQ(b.refused[1].reason, RefusalReason::VintageOutOfRange);
    EXPECT_EQ(b.refused[2].reason, RefusalReason::NotRetired);
    EXPECT_EQ(b.refused[3].reason, RefusalReason::RetiredAfterClaim);
    EXPECT_EQ(toString(b.refused[0].reason), "duplicate_serial");
    EXPECT_DOUBLE_EQ(b.offsetsAcceptedTco2e, 100);
    EXPECT_DOUBLE_EQ(b.netEmissionsTco2e, 100);
    EXPECT_FALSE(b.carbonNeutral);
}

TEST(Neutrality, RetirementOnTheDeadlineCounts) {
    auto b = evaluateNeutrality(5, 0, {retired("X-1~X-5", 5, 2024, "2025-06-30")}, kClaim);
    EXPECT_TRUE(b.refused.empty());
    EXPECT_TRUE(b.carbonNeutral);
}

// Emissions summed as 0.1 + 0.2 t against a 0.3 t credit: an exact balance in decimal, but in
// binary 0.1 + 0.2 = 0.30000000000000004 > 0.3, so a plain "net <= 0" would say not neutral.
TEST(Neutrality, AnExactBalanceCountsDespiteFloatingPointNoise) {
    ASSERT_GT(0.1 + 0.2 - 0.3, 0.0);
    auto b = evaluateNeutrality(0.1 + 0.2, 0, {retired("X-1", 0.3)}, kClaim);
    EXPECT_TRUE(b.carbonNeutral);
    EXPECT_TRUE(isNetZero(1e6, 1e6 - 1e-4));         // 1e-10 relative: noise
    EXPECT_FALSE(isNetZero(1e6, 1e6 - 1e-2));        // 1e-8 relative: a real shortfall
}

TEST(Neutrality, ReductionsAgainstTheBaseYearAndRemovalsShare) {
    auto removal = retired("R-1~R-40", 40);
    removal.type = CreditType::Removal;
    auto b = evaluateNeutrality(100, 130, {retired("A-1~A-60", 60), removal}, kClaim);
    EXPECT_DOUBLE_EQ(b.reductionsTco2e, 30);
    EXPECT_DOUBLE_EQ(b.removalsAcceptedTco2e, 40);
    EXPECT_TRUE(b.carbonNeutral);
    EXPECT_DOUBLE_EQ(evaluateNeutrality(150, 130, {}, kClaim).reductionsTco2e, 0);
}

// Hand calculation (standard annuity formula, e.g. any engineering-economics text):
// r = 8 %, n = 10: (1.08)^10 = 2.158925; CRF = 0.08 × 2.158925 / 1.158925 = 0.149029.
// A waste-heat power unit: capex 12,000,000, opex change −1,500,000/yr, 9,000 tCO2e/yr:
// (12e6 × 0.149029 − 1.5e6) / 9000 = (1,788,352 − 1,500,000) / 9000 = 32.04 per tCO2e.
TEST(AbatementCost, MatchesAHandCalculation) {
    EXPECT_NEAR(capitalRecoveryFactor(0.08, 10), 0.149029, 1e-6);
    EXPECT_NEAR(*abatementCostPerTonne(12e6, -1.5e6, 10, 9000, 0.08), 32.04, 0.01);
    EXPECT_DOUBLE_EQ(capitalRecoveryFactor(0, 4), 0.25);
    EXPECT_FALSE(abatementCostPerTonne(1, 0, 10, 0, 0.08).has_value());
}

TEST(AbatementCost, MaccSortsByCostAndStacksWidths) {
    auto bars = layoutMacc({{"B", 50, 120, 0}, {"A", 30, -40, 0}, {"C", 20, 300, 0}});
    ASSERT_EQ(bars.size(), 3u);
    EXPECT_EQ(bars[0].label, "A");
    EXPECT_DOUBLE_EQ(bars[1].start, 30);
    EXPECT_DOUBLE_EQ(bars[2].start, 80);
}

// Base 2020: 1,000,000 t, −30 % by 2030 → target 700,000 t; the line loses 30,000 t a year,
// so 2024 is 880,000 t on the trajectory.
TEST(TargetTrajectory, IsALinearPathFromBaseToTarget) {
    TargetLine t{2020, 1'000'000, 2030, 30};
    EXPECT_DOUBLE_EQ(t.targetValue(), 700'000);
    EXPECT_DOUBLE_EQ(t.trajectory(2024), 880'000);
    EXPECT_DOUBLE_EQ(t.trajectory(2035), 700'000);
    auto p = progress(t, {{2025, 850'000}, {2024, 900'000}});
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].year, 2024);
    EXPECT_FALSE(p[0].onTrack);  // 900,000 > 880,000
    EXPECT_TRUE(p[1].onTrack);   // 850,000 ≤ 850,000
    EXPECT_NEAR(p[1].achievedPct, 50.0, 1e-9);
}
