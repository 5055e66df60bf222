// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/neutrality/ReductionMeasure.h"
#include "cnms/neutrality/Target.h"

using namespace cnms::neutrality;

namespace {
bool has(const std::vector<cnms::FieldIssue>& issues, const std::string& field, const std::string& code) {
    for (const auto& i : issues)
        if (i.field == field && i.code == code) return true;
    return false;
}
}  // namespace

TEST(ReductionMeasure, StatusMovesForwardOneStepOrIsCancelled) {
    EXPECT_TRUE(canMove(MeasureStatus::Idea, MeasureStatus::Planned));
    EXPECT_TRUE(canMove(MeasureStatus::Implementing, MeasureStatus::Done));
    EXPECT_FALSE(canMove(MeasureStatus::Idea, MeasureStatus::Done));       // no skipping
    EXPECT_FALSE(canMove(MeasureStatus::Planned, MeasureStatus::Idea));    // no going back
    EXPECT_TRUE(canMove(MeasureStatus::Planned, MeasureStatus::Cancelled));
    EXPECT_FALSE(canMove(MeasureStatus::Done, MeasureStatus::Cancelled));
    EXPECT_FALSE(canMove(MeasureStatus::Cancelled, MeasureStatus::Planned));
}

TEST(ReductionMeasure, ValidationNamesEveryField) {
    ReductionMeasure m;
    m.startDate = "2025-02-30";
    m.capex = -1;
    m.lifetimeYears = 0;
    m.realisedAnnualTco2e = 10;
    auto issues = validate(m);
    EXPECT_TRUE(has(issues, "title", "required"));
    EXPECT_TRUE(has(issues, "start_date", "date_invalid"));
    EXPECT_TRUE(has(issues, "capex", "must_not_be_negative"));
    EXPECT_TRUE(has(issues, "lifetime_years", "out_of_range"));
    EXPECT_TRUE(has(issues, "realised_annual_tco2e", "only_when_done"));
    EXPECT_EQ(measureTypeFromString("fuel_switch"), MeasureType::FuelSwitch);
    EXPECT_EQ(measureStatusFromString(toString(MeasureStatus::Implementing)), MeasureStatus::Implementing);
}

TEST(Target, ValidationChecksYearsCoverageAndMilestones) {
    Target t;
    t.name = "2030 目标";
    t.baseYear = 2020;
    t.baseValue = 1e6;
    t.targetYear = 2030;
    t.reductionPct = 30;
    EXPECT_TRUE(has(validate(t), "scopes", "required"));
    t.scopes = {1, 2};
    EXPECT_TRUE(validate(t).empty());
    t.milestones = {{2025, 15}, {2031, 10}};
    EXPECT_TRUE(has(validate(t), "milestones", "out_of_range"));
    t.milestones = {{2025, 15}};
    t.kind = TargetKind::Intensity;
    EXPECT_TRUE(has(validate(t), "intensity_unit", "required"));
    t.intensityUnit = "t 熟料";
    t.targetYear = 2019;
    EXPECT_TRUE(has(validate(t), "target_year", "before_base"));
}
