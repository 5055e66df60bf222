// SPDX-License-Identifier: MIT
#include "cnms/io/TabularWriter.h"

#include <filesystem>

#include "cnms/core/TextUtil.h"
#include "cnms/io/CsvWriter.h"
#include "cnms/io/ExcelValues.h"
#include "cnms/io/XlsxWriter.h"

namespace cnms::io {

CellValue CellValue::date(int year, unsigned month, unsigned day) {
    CellValue v;
    v.m_kind = Kind::Date;
    v.m_year = year;
    v.m_month = month;
    v.m_day = day;
    return v;
}

std::string CellValue::toText() const {
    switch (m_kind) {
        case Kind::Empty: return {};
        case Kind::Text: return m_text;
        case Kind::Number: return excel::formatNumber(m_number);
        case Kind::Date: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", m_year, m_month, m_day);
            return buf;
        }
    }
    return {};
}

std::unique_ptr<TabularWriter> TabularWriter::create(const std::string& path, const TabularWriterOptions& options) {
    const std::string ext = text::toLower(std::filesystem::path(path).extension().string());
    if (ext == ".xlsx") return std::make_unique<XlsxWriter>(path, options);
    if (ext == ".xls" || ext == ".xlsm")
        throw ExportError(path + ": only .xlsx workbooks and CSV can be written");
    return std::make_unique<CsvWriter>(path, options);
}

}  // namespace cnms::io
