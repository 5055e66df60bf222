// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/core/CsvReader.h"

using namespace cnms;

namespace {
std::vector<std::vector<std::string>> readAll(std::string_view text) {
    CsvReader reader(text);
    std::vector<std::string_view> fields;
    std::vector<std::vector<std::string>> rows;
    while (reader.next(fields)) rows.emplace_back(fields.begin(), fields.end());
    return rows;
}
}  // namespace

TEST(CsvReader, ReadsPlainRecordsWithLfOrCrlf) {
    auto rows = readAll("a,b,c\r\n1,2,3\n4,,6");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"4", "", "6"}));
}

TEST(CsvReader, HandlesQuotesCommasAndLineBreaksInsideFields) {
    auto rows = readAll("site,note\nA,\"one, two\"\nB,\"say \"\"hi\"\"\"\nC,\"line1\nline2\"\n");
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[1][1], "one, two");
    EXPECT_EQ(rows[2][1], "say \"hi\"");
    EXPECT_EQ(rows[3][1], "line1\nline2");
}

TEST(CsvReader, SkipsABomAndCountsLines) {
    CsvReader reader("\xEF\xBB\xBFsite\n\"x\ny\"\nz\n");
    std::vector<std::string_view> f;
    ASSERT_TRUE(reader.next(f));
    EXPECT_EQ(f[0], "site");
    ASSERT_TRUE(reader.next(f));
    EXPECT_EQ(reader.recordLine(), 2u);
    ASSERT_TRUE(reader.next(f));
    EXPECT_EQ(reader.recordLine(), 4u);
    EXPECT_FALSE(reader.next(f));
}

TEST(CsvReader, KeepsSeveralEscapedFieldsOfOneRecordApart) {
    auto rows = readAll("\"a\"\"1\",\"b\"\"2\",c\n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"a\"1", "b\"2", "c"}));
}

TEST(CsvReader, RefusesAnUnclosedQuoteNamingTheLine) {
    CsvReader reader("a\nb\n\"never closed\n");
    std::vector<std::string_view> f;
    reader.next(f);
    reader.next(f);
    try {
        reader.next(f);
        FAIL();
    } catch (const CsvError& e) {
        EXPECT_EQ(e.line(), 3u);
    }
}

TEST(CsvReader, RefusesTextAfterAClosingQuote) {
    CsvReader reader("\"a\"b,c\n");
    std::vector<std::string_view> f;
    EXPECT_THROW(reader.next(f), CsvError);
}
