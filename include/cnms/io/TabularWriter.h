// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cnms/io/Encoding.h"

namespace cnms::io {

/** A file that could not be written; the message names it. Nothing is left at the target path. */
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * One cell to write: empty, text, a number (an xlsx number cell, so Excel can sum it) or a date
 * (an xlsx date cell shown yyyy-mm-dd; ISO text in CSV). Converts implicitly from text and
 * numbers, so that a row reads `{"CX-CLK", 1234.5, CellValue::date(2024, 1, 31)}`.
 */
class CellValue {
public:
    enum class Kind { Empty, Text, Number, Date };

    CellValue() = default;
    CellValue(std::string text) : m_kind(Kind::Text), m_text(std::move(text)) {}
    CellValue(std::string_view text) : m_kind(Kind::Text), m_text(text) {}
    CellValue(const char* text) : m_kind(Kind::Text), m_text(text) {}
    template <typename T>
        requires(std::is_arithmetic_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>)
    CellValue(T number) : m_kind(Kind::Number), m_number(static_cast<double>(number)) {}

    /** A calendar date; month 1-12, day 1-31 (checked by the writers against the calendar). */
    static CellValue date(int year, unsigned month, unsigned day);

    Kind kind() const { return m_kind; }
    const std::string& text() const { return m_text; }  ///< Text kind
    double number() const { return m_number; }         ///< Number kind
    int year() const { return m_year; }                ///< Date kind
    unsigned month() const { return m_month; }
    unsigned day() const { return m_day; }
    /** The cell as CSV text: numbers in the shortest exact form, dates as YYYY-MM-DD. */
    std::string toText() const;

private:
    Kind m_kind = Kind::Empty;
    std::string m_text;
    double m_number = 0;
    int m_year = 0;
    unsigned m_month = 0, m_day = 0;
};

/** How to write; defaults suit Excel on a Chinese Windows. */
struct TabularWriterOptions {
    bool csvBom = true;                    ///< UTF-8 CSV starts with a BOM so that Excel reads Chinese right
    Encoding csvEncoding = Encoding::Utf8; ///< Utf8 or Gbk (written as GB18030)
    char csvSeparator = ',';
    std::string sheetName = "Sheet1";      ///< xlsx worksheet name (at most 31 characters, none of []:*?/\)
};

/**
 * Writes a table to CSV or xlsx, chosen by the file extension (.xlsx, else CSV). Output goes to
 * a temporary file beside the target and replaces it only at finish(): a failure or an
 * abandoned writer leaves no half-written file. Throws ExportError naming the file.
 */
class TabularWriter {
public:
    static std::unique_ptr<TabularWriter> create(const std::string& path, const TabularWriterOptions& options = {});

    virtual ~TabularWriter() = default;
    TabularWriter(const TabularWriter&) = delete;
    TabularWriter& operator=(const TabularWriter&) = delete;

    /** Writes the header row (bold in xlsx). Call first, at most once. */
    virtual void writeHeader(const std::vector<std::string>& names) = 0;
    /** Writes the next row. */
    virtual void writeRow(const std::vector<CellValue>& cells) = 0;
    /** Completes the file and moves it into place. */
    virtual void finish() = 0;

    const std::string& path() const { return m_path; }

protected:
    explicit TabularWriter(std::string path) : m_path(std::move(path)) {}

private:
    std::string m_path;
};

}  // namespace cnms::io
