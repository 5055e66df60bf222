// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/neutrality/OffsetCredit.h"

using namespace cnms::neutrality;

TEST(SerialRange, ParsesSingleSerialsAndBothBlockForms) {
    auto single = SerialRange::parse("CCER-2021-000123");
    ASSERT_TRUE(single);
    EXPECT_EQ(single->prefix, "CCER-2021-");
    EXPECT_EQ(single->first, 123u);
    EXPECT_EQ(single->count(), 1u);

    auto twoSerials = SerialRange::parse("CCER-2021-000001 ~ CCER-2021-000500");
    ASSERT_TRUE(twoSerials);
    EXPECT_EQ(twoSerials->first, 1u);
    EXPECT_EQ(twoSerials->last, 500u);
    EXPECT_EQ(twoSerials->count(), 500u);

    auto shortEnd = SerialRange::parse("VCS-1192-000001..000500");
    ASSERT_TRUE(shortEnd);
    EXPECT_EQ(shortEnd->prefix, "VCS-1192-");
    EXPECT_EQ(shortEnd->last, 500u);

    auto dashBlock = SerialRange::parse("vcs-1192-000001-000500");
    ASSERT_TRUE(dashBlock);
    EXPECT_EQ(dashBlock->prefix, "VCS-1192-");
    EXPECT_EQ(dashBlock->count(), 500u);
}

TEST(SerialRange, RefusesBackwardsBlocksAndMismatchedPrefixes) {
    EXPECT_FALSE(SerialRange::parse("A-000500 ~ A-000001"));
    EXPECT_FALSE(SerialRange::parse("A-000001 ~ B-000500"));
    EXPECT_FALSE(SerialRange::parse("  "));
}

TEST(SerialRange, OverlapNeedsTheSamePrefixAndIntersectingNumbers) {
    auto a = *SerialRange::parse("GS-7-000001~GS-7-000100");
    EXPECT_TRUE(a.overlaps(*SerialRange::parse("GS-7-000100~GS-7-000200")));  // touches at 100
    EXPECT_FALSE(a.overlaps(*SerialRange::parse("GS-7-000101~GS-7-000200")));
    EXPECT_FALSE(a.overlaps(*SerialRange::parse("GS-8-000050")));
    EXPECT_TRUE(SerialRange::parse("ABC")->overlaps(*SerialRange::parse(" abc ")));
}

TEST(Registry, RecognisesUsualNames) {
    EXPECT_EQ(recogniseRegistry("Verra").key, "VCS");
    EXPECT_EQ(recogniseRegistry(" verified carbon standard ").key, "VCS");
    EXPECT_EQ(recogniseRegistry("Gold Standard").key, "GS");
    EXPECT_EQ(recogniseRegistry("国家核证自愿减排量").key, "CCER");
    EXPECT_EQ(recogniseRegistry("cer").key, "CDM");
    EXPECT_FALSE(recogniseRegistry("I-REC").isOffsetProgramme);
    EXPECT_FALSE(recogniseRegistry("绿证").isOffsetProgramme);
    EXPECT_EQ(recogniseRegistry("Puro.earth").key, "PURO.EARTH");
}

TEST(OffsetCredit, DoubleCountingIsFoundAcrossRegistryAliases) {
    OffsetCredit first{1, "Verra", "1192", "Wind", CreditType::Avoidance, 2021, "VCS-1192-000001~VCS-1192-001000",
                       1000, CreditStatus::Retired, "2025-03-01", "", ""};
    OffsetCredit second = first;
    second.id = 0;
    second.registry = "VCS";
    second.serial = "VCS-1192-000900~VCS-1192-001200";
    auto earlier = findDoubleCounted(second, {first});
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->id, 1);
    second.registry = "Gold Standard";
    EXPECT_FALSE(findDoubleCounted(second, {first}));
}

TEST(OffsetCredit, ValidationNamesEveryField) {
    OffsetCredit c;
    c.registry = "GEC";
    c.vintage = 1800;
    c.quantityTco2e = -5;
    c.status = CreditStatus::Retired;
    auto issues = validate(c);
    auto has = [&](const std::string& field, const std::string& code) {
        for (const auto& i : issues)
            if (i.field == field && i.code == code) return true;
        return false;
    };
    EXPECT_TRUE(has("registry", "not_an_offset"));
    EXPECT_TRUE(has("serial", "required"));
    EXPECT_TRUE(has("vintage", "out_of_range"));
    EXPECT_TRUE(has("quantity_tco2e", "must_be_positive"));
    EXPECT_TRUE(has("retirement_date", "required"));
}
