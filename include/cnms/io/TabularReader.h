// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/io/Encoding.h"

namespace cnms::io {

/** How to read a tabular file; every field has a sensible default. */
struct TabularOptions {
    Encoding encoding = Encoding::Auto;  ///< CSV only (an xlsx is always Unicode)
    std::string sheet;                   ///< xlsx only: worksheet name; empty = the first visible sheet
    char separator = 0;                  ///< CSV only: ',', ';' or '\t'; 0 = detect from the header line
};

/** One data row. The cell views stay valid until the next call to TabularReader::next(). */
struct TabularRow {
    /** 1-based row as the user sees it: the line number in a text editor, the row number in Excel. */
    std::size_t number = 0;
    std::vector<std::string_view> cells;

    /** Cell `index`, or empty text for a column the row does not reach (or index npos). */
    std::string_view cell(std::size_t index) const { return index < cells.size() ? cells[index] : std::string_view{}; }
};

/**
 * Row source for the importers: a CSV (any accepted encoding, see decodeToUtf8) or an xlsx
 * worksheet, opened by open(). The first row that is not blank is the header; next() then gives
 * the data rows, skipping rows whose cells are all empty. Cell text is UTF-8, untrimmed. Every
 * refusal is an ImportError naming the file (and the row, where there is one).
 */
class TabularReader {
public:
    enum class Format { Csv, Xlsx };

    /**
     * Opens `path`: an xlsx when the name ends in .xlsx/.xlsm or the content is a zip archive,
     * otherwise CSV/delimited text. Old .xls and password-protected workbooks are refused with a
     * message saying how to save them. Reads up to and including the header row.
     */
    static std::unique_ptr<TabularReader> open(const std::string& path, const TabularOptions& options = {});

    virtual ~TabularReader() = default;
    TabularReader(const TabularReader&) = delete;
    TabularReader& operator=(const TabularReader&) = delete;

    /** Reads the next non-blank data row; false at the end. */
    bool next(TabularRow& row);

    const std::string& path() const { return m_path; }
    /** Header cells as written (empty when the file has no non-blank row). */
    const std::vector<std::string>& header() const { return m_header; }
    /** 1-based row of the header (0 when there is none). */
    std::size_t headerRow() const { return m_headerRow; }
    virtual Format format() const = 0;
    /** Encoding the text was read in (UTF-8 for xlsx). */
    virtual Encoding encoding() const { return Encoding::Utf8; }

protected:
    explicit TabularReader(std::string path) : m_path(std::move(path)) {}
    /** Reads the next row of the file, blank or not; false at the end. */
    virtual bool readRow(TabularRow& row) = 0;
    /** Called by open() once the reader is built: reads the header row. */
    void readHeader();

private:
    std::string m_path;
    std::vector<std::string> m_header;
    std::size_t m_headerRow = 0;
};

/** Worksheet names of an xlsx in workbook order (hidden ones included). Throws ImportError. */
std::vector<std::string> xlsxSheetNames(const std::string& path);

}  // namespace cnms::io
