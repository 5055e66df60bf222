// SPDX-License-Identifier: MIT
#include "cnms/io/XlsxWriter.h"

#include <xlsxwriter.h>

#include <cmath>

#include "TempOutput.h"
#include "cnms/io/ExcelValues.h"

namespace cnms::io {
namespace {

constexpr unsigned kMaxRows = 1048576;
constexpr unsigned kMaxColumns = 16384;

/** Column width in Excel's character units: CJK characters take two. */
double displayWidth(std::string_view utf8) {
    double width = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) width += 1;
        else if (c >= 0xE0) width += 2;  // lead byte of a 3-4 byte sequence: CJK and wider
        else if (c >= 0xC0) width += 1;
    }
    return width;
}

bool isExcelDate(int year, unsigned month, unsigned day) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    const long long first = excel::daysFromCivil(year, month, 1);
    const long long next =
        month == 12 ? excel::daysFromCivil(year + 1, 1, 1) : excel::daysFromCivil(year, month + 1, 1);
    return day <= next - first;
}

}  // namespace

XlsxWriter::XlsxWriter(std::string path, const TabularWriterOptions& options) : TabularWriter(std::move(path)) {
    m_tempPath = detail::temporaryPathFor(this->path());
    lxw_workbook_options lxwOptions{};
    lxwOptions.constant_memory = LXW_TRUE;  // rows are flushed as they are written: a year of data stays small
    lxwOptions.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(m_tempPath.c_str(), &lxwOptions);
    if (!m_workbook) fail("cannot start the workbook");
    if (lxw_error e = workbook_validate_sheet_name(m_workbook, options.sheetName.c_str()); e != LXW_NO_ERROR) {
        lxw_workbook_free(m_workbook);  // nothing written yet: free without creating the file
        m_workbook = nullptr;
        fail("sheet name '" + options.sheetName + "': " + lxw_strerror(e));
    }
    m_sheet = workbook_add_worksheet(m_workbook, options.sheetName.c_str());
    if (!m_sheet) {
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
        fail("cannot add sheet '" + options.sheetName + "'");
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");
}

XlsxWriter::~XlsxWriter() {
    if (!m_finished && m_workbook) {
        // libxlsxwriter can only release a workbook by writing it: write the temp file, then drop it.
        workbook_close(m_workbook);
        detail::discardTemporary(m_tempPath);
    }
}

void XlsxWriter::fail(const std::string& reason) const { throw ExportError(path() + ": " + reason); }

void XlsxWriter::writeHeader(const std::vector<std::string>& names) {
    if (names.size() > kMaxColumns) fail("more columns than an Excel sheet holds");
    for (unsigned col = 0; col < names.size(); ++col) {
        if (names[col].empty()) continue;
        const double width = std::max(10.0, std::min(60.0, displayWidth(names[col]) + 2));
        worksheet_set_column(m_sheet, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), width, nullptr);
        if (lxw_error e =
                worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(col), names[col].c_str(), m_bold);
            e != LXW_NO_ERROR)
            fail("header column " + std::to_string(col + 1) + ": " + lxw_strerror(e));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    ++m_row;
}

void XlsxWriter::writeRow(const std::vector<CellValue>& cells) {
    if (m_row >= kMaxRows) fail("more than " + std::to_string(kMaxRows) + " rows, the most an Excel sheet holds");
    if (cells.size() > kMaxColumns) fail("more columns than an Excel sheet holds");
    for (unsigned col = 0; col < cells.size(); ++col) writeCell(col, cells[col]);
    ++m_row;
}

void XlsxWriter::writeCell(unsigned col, const CellValue& cell) {
    lxw_error e = LXW_NO_ERROR;
    const auto c = static_cast<lxw_col_t>(col);
    switch (cell.kind()) {
        case CellValue::Kind::Empty: return;
        case CellValue::Kind::Text:
            if (cell.text().empty()) return;
            e = worksheet_write_string(m_sheet, m_row, c, cell.text().c_str(), nullptr);
            break;
        case CellValue::Kind::Number:
            if (std::isfinite(cell.number()))
                e = worksheet_write_number(m_sheet, m_row, c, cell.number(), nullptr);
            else  // Excel has no NaN or infinity: keep the text rather than a wrong number
                e = worksheet_write_string(m_sheet, m_row, c, cell.toText().c_str(), nullptr);
            break;
        case CellValue::Kind::Date: {
            if (!isExcelDate(cell.year(), cell.month(), cell.day()))
                fail("row " + std::to_string(m_row + 1) + ": " + cell.toText() + " is not a date Excel can hold");
            lxw_datetime dt{cell.year(), static_cast<int>(cell.month()), static_cast<int>(cell.day()), 0, 0, 0};
            e = worksheet_write_datetime(m_sheet, m_row, c, &dt, m_dateFormat);
            break;
        }
    }
    if (e != LXW_NO_ERROR)
        fail("row " + std::to_string(m_row + 1) + ", column " + std::to_string(col + 1) + ": " + lxw_strerror(e));
}

void XlsxWriter::finish() {
    if (m_finished) return;
    lxw_error e = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (e != LXW_NO_ERROR) {
        detail::discardTemporary(m_tempPath);
        fail(std::string("cannot write the workbook: ") + lxw_strerror(e));
    }
    detail::commitTemporary(m_tempPath, path());
    m_finished = true;
}

}  // namespace cnms::io
