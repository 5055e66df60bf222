// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cnms {

/** A CSV text that cannot be read; `line()` is the 1-based physical line where the problem starts. */
class CsvError : public std::runtime_error {
public:
    CsvError(std::size_t line, const std::string& message) : std::runtime_error(message), m_line(line) {}
    std::size_t line() const noexcept { return m_line; }

private:
    std::size_t m_line;
};

/**
 * Reads RFC 4180 CSV from UTF-8 text already in memory, one record at a time, without copying
 * fields that need no unescaping: built for a million rows. Accepts CRLF or LF line ends, quoted
 * fields with embedded commas, quotes ("") and line breaks, and skips a leading UTF-8 BOM.
 * Encoding detection and transcoding happen before this (see the importers).
 */
class CsvReader {
public:
    explicit CsvReader(std::string_view text, char separator = ',');

    /**
     * Reads the next record into `fields` (views valid until the next call). Returns false at the
     * end. Throws CsvError for an unterminated quoted field or text after a closing quote.
     */
    bool next(std::vector<std::string_view>& fields);

    /** 1-based line on which the record last returned by next() starts. */
    std::size_t recordLine() const { return m_recordLine; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    char m_sep;
    std::vector<std::string> m_scratch;  // unescaped copies of quoted fields that contained ""
};

}  // namespace cnms
