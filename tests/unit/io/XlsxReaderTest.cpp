// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "ZipFixture.h"
#include "cnms/io/ExcelValues.h"
#include "cnms/io/ImportIssue.h"
#include "cnms/io/TabularReader.h"

using namespace cnms::io;
using cnms::test::TempDir;
using cnms::test::ZipEntry;

namespace {

using Rows = std::vector<std::vector<std::string>>;

const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

std::string workbookXml(bool date1904) {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr)") + (date1904 ? R"( date1904="1")" : "") + R"(/>
<sheets>
<sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/>
<sheet name="活动数据" sheetId="2" r:id="rId2"/>
<sheet name="Other" sheetId="3" r:id="rId3"/>
</sheets></workbook>)";
}

const char* kWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/sheet3.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>)";

// cellXfs: 0 General, 1 built-in 14 (date), 2 custom 164 (Chinese date), 3 built-in 22 (date-time),
// 4 custom 165 (0.00). The cellStyleXfs entry with id 14 must not shift the indexes.
const char* kStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="22"/><xf numFmtId="165"/></cellXfs>
</styleSheet>)";

// 2: rich text runs with a phonetic run to leave out; 3: an escaped CR before a real line feed.
const char* kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">
<si><t>site</t></si><si><t>name</t></si>
<si><r><rPr><b/></rPr><t>长兴</t></r><r><t xml:space="preserve">熟料厂 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>
<si><t>line_x000D_
two</t></si>
<si><t>date</t></si><si><t>amount</t></si><si><t>flag</t></si>
</sst>)";

// A prefixed namespace, a missing row (3), a gap in a row (B4), a row and cells without r,
// styled empty cells, a blank row (6), a formula string, a boolean and an error.
const char* kDataSheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:E7"/><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>4</x:v></x:c><x:c r="D1" t="s"><x:v>5</x:v></x:c><x:c r="E1" t="s"><x:v>6</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>CX-CLK</x:t></x:is></x:c><x:c r="B2" t="s"><x:v>2</x:v></x:c><x:c r="C2" s="1"><x:v>45292</x:v></x:c><x:c r="D2"><x:v>1234.5</x:v></x:c><x:c r="E2" t="b"><x:v>1</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="str"><x:f>UPPER("hz")</x:f><x:v>HZ</x:v></x:c><x:c r="C4" s="2"><x:v>45351</x:v></x:c><x:c r="D4" t="e"><x:v>#DIV/0!</x:v></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:r><x:t>rich</x:t></x:r><x:r><x:t xml:space="preserve"> inline</x:t></x:r></x:is></x:c><x:c t="s"><x:v>3</x:v></x:c><x:c s="3"><x:v>45292.75</x:v></x:c><x:c s="4"><x:v>0.30000000000000004</x:v></x:c><x:c r="E5" s="2"/></x:row>
<x:row r="6"><x:c r="A6" s="1"/></x:row>
<x:row r="7"><x:c r="A7"><x:v>100</x:v></x:c><x:c r="D7"><x:v>1E-3</x:v></x:c></x:row>
</x:sheetData></x:worksheet>)";

const char* kOtherSheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="3"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>
<row r="4"><c><v>1</v></c><c r="D4"><v>4</v></c><c><v>5</v></c></row>
</sheetData></worksheet>)";

const char* kHiddenSheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is></c></row></sheetData></worksheet>)";

std::vector<ZipEntry> workbookEntries(bool date1904 = false, std::string dataSheet = kDataSheet) {
    return {{"[Content_Types].xml", "<Types/>"},
            {"_rels/.rels", kRootRels},
            {"xl/workbook.xml", workbookXml(date1904)},
            {"xl/_rels/workbook.xml.rels", kWorkbookRels},
            {"xl/styles.xml", kStyles},
            {"xl/sharedStrings.xml", kSharedStrings},
            {"xl/worksheets/sheet1.xml", kHiddenSheet},
            {"xl/worksheets/data.xml", std::move(dataSheet), true},
            {"xl/worksheets/sheet3.xml", kOtherSheet}};
}

struct Sheet {
    std::vector<std::string> header;
    std::size_t headerRow = 0;
    Rows rows;
    std::vector<std::size_t> numbers;
};

Sheet readSheet(const std::string& path, const std::string& sheet = {}) {
    TabularOptions options;
    options.sheet = sheet;
    auto reader = TabularReader::open(path, options);
    EXPECT_EQ(reader->format(), TabularReader::Format::Xlsx);
    Sheet s{reader->header(), reader->headerRow(), {}, {}};
    TabularRow row;
    while (reader->next(row)) {
        s.rows.emplace_back(row.cells.begin(), row.cells.end());
        s.numbers.push_back(row.number);
    }
    return s;
}

