// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/core/Identifiers.h"

using namespace cnms;

// The example code printed in GB 32100-2015 (Annex) and widely quoted: 91350100M000100Y43.
TEST(CreditCode, AcceptsTheStandardsOwnExample) {
    EXPECT_TRUE(credit_code::isValid("91350100M000100Y43"));
    EXPECT_EQ(credit_code::checkCharacter("91350100M000100Y4"), '3');
}

// Hand calculation: weights 3^i mod 31 = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28;
// for "91110000100000000" the weighted sum is 9*1+1*3+1*9+1*27+1*20 = 68; 68 mod 31 = 6;
// 31 - 6 = 25, and character 25 of 0-9A-HJ-NP-RT-UW-Y is 'R'.
TEST(CreditCode, ComputesTheCheckCharacterByHand) {
    EXPECT_EQ(credit_code::checkCharacter("91110000100000000"), 'R');
    EXPECT_TRUE(credit_code::isValid("91110000100000000R"));
}

TEST(CreditCode, RefusesAWrongCheckCharacter) {
    EXPECT_FALSE(credit_code::isValid("91350100M000100Y44"));
    EXPECT_NE(credit_code::problem("91350100M000100Y44").find("expected '3'"), std::string::npos);
}

TEST(CreditCode, RefusesWrongLengthAndForbiddenLetters) {
    EXPECT_NE(credit_code::problem("9135").find("18 characters"), std::string::npos);
    EXPECT_NE(credit_code::problem("91350100I000100Y43").find("not allowed"), std::string::npos);
    EXPECT_FALSE(credit_code::isValid("91350100m000100Y43"));  // lower case is not part of the alphabet
}

TEST(IndustryCode, AcceptsSectionDivisionGroupAndClass) {
    for (auto code : {"C", "C30", "C301", "C3011", "D4411"}) EXPECT_TRUE(industry_code::isValid(code)) << code;
}

TEST(IndustryCode, RefusesMalformedCodes) {
    for (auto code : {"", "Z30", "C3", "C30111", "c3011", "C30A"}) EXPECT_FALSE(industry_code::isValid(code)) << code;
}
