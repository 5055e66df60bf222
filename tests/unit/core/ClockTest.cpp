// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/core/Clock.h"
#include "cnms/core/IsoDate.h"

using namespace cnms;

TEST(IsoDate, AcceptsOnlyRealCalendarDaysInTheLongForm) {
    EXPECT_TRUE(iso_date::isValid("2024-02-29"));  // 2024 is a leap year
    EXPECT_FALSE(iso_date::isValid("2023-02-29"));
    EXPECT_FALSE(iso_date::isValid("2025-13-01"));
    EXPECT_FALSE(iso_date::isValid("2025-04-31"));
    EXPECT_FALSE(iso_date::isValid("2025-4-1"));
    EXPECT_FALSE(iso_date::isValid("2025/04/01"));
    EXPECT_FALSE(iso_date::isValid(""));
    EXPECT_FALSE(iso_date::isValid("2025-04-01T00"));
}

TEST(IsoDate, CountsAndMovesDaysAcrossMonthAndYearEnds) {
    EXPECT_EQ(iso_date::addDays("2024-12-31", 1), "2025-01-01");
    EXPECT_EQ(iso_date::addDays("2024-03-01", -1), "2024-02-29");
    EXPECT_EQ(iso_date::daysBetween("2024-01-01", "2025-01-01"), 366);
    EXPECT_EQ(iso_date::daysBetween("2025-01-01", "2024-12-25"), -7);
    EXPECT_EQ(iso_date::year("2026-03-15"), 2026);
    EXPECT_THROW(iso_date::addDays("2023-02-29", 1), std::invalid_argument);
}

TEST(Clock, AFixedClockStandsStillUntilMoved) {
    FixedClock clock("2026-03-15", "08:30:05");
    EXPECT_EQ(clock.today(), "2026-03-15");
    EXPECT_EQ(clock.timestamp(), "2026-03-15T08:30:05Z");
    clock.advanceDays(20);
    EXPECT_EQ(clock.today(), "2026-04-04");
    clock.set("2025-12-31");
    EXPECT_EQ(clock.timestamp(), "2025-12-31T09:00:00Z");
    EXPECT_THROW(FixedClock("2026-02-30"), std::invalid_argument);
    EXPECT_THROW(FixedClock("2026-02-01", "25:00:00"), std::invalid_argument);
}

TEST(Clock, TheSystemClockGivesAValidDate) {
    EXPECT_TRUE(iso_date::isValid(Clock::system().today()));
    EXPECT_EQ(Clock::system().timestamp().size(), 20u);
}