std::string openError(const std::string& path, const std::string& sheet = {}) {
    try {
        readSheet(path, sheet);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(XlsxReader, ReadsSharedInlineRichStringsDatesAndGaps) {
    TempDir dir;
    const std::string path = dir.file("book.xlsx");
    cnms::test::writeZip(path, workbookEntries());
    Sheet s = readSheet(path);  // the first sheet is hidden: the first visible one is read
    EXPECT_EQ(s.header, (std::vector<std::string>{"site", "name", "date", "amount", "flag"}));
    EXPECT_EQ(s.headerRow, 1u);
    ASSERT_EQ(s.rows.size(), 4u);
    EXPECT_EQ(s.numbers, (std::vector<std::size_t>{2, 4, 5, 7}));
    EXPECT_EQ(s.rows[0], (std::vector<std::string>{"CX-CLK", "长兴熟料厂 ", "2024-01-01", "1234.5", "TRUE"}));
    EXPECT_EQ(s.rows[1], (std::vector<std::string>{"HZ", "", "2024-02-29", "#DIV/0!"}));
    EXPECT_EQ(s.rows[2], (std::vector<std::string>{"rich inline", "line\r\ntwo", "2024-01-01 18:00:00", "0.3", ""}));
    EXPECT_EQ(s.rows[3], (std::vector<std::string>{"100", "", "", "0.001"}));
}

TEST(XlsxReader, The1904DateSystemShiftsSerials) {
    TempDir dir;
    const std::string path = dir.file("mac.xlsx");
    cnms::test::writeZip(path, workbookEntries(true));
    Sheet s = readSheet(path);
    // 1904 serial 45292 = 1900 serial 45292 + 1462 = 2024-01-01 + 1462 days = 2028-01-02.
    EXPECT_EQ(s.rows.at(0).at(2), "2028-01-02");
}

TEST(XlsxReader, ChoosesASheetByNameAndFillsCellsWithoutReferences) {
    TempDir dir;
    const std::string path = dir.file("book.xlsx");
    cnms::test::writeZip(path, workbookEntries());
    Sheet s = readSheet(path, "other");  // case does not matter
    EXPECT_EQ(s.header, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(s.headerRow, 3u);
    ASSERT_EQ(s.rows.size(), 1u);
    EXPECT_EQ(s.rows[0], (std::vector<std::string>{"1", "", "", "4", "5"}));
    EXPECT_EQ(readSheet(path, "说明").header, (std::vector<std::string>{"notes"}));
    EXPECT_EQ(xlsxSheetNames(path), (std::vector<std::string>{"说明", "活动数据", "Other"}));
}

TEST(XlsxReader, AMissingSheetListsTheSheets) {
    TempDir dir;
    const std::string path = dir.file("book.xlsx");
    cnms::test::writeZip(path, workbookEntries());
    const std::string msg = openError(path, "2025");
    EXPECT_EQ(msg, path + ": has no sheet named '2025' (its sheets: '说明', '活动数据', 'Other')");
}

TEST(XlsxReader, GarbageIsRefusedNamingTheFile) {
    TempDir dir;
    const std::string path = dir.file("junk.xlsx");
    cnms::test::writeFile(path, std::string("this is not a workbook at all\x01\x02\xFF", 32));
    const std::string msg = openError(path);
    EXPECT_EQ(msg.find(path + ": is not an xlsx workbook, or it is damaged or truncated"), 0u) << msg;
}

TEST(XlsxReader, ATruncatedWorkbookIsRefused) {
    TempDir dir;
    const std::string good = dir.file("good.xlsx");
    cnms::test::writeZip(good, workbookEntries());
    const std::string bytes = cnms::test::readFile(good);
    const std::string path = dir.file("cut.xlsx");
    cnms::test::writeFile(path, bytes.substr(0, bytes.size() / 2));
    const std::string msg = openError(path);
    EXPECT_EQ(msg.find(path + ": "), 0u) << msg;
    EXPECT_NE(msg.find("truncated"), std::string::npos) << msg;
}

TEST(XlsxReader, ACorruptedEntryFailsItsChecksum) {
    TempDir dir;
    const std::string good = dir.file("good.xlsx");
    cnms::test::writeZip(good, workbookEntries());  // the data sheet is stored uncompressed
    std::string bytes = cnms::test::readFile(good);
    const auto at = bytes.find("<x:v>1234.5</x:v>");
    ASSERT_NE(at, std::string::npos);
    bytes[at + 5] = '9';  // still well-formed XML: only the CRC can tell
    const std::string path = dir.file("flipped.xlsx");
    cnms::test::writeFile(path, bytes);
    const std::string msg = openError(path);
    EXPECT_EQ(msg, path + ": damaged xlsx: xl/worksheets/data.xml fails its checksum");
}

TEST(XlsxReader, MalformedSheetXmlIsRefused) {
    TempDir dir;
    const std::string path = dir.file("bad.xlsx");
    cnms::test::writeZip(path, workbookEntries(false, "<worksheet><sheetData><row r=\"1\"><c><v>1</v></row>"));
    const std::string msg = openError(path);
    EXPECT_EQ(msg.find(path + ": damaged xlsx: xl/worksheets/data.xml is not well-formed XML (line 1: "), 0u) << msg;
}

TEST(XlsxReader, ASharedStringOutOfRangeIsNamedByCell) {
    TempDir dir;
    const std::string path = dir.file("bad.xlsx");
    cnms::test::writeZip(path, workbookEntries(false, R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row>
<row r="2"><c r="B2" t="s"><v>99</v></c></row></sheetData></worksheet>)"));
    const std::string msg = openError(path);
    EXPECT_EQ(msg, path + ":2: sheet '活动数据': cell B2 refers to shared string 99 of 7 (damaged workbook)");
}

TEST(XlsxReader, OtherZipFilesAreNotWorkbooks) {
    TempDir dir;
    const std::string path = dir.file("archive.xlsx");
    cnms::test::writeZip(path, {{"hello.txt", "hi"}});
    EXPECT_EQ(openError(path), path + ": is a zip archive but not an xlsx workbook (it has no xl/workbook.xml)");
    const std::string ods = dir.file("calc.ods");
    cnms::test::writeZip(ods,
                         {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}});
    EXPECT_EQ(openError(ods), ods + ": is an OpenDocument spreadsheet, not xlsx; save it as .xlsx or CSV");
    const std::string xlsb = dir.file("binary.xlsb");
    cnms::test::writeZip(xlsb, {{"_rels/.rels", std::string(kRootRels).replace(std::string(kRootRels).find("workbook.xml"),
                                                                                12, "workbook.bin")},
                                {"xl/workbook.bin", "\x83\x01\x00"}});
    EXPECT_EQ(openError(xlsb),
              xlsb + ": is an Excel binary workbook (.xlsb), which is not read; save it as .xlsx or as CSV UTF-8");
}

TEST(XlsxReader, EncryptedWorkbooksAndOldXlsAreRefusedWithAdvice) {
    TempDir dir;
    // Excel saves a password-protected workbook as an OLE compound file holding "EncryptedPackage".
    const std::string magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    const std::u16string stream = u"EncryptedPackage";
    std::string cfb = magic + std::string(504, '\0') +
                      std::string(reinterpret_cast<const char*>(stream.data()), stream.size() * 2);
    const std::string locked = dir.file("locked.xlsx");
    cnms::test::writeFile(locked, cfb);
    EXPECT_NE(openError(locked).find(locked + ": the workbook is protected by a password"), std::string::npos);

    const std::string old = dir.file("old.xls");
    cnms::test::writeFile(old, magic + std::string(504, '\0') + "Workbook");
    EXPECT_EQ(openError(old), old + ": is an Excel 97-2003 workbook (.xls), which is not read; save it as .xlsx or as "
                                    "CSV UTF-8");

    const std::string zipped = dir.file("zipcrypto.xlsx");
    auto entries = workbookEntries();
    entries[2].password = "secret";  // xl/workbook.xml
    cnms::test::writeZip(zipped, entries);
    EXPECT_EQ(openError(zipped),
              zipped + ": the workbook is encrypted (xl/workbook.xml); save it without a password and import again");
}

TEST(XlsxReader, RandomDamageIsRefusedCleanlyNeverACrash) {
    // Seeded byte flips anywhere in a workbook (the data sheet is stored, so flips reach the XML
    // as well as the zip structures): each read either succeeds or throws ImportError.
    TempDir dir;
    const std::string good = dir.file("good.xlsx");
    cnms::test::writeZip(good, workbookEntries());
    const std::string bytes = cnms::test::readFile(good);
    std::uint32_t seed = 12345;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        std::string damaged = bytes;
        for (int k = 0; k < 4; ++k) damaged[next() % damaged.size()] = static_cast<char>(next() >> 24);
        const std::string path = dir.file("damaged.xlsx");
        cnms::test::writeFile(path, damaged);
        try {
            readSheet(path);
        } catch (const ImportError& e) {
            ++refused;
            EXPECT_EQ(std::string(e.what()).find(path), 0u) << e.what();
        }
    }
    EXPECT_GT(refused, 0);
}
