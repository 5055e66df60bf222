// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/io/ColumnMap.h"

using namespace cnms::io;

namespace {

std::vector<ColumnSpec> activitySpecs() {
    return {{"site_code", {"站点代码", "Site code"}, true},
            {"period", {"期间", "月份"}, true},
            {"quantity", {"数量", "活动数据"}, true},
            {"note", {"备注"}, false}};
}

}  // namespace

TEST(ImportIssue, FormatsEveryShape) {
    EXPECT_EQ(formatIssue({"a.csv", 12, "数量", "abc", "is not a number"}),
              "a.csv:12: column '数量' value 'abc': is not a number");
    EXPECT_EQ(formatIssue({"a.csv", 12, "数量", "", "is empty"}), "a.csv:12: column '数量': is empty");
    EXPECT_EQ(formatIssue({"a.csv", 3, "", "", "bad line"}), "a.csv:3: bad line");
    EXPECT_EQ(formatIssue({"a.csv", 0, "", "", "not a workbook"}), "a.csv: not a workbook");
    ImportError e({{"a.csv", 2, "x", "", "r1"}, {"a.csv", 3, "", "", "r2"}});
    EXPECT_STREQ(e.what(), "a.csv:2: column 'x': r1\na.csv:3: r2");
}

TEST(ColumnMap, NormalizesBomSpacesWidthAndCase) {
    EXPECT_EQ(ColumnMap::normalizeHeader("\xEF\xBB\xBF  Site　Code（ｔ）　"), "site code(t)");
    EXPECT_EQ(ColumnMap::normalizeHeader("\tSITE   code "), "site code");
    EXPECT_EQ(ColumnMap::normalizeHeader("站点代码\xC2\xA0"), "站点代码");
    EXPECT_EQ(ColumnMap::normalizeHeader("　"), "");
}

TEST(ColumnMap, MatchesChineseAliasesAnywhere) {
    const std::vector<std::string> header{"\xEF\xBB\xBF站点代码", " 月份 ", "ＱＵＡＮＴＩＴＹ", "备注"};
    ColumnMap map = ColumnMap::fromHeader(header, activitySpecs(), "a.csv");
    EXPECT_TRUE(map.ok());
    EXPECT_TRUE(map.warnings().empty());
    EXPECT_EQ(map.index("site_code"), 0u);
    EXPECT_EQ(map.index("period"), 1u);
    EXPECT_EQ(map.index("quantity"), 2u);
    EXPECT_EQ(map.headerOf("period"), " 月份 ");
    TabularRow row{5, {"CX-CLK", "2024-01", "12.5"}};
    EXPECT_EQ(map.get(row, "quantity"), "12.5");
    EXPECT_EQ(map.get(row, "note"), "");  // the row is short
    EXPECT_THROW((void)map.index("nonsense"), std::out_of_range);
}

TEST(ColumnMap, ReportsEveryMissingAndDuplicateColumnAndWarnsOfUnknownOnes) {
    const std::vector<std::string> header{"Site code", "数量", "colour", "站点代码", "", "colour"};
    ColumnMap map = ColumnMap::fromHeader(header, activitySpecs(), "act.xlsx", 3);
    EXPECT_FALSE(map.ok());
    ASSERT_EQ(map.errors().size(), 2u);
    EXPECT_EQ(formatIssue(map.errors()[0]),
              "act.xlsx:3: column '站点代码': appears twice: columns 1 ('Site code') and 4 both mean 'site_code'");
    EXPECT_EQ(formatIssue(map.errors()[1]),
              "act.xlsx:3: column 'period': required column is missing (accepted headers: 'period', '期间', '月份')");
    ASSERT_EQ(map.warnings().size(), 1u);  // reported once although it appears twice
    EXPECT_EQ(formatIssue(map.warnings()[0]), "act.xlsx:3: column 'colour': unknown column, ignored (column 3)");
    EXPECT_FALSE(map.has("note"));  // optional: absent without an error
    try {
        map.throwIfErrors();
        FAIL() << "no error";
    } catch (const ImportError& e) {
        EXPECT_EQ(e.issues().size(), 2u);
    }
}

TEST(ColumnMap, FromReaderUsesTheFileAndHeaderRow) {
    cnms::test::TempDir dir;
    cnms::test::writeFile(dir.file("a.csv"), "\n站点代码,期间,数量\nCX-CLK,2024-01,5\n");
    auto reader = TabularReader::open(dir.file("a.csv"));
    ColumnMap map = ColumnMap::fromReader(*reader, activitySpecs());
    EXPECT_TRUE(map.ok());
    TabularRow row;
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(map.get(row, "site_code"), "CX-CLK");

    ColumnMap missing = ColumnMap::fromReader(*reader, {{"fuel", {"燃料"}, true}});
    ASSERT_EQ(missing.errors().size(), 1u);
    EXPECT_EQ(missing.errors()[0].file, dir.file("a.csv"));
    EXPECT_EQ(missing.errors()[0].row, 2u);
}
