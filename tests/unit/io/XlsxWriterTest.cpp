// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "TempDir.h"
#include "ZipFixture.h"
#include "cnms/io/TabularReader.h"
#include "cnms/io/XlsxWriter.h"

using namespace cnms::io;
using cnms::test::TempDir;

namespace {

void writeSample(const std::string& path, const TabularWriterOptions& options = {}) {
    auto w = TabularWriter::create(path, options);
    w->writeHeader({"站点代码", "名称", "电力(kWh)", "日期", "备注"});
    w->writeRow({"CX-CLK", "长兴熟料厂", 1234.5, CellValue::date(2024, 1, 31), "a \"quoted\", text\nline 2"});
    w->writeRow({"HZ-GRD", CellValue(), 100, CellValue::date(2024, 2, 29)});  // empty cell, short row
    w->writeRow({CellValue(), CellValue(), CellValue()});                       // blank row
    w->writeRow({"HZ-HQ", "", -0.25, CellValue(), "", "beyond the header"});    // gaps and an extra column
    w->writeRow({"BIG", "x", 123456789012.0, CellValue::date(1900, 3, 1), 0.1 + 0.2});
    w->finish();
}

}  // namespace

TEST(XlsxWriter, RoundTripsTextChineseNumbersDatesAndGaps) {
    TempDir dir;
    const std::string path = dir.file("export.xlsx");
    writeSample(path);
    auto reader = TabularReader::open(path);
    EXPECT_EQ(reader->header(), (std::vector<std::string>{"站点代码", "名称", "电力(kWh)", "日期", "备注"}));
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> numbers;
    TabularRow row;
    while (reader->next(row)) {
        rows.emplace_back(row.cells.begin(), row.cells.end());
        numbers.push_back(row.number);
    }
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(numbers, (std::vector<std::size_t>{2, 3, 5, 6}));  // the blank row 4 is skipped, not renumbered
    EXPECT_EQ(rows[0],
              (std::vector<std::string>{"CX-CLK", "长兴熟料厂", "1234.5", "2024-01-31", "a \"quoted\", text\nline 2"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"HZ-GRD", "", "100", "2024-02-29"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"HZ-HQ", "", "-0.25", "", "", "beyond the header"}));
    EXPECT_EQ(rows[3], (std::vector<std::string>{"BIG", "x", "123456789012", "1900-03-01", "0.3"}));
}

TEST(XlsxWriter, NumbersAreNumberCellsDatesAreDateCellsHeaderIsBold) {
    TempDir dir;
    const std::string path = dir.file("export.xlsx");
    writeSample(path);
    const std::string sheet = cnms::test::readZipEntry(path, "xl/worksheets/sheet1.xml");
    // A number cell has no t attribute; 2024-01-31 is serial 45322 (45292 for 2024-01-01, + 30).
    EXPECT_NE(sheet.find(R"(<c r="C2"><v>1234.5</v></c>)"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find(R"(<v>45322</v>)"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find(R"(<pane ySplit="1")"), std::string::npos);  // header frozen
    const std::string styles = cnms::test::readZipEntry(path, "xl/styles.xml");
    EXPECT_NE(styles.find("<b/>"), std::string::npos);
    EXPECT_NE(styles.find(R"(formatCode="yyyy-mm-dd")"), std::string::npos) << styles;
    const std::string workbook = cnms::test::readZipEntry(path, "xl/workbook.xml");
    EXPECT_NE(workbook.find(R"(name="Sheet1")"), std::string::npos);
}

TEST(XlsxWriter, SheetNameIsUsedAndCheckedAsExcelDoes) {
    TempDir dir;
    const std::string path = dir.file("named.xlsx");
    TabularWriterOptions options;
    options.sheetName = "2024年活动数据";
    writeSample(path, options);
    EXPECT_EQ(xlsxSheetNames(path), (std::vector<std::string>{"2024年活动数据"}));
    options.sheetName = "bad/name";
    try {
        TabularWriter::create(dir.file("bad.xlsx"), options);
        FAIL() << "no error";
    } catch (const ExportError& e) {
        EXPECT_EQ(std::string(e.what()).find(dir.file("bad.xlsx") + ": sheet name 'bad/name'"), 0u) << e.what();
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("bad.xlsx")));
}

TEST(XlsxWriter, ImpossibleDatesAreRefusedAndLeaveNoFile) {
    TempDir dir;
    const std::string path = dir.file("dates.xlsx");
    {
        auto w = TabularWriter::create(path);
        w->writeHeader({"d"});
        EXPECT_THROW(w->writeRow({CellValue::date(2023, 2, 29)}), ExportError);
    }
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(XlsxWriter, AThousandRowsRoundTrip) {
    TempDir dir;
    const std::string path = dir.file("many.xlsx");
    {
        auto w = TabularWriter::create(path);
        w->writeHeader({"i", "name", "value"});
        for (int i = 0; i < 1000; ++i) w->writeRow({i, "站点" + std::to_string(i), i * 0.5});
        w->finish();
    }
    auto reader = TabularReader::open(path);
    TabularRow row;
    int count = 0;
    while (reader->next(row)) {
        ASSERT_EQ(row.number, static_cast<std::size_t>(count + 2));
        ASSERT_EQ(row.cell(0), std::to_string(count));
        ASSERT_EQ(row.cell(1), "站点" + std::to_string(count));
        ++count;
    }
    EXPECT_EQ(count, 1000);
}
