// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/io/TabularWriter.h"

// libxlsxwriter's types, declared here so that its headers stay out of ours.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace cnms::io {

/**
 * TabularWriter for xlsx through libxlsxwriter in constant-memory mode (rows go to disk as they
 * come): one worksheet, bold frozen header, numbers as number cells, dates as date cells
 * formatted yyyy-mm-dd, text as UTF-8 inline strings.
 */
class XlsxWriter final : public TabularWriter {
public:
    /** Throws ExportError for a sheet name Excel refuses or a workbook that cannot be started. */
    XlsxWriter(std::string path, const TabularWriterOptions& options = {});
    ~XlsxWriter() override;

    void writeHeader(const std::vector<std::string>& names) override;
    void writeRow(const std::vector<CellValue>& cells) override;
    void finish() override;

private:
    void writeCell(unsigned col, const CellValue& cell);
    [[noreturn]] void fail(const std::string& reason) const;
    std::string m_tempPath;
    ::lxw_workbook* m_workbook = nullptr;
    ::lxw_worksheet* m_sheet = nullptr;
    ::lxw_format* m_bold = nullptr;
    ::lxw_format* m_dateFormat = nullptr;
    unsigned m_row = 0;  // next 0-based row
    bool m_finished = false;
};

}  // namespace cnms::io
