// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/io/ExcelValues.h"

using namespace cnms::io::excel;

TEST(ExcelValues, NumbersAreTheShortestExactText) {
    EXPECT_EQ(formatNumber(1234.5), "1234.5");
    EXPECT_EQ(formatNumber(100), "100");
    EXPECT_EQ(formatNumber(1e6), "1000000");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(-3), "-3");
    EXPECT_EQ(formatNumber(-0.0), "0");
    EXPECT_EQ(formatNumber(2.5e-5), "0.000025");
    EXPECT_EQ(formatNumber(123456789012.0), "123456789012");
    EXPECT_EQ(formatNumber(1e21), "1e+21");
    EXPECT_EQ(formatNumber(1e-10), "1e-10");
}

TEST(ExcelValues, FractionsKeepExcelsFifteenDigits) {
    EXPECT_EQ(formatNumber(0.1 + 0.2), "0.3");  // stored as 0.30000000000000004
    EXPECT_EQ(formatNumber(1.0 / 3.0), "0.333333333333333");
    EXPECT_EQ(formatNumber(12345.678900000001), "12345.6789");
    EXPECT_EQ(formatNumber(0.000123456789012345678), "0.000123456789012346");
}

// Serial numbers as Excel shows them (1900 system): 1 = 1900-01-01, 60 = the invented 1900-02-29,
// 45292 = 2024-01-01 (Microsoft, "DATEVALUE function": 2008-01-01 is 39448; 39448 + 5844 days).
TEST(ExcelValues, SerialsOfThe1900System) {
    EXPECT_EQ(serialToIso(1, false), "1900-01-01");
    EXPECT_EQ(serialToIso(59, false), "1900-02-28");
    EXPECT_EQ(serialToIso(60, false), "1900-02-29");
    EXPECT_EQ(serialToIso(61, false), "1900-03-01");
    EXPECT_EQ(serialToIso(39448, false), "2008-01-01");
    EXPECT_EQ(serialToIso(45292, false), "2024-01-01");
    EXPECT_EQ(serialToIso(45351, false), "2024-02-29");
    EXPECT_EQ(serialToIso(2958465, false), "9999-12-31");
    EXPECT_FALSE(serialToIso(0, false));
    EXPECT_FALSE(serialToIso(-1, false));
    EXPECT_FALSE(serialToIso(2958466, false));
}

TEST(ExcelValues, SerialsOfThe1904SystemAndTimes) {
    EXPECT_EQ(serialToIso(0, true), "1904-01-01");
    EXPECT_EQ(serialToIso(45292 - 1462, true), "2024-01-01");  // the systems differ by 1462 days
    EXPECT_EQ(serialToIso(45292.5, false, true), "2024-01-01 12:00:00");
    EXPECT_EQ(serialToIso(45292.5, false, false), "2024-01-01");
    EXPECT_EQ(serialToIso(45292.0, false, true), "2024-01-01");
    EXPECT_EQ(serialToIso(45292.99999999, false, true), "2024-01-02");  // rounds to midnight
    EXPECT_DOUBLE_EQ(isoDateToSerial(2024, 1, 1), 45292);
}

TEST(ExcelValues, FormatCodesThatShowDates) {
    EXPECT_EQ(classifyFormatCode("yyyy-mm-dd"), FormatKind::Date);
    EXPECT_EQ(classifyFormatCode("yyyy\"年\"m\"月\"d\"日\";@"), FormatKind::Date);
    EXPECT_EQ(classifyFormatCode("[$-804]yyyy/m/d"), FormatKind::Date);
    EXPECT_EQ(classifyFormatCode("[DBNum1][$-804]yyyy\"年\"m\"月\""), FormatKind::Date);
    EXPECT_EQ(classifyFormatCode("mmm-yy"), FormatKind::Date);
    EXPECT_EQ(classifyFormatCode("m/d/yyyy h:mm"), FormatKind::DateTime);
    EXPECT_EQ(classifyFormatCode("General"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("0.00"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("#,##0.00 \"day\""), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("0.00E+00"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("[Red]0.00;[Blue]-0.00"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("h:mm"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("mm:ss"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("[h]:mm:ss"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("@"), FormatKind::Number);
    EXPECT_EQ(classifyFormatCode("_(* #,##0_);_(* \\(#,##0\\)"), FormatKind::Number);
}

TEST(ExcelValues, BuiltInFormatIds) {
    EXPECT_EQ(classifyBuiltInFormat(14), FormatKind::Date);
    EXPECT_EQ(classifyBuiltInFormat(17), FormatKind::Date);
    EXPECT_EQ(classifyBuiltInFormat(22), FormatKind::DateTime);
    EXPECT_EQ(classifyBuiltInFormat(31), FormatKind::Date);  // yyyy"年"m"月"d"日" in Chinese Excel
    EXPECT_EQ(classifyBuiltInFormat(57), FormatKind::Date);
    EXPECT_EQ(classifyBuiltInFormat(20), FormatKind::Number);  // h:mm
    EXPECT_EQ(classifyBuiltInFormat(0), FormatKind::Number);
    EXPECT_EQ(classifyBuiltInFormat(2), FormatKind::Number);
}
