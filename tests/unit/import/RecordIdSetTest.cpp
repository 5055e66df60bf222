// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <unordered_set>

#include "cnms/import/RecordIdSet.h"

using cnms::import::RecordIdSet;

TEST(RecordIdSetTest, RefusesAnIdItAlreadyHolds) {
    RecordIdSet ids;
    EXPECT_TRUE(ids.insert("A1"));
    EXPECT_TRUE(ids.insert("A2"));
    EXPECT_FALSE(ids.insert("A1"));
    EXPECT_TRUE(ids.contains("A2"));
    EXPECT_FALSE(ids.contains("A3"));
    EXPECT_EQ(ids.size(), 2u);
}

TEST(RecordIdSetTest, PrefetchingChangesNoAnswerEvenOnAnEmptySet) {
    RecordIdSet ids;
    ids.prefetch("A1");  // no table yet: nothing to load
    EXPECT_FALSE(ids.contains("A1"));
    EXPECT_TRUE(ids.insert("A1"));
    ids.prefetch("A1");
    ids.prefetch("B7");
    EXPECT_FALSE(ids.insert("A1"));
    EXPECT_TRUE(ids.insert("B7"));
    EXPECT_EQ(ids.size(), 2u);
}

TEST(RecordIdSetTest, IdsThatArePrefixesOfEachOtherAreDistinct) {
    // The arena holds the ids end to end: "R1" followed by "0" must not read as "R10".
    RecordIdSet ids;
    EXPECT_TRUE(ids.insert("R1"));
    EXPECT_TRUE(ids.insert("0"));
    EXPECT_TRUE(ids.insert("R10"));
    EXPECT_TRUE(ids.insert("R"));
    EXPECT_FALSE(ids.insert("R10"));
    EXPECT_EQ(ids.size(), 4u);
}

TEST(RecordIdSetTest, AgreesWithAStandardSetOverManyIdsAndGrowths) {
    RecordIdSet ids;
    std::unordered_set<std::string> reference;
    // 300,000 inserts of 200,000 distinct ids (some Chinese): the table grows many times.
    for (std::int64_t i = 0; i < 300'000; ++i) {
        const std::string id = (i % 3 == 0 ? "电表-" : "INV-") + std::to_string((i * 7919) % 200'000);
        EXPECT_EQ(ids.insert(id), reference.insert(id).second) << id;
    }
    EXPECT_EQ(ids.size(), reference.size());
    for (const auto& id : reference) ASSERT_TRUE(ids.contains(id)) << id;
    EXPECT_FALSE(ids.contains("INV-200000"));
}
