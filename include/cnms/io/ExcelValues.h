// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

/** How cell values of a workbook become text: numbers, dates and number formats. */
namespace cnms::io::excel {

/**
 * The shortest text that reads back as `value`, in plain notation between 1e-9 and 1e21
 * (1234.5 → "1234.5", 100 → "100", 1e6 → "1000000") and scientific outside. A fraction carrying
 * more than the 15 significant digits Excel keeps is rounded to them (0.1+0.2 → "0.3"), as
 * Excel shows it. Not-a-number and infinities give "NaN", "inf", "-inf".
 */
std::string formatNumber(double value);

/** How a number format shows a serial number. */
enum class FormatKind { Number, Date, DateTime };

/**
 * Kind of a custom format code: a date when, outside quoted text, escapes and [..] sections, it
 * has y, d, or m without h/s (m next to h or s is minutes); DateTime when it has a date part
 * and h or s. `General`, `0.00`, `@`, `h:mm` are Number.
 */
FormatKind classifyFormatCode(std::string_view code);

/**
 * Kind of a built-in number format id: 14-17 dates and 22 date-time (every locale), and the
 * date ids of Chinese/Japanese/Korean Excel 27-31, 36, 50-54, 57, 58 (e.g. 31 = yyyy"年"m"月"d"日").
 */
FormatKind classifyBuiltInFormat(int numFmtId);

/**
 * Converts an Excel serial day number to ISO 8601 text, `YYYY-MM-DD`, with ` HH:MM:SS` added for
 * a DateTime whose time is not midnight. 1900 system: serial 1 is 1900-01-01 and serial 60 is the
 * 1900-02-29 Excel invents (Lotus 1-2-3 leap-year bug), so later serials count from 1899-12-30.
 * 1904 system: serial 0 is 1904-01-01. Returns nullopt for serials Excel cannot show as a date
 * (negative, 0 in the 1900 system, or past 9999-12-31).
 */
std::optional<std::string> serialToIso(double serial, bool date1904, bool withTime = false);

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
long long daysFromCivil(int year, unsigned month, unsigned day);

/** The Excel 1900-system serial of a date (inverse of serialToIso for dates after 1900-03-01). */
double isoDateToSerial(int year, unsigned month, unsigned day);

}  // namespace cnms::io::excel
