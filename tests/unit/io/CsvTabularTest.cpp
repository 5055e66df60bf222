// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "TempDir.h"
#include "cnms/io/CsvWriter.h"
#include "cnms/io/ImportIssue.h"
#include "cnms/io/TabularReader.h"

using namespace cnms::io;
using cnms::test::TempDir;

namespace {

struct ReadBack {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> numbers;
};

ReadBack readAll(const std::string& path, const TabularOptions& options = {}) {
    auto reader = TabularReader::open(path, options);
    ReadBack out;
    out.header = reader->header();
    TabularRow row;
    while (reader->next(row)) {
        out.rows.emplace_back(row.cells.begin(), row.cells.end());
        out.numbers.push_back(row.number);
    }
    return out;
}

std::string openError(const std::string& path, const TabularOptions& options = {}) {
    try {
        readAll(path, options);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(CsvTabular, ReadsTheGbkFileChineseExcelSaves) {
    const std::string path = cnms::test::dataFile("io/sites-gbk.csv");
    auto reader = TabularReader::open(path);
    EXPECT_EQ(reader->format(), TabularReader::Format::Csv);
    EXPECT_EQ(reader->encoding(), Encoding::Gbk);
    EXPECT_EQ(reader->header(), (std::vector<std::string>{"站点代码", "站点名称", "年份", "电力(kWh)"}));
    EXPECT_EQ(reader->headerRow(), 1u);
    TabularRow row;
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(row.number, 2u);
    EXPECT_EQ(row.cell(1), "长兴熟料厂");
    EXPECT_EQ(row.cell(3), "1,234,567.5");
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(row.cell(1), "杭州粉磨站");
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(row.cell(1), "总部\"办公楼\"");
    EXPECT_EQ(row.cell(9), "");  // beyond the row: empty, not a crash
    EXPECT_FALSE(reader->next(row));
}

TEST(CsvTabular, ExplicitUtf8OnTheGbkFileNamesItsFirstBadLine) {
    const std::string path = cnms::test::dataFile("io/sites-gbk.csv");
    // D5 BE (站) happens to be a valid UTF-8 pair too: B5 is the first byte UTF-8 cannot take.
    const std::string msg = openError(path, {Encoding::Utf8, {}, 0});
    EXPECT_EQ(msg.find(path + ":1: byte 0xB5 at offset 2 is not valid UTF-8"), 0u) << msg;
}

TEST(CsvTabular, Utf8BomHeaderHasNoBom) {
    TempDir dir;
    cnms::test::writeFile(dir.file("a.csv"), "\xEF\xBB\xBF" "site,tonnes\nCX-CLK,12.5\n");
    auto r = readAll(dir.file("a.csv"));
    EXPECT_EQ(r.header[0], "site");
    EXPECT_EQ(r.rows.at(0), (std::vector<std::string>{"CX-CLK", "12.5"}));
}

TEST(CsvTabular, Utf16UnicodeTextIsTabSeparated) {
    // Excel's "Unicode text" save: UTF-16 LE with BOM, tab-separated. "站\tt\n站A\t1\n".
    TempDir dir;
    const std::string bytes("\xFF\xFE\xD9\x7A\t\0t\0\n\0\xD9\x7A" "A\0\t\0" "1\0\n\0", 20);  // 20 bytes: the literal without its terminating NUL
    cnms::test::writeFile(dir.file("u.txt"), bytes);
    auto reader = TabularReader::open(dir.file("u.txt"));
    EXPECT_EQ(reader->encoding(), Encoding::Utf16Le);
    EXPECT_EQ(reader->header(), (std::vector<std::string>{"站", "t"}));
    TabularRow row;
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(row.cell(0), "站A");
    EXPECT_EQ(row.cell(1), "1");
}

TEST(CsvTabular, SeparatorIsSniffedOrTakenFromExcelsSepLine) {
    TempDir dir;
    cnms::test::writeFile(dir.file("semi.csv"), "site;amount;note\nA;1,5;\"x;y\"\n");
    auto semi = readAll(dir.file("semi.csv"));
    EXPECT_EQ(semi.rows.at(0), (std::vector<std::string>{"A", "1,5", "x;y"}));

    cnms::test::writeFile(dir.file("sep.csv"), "sep=|\nsite|amount\nA|1\n");
    auto sep = readAll(dir.file("sep.csv"));
    EXPECT_EQ(sep.header, (std::vector<std::string>{"site", "amount"}));
    EXPECT_EQ(sep.rows.at(0), (std::vector<std::string>{"A", "1"}));
    EXPECT_EQ(sep.numbers.at(0), 3u);  // as an editor numbers the line

    cnms::test::writeFile(dir.file("forced.csv"), "a;b,c\n1;2,3\n");
    auto forced = readAll(dir.file("forced.csv"), {Encoding::Auto, {}, ';'});
    EXPECT_EQ(forced.rows.at(0), (std::vector<std::string>{"1", "2,3"}));
}

TEST(CsvTabular, BlankRowsAreSkippedAndRowNumbersAreLines) {
    TempDir dir;
    cnms::test::writeFile(dir.file("b.csv"), "\n,,\nsite,note\r\nA,\"two\nlines\"\r\n,,\r\n\r\nB,x\r\n,  ,\r\n");
    auto r = readAll(dir.file("b.csv"));
    EXPECT_EQ(r.header, (std::vector<std::string>{"site", "note"}));
    ASSERT_EQ(r.rows.size(), 2u);
    EXPECT_EQ(r.numbers, (std::vector<std::size_t>{4, 8}));
    EXPECT_EQ(r.rows[0][1], "two\nlines");
}

TEST(CsvTabular, BrokenQuotingNamesFileAndLine) {
    TempDir dir;
    cnms::test::writeFile(dir.file("q.csv"), "site,note\nA,ok\nB,\"never closed\nC,x\n");
    const std::string msg = openError(dir.file("q.csv"));
    EXPECT_EQ(msg.find(dir.file("q.csv") + ":3: "), 0u) << msg;
}

TEST(CsvTabular, EmptyFileHasNoHeaderAndNoRows) {
    TempDir dir;
    cnms::test::writeFile(dir.file("e.csv"), "");
    auto reader = TabularReader::open(dir.file("e.csv"));
    EXPECT_TRUE(reader->header().empty());
    EXPECT_EQ(reader->headerRow(), 0u);
    TabularRow row;
    EXPECT_FALSE(reader->next(row));
}

TEST(CsvTabular, MissingFileIsNamed) {
    const std::string msg = openError("/nonexistent/dir/activity.csv");
    EXPECT_EQ(msg.find("/nonexistent/dir/activity.csv: cannot open the file"), 0u) << msg;
}

TEST(CsvWriter, QuotesOnlyWhatRfc4180Requires) {
    std::string out;
    appendCsvField(out, "plain");
    out += ',';
    appendCsvField(out, "a,b");
    out += ',';
    appendCsvField(out, "say \"hi\"");
    out += ',';
    appendCsvField(out, "two\nlines");
    EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
    std::string semi;
    appendCsvField(semi, "a,b", ';');
    EXPECT_EQ(semi, "a,b");
}

TEST(CsvWriter, RoundTripsTextNumbersDatesAndChinese) {
    TempDir dir;
    const std::string path = dir.file("out.csv");
    {
        auto w = TabularWriter::create(path);
        w->writeHeader({"站点", "note", "amount", "date"});
        w->writeRow({"长兴熟料厂", "a,b \"q\"\r\nnext", 1234.5, CellValue::date(2024, 1, 31)});
        w->writeRow({"HZ-GRD", CellValue(), 100, CellValue::date(2024, 12, 1)});
        w->writeRow({" lead", "", 0.1 + 0.2, ""});
        w->finish();
    }
    const std::string bytes = cnms::test::readFile(path);
    EXPECT_TRUE(bytes.starts_with("\xEF\xBB\xBF站点,note,amount,date\r\n")) << bytes;
    EXPECT_NE(bytes.find("HZ-GRD,,100,2024-12-01\r\n"), std::string::npos) << bytes;
    auto r = readAll(path);
    EXPECT_EQ(r.header, (std::vector<std::string>{"站点", "note", "amount", "date"}));
    ASSERT_EQ(r.rows.size(), 3u);
    EXPECT_EQ(r.rows[0], (std::vector<std::string>{"长兴熟料厂", "a,b \"q\"\r\nnext", "1234.5", "2024-01-31"}));
    EXPECT_EQ(r.rows[2], (std::vector<std::string>{" lead", "", "0.3", ""}));
    EXPECT_EQ(r.numbers, (std::vector<std::size_t>{2, 4, 5}));  // the quoted CRLF spans a line
}

TEST(CsvWriter, WritesGbkForOlderExcel) {
    TempDir dir;
    const std::string path = dir.file("gbk.csv");
    TabularWriterOptions options;
    options.csvEncoding = Encoding::Gbk;
    auto w = TabularWriter::create(path, options);
    w->writeHeader({"site"});
    w->writeRow({"长兴熟料厂"});
    w->finish();
    EXPECT_EQ(cnms::test::readFile(path), "site\r\n\xB3\xA4\xD0\xCB\xCA\xEC\xC1\xCF\xB3\xA7\r\n");
    EXPECT_EQ(readAll(path).rows.at(0).at(0), "长兴熟料厂");
}

TEST(CsvWriter, AnAbandonedWriterLeavesNoFile) {
    TempDir dir;
    const std::string path = dir.file("never.csv");
    {
        auto w = TabularWriter::create(path);
        w->writeHeader({"a"});
        w->writeRow({"1"});
    }
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(CsvWriter, AnExistingFileIsReplacedOnlyAtFinish) {
    TempDir dir;
    const std::string path = dir.file("keep.csv");
    cnms::test::writeFile(path, "old\n");
    auto w = TabularWriter::create(path);
    w->writeHeader({"new"});
    EXPECT_EQ(cnms::test::readFile(path), "old\n");
    w->finish();
    EXPECT_EQ(cnms::test::readFile(path), "\xEF\xBB\xBFnew\r\n");
}

TEST(CsvWriter, UnwritableTargetIsNamed) {
    try {
        TabularWriter::create("/nonexistent/dir/out.csv");
        FAIL() << "no error";
    } catch (const ExportError& e) {
        EXPECT_EQ(std::string(e.what()).find("/nonexistent/dir/out.csv: cannot write the file"), 0u) << e.what();
    }
}
