// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/security/PasswordHash.h"

using namespace cnms::security;

TEST(PasswordHashTest, VerifiesTheRightPasswordOnly) {
    auto hash = hashPassword("correct horse 电池");
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;  // libsodium's Argon2id string format
    EXPECT_EQ(hash.find("correct"), std::string::npos);
    EXPECT_TRUE(verifyPassword(hash, "correct horse 电池"));
    EXPECT_FALSE(verifyPassword(hash, "correct horse 电"));
    EXPECT_FALSE(verifyPassword(hash, ""));
}

TEST(PasswordHashTest, SaltsEachHash) {
    auto a = hashPassword("same password");
    auto b = hashPassword("same password");
    EXPECT_NE(a, b);
    EXPECT_TRUE(verifyPassword(a, "same password"));
    EXPECT_TRUE(verifyPassword(b, "same password"));
}

TEST(PasswordHashTest, RefusesEmptyAndMalformedHashes) {
    EXPECT_FALSE(verifyPassword("", "x"));
    EXPECT_FALSE(verifyPassword("$argon2id$garbage", "x"));
    EXPECT_FALSE(verifyPassword(std::string(500, 'a'), "x"));
}
