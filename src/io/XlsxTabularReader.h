// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "XlsxParts.h"
#include "XmlStream.h"
#include "ZipArchive.h"
#include "cnms/io/TabularReader.h"

namespace cnms::io::detail {

/** A worksheet row decoded to text, waiting to be handed out. */
struct XlsxRow {
    std::size_t number = 0;
    std::vector<std::string> cells;
};

/**
 * TabularReader over one worksheet of an xlsx: the workbook, relationships, styles and shared
 * strings are read first; the sheet XML is then streamed 64 KiB at a time, so memory holds the
 * shared strings and a few rows, never the sheet.
 */
class XlsxTabularReader final : public TabularReader {
public:
    XlsxTabularReader(std::string path, const TabularOptions& options);
    ~XlsxTabularReader() override;
    Format format() const override { return Format::Xlsx; }

protected:
    bool readRow(TabularRow& row) override;

private:
    class SheetHandler;
    ZipArchive m_zip;
    XlsxWorkbook m_book;
    std::vector<std::string> m_sharedStrings;
    std::vector<excel::FormatKind> m_formats;
    std::deque<XlsxRow> m_pending;
    XlsxRow m_current;
    std::unique_ptr<SheetHandler> m_handler;
    std::unique_ptr<XmlStream> m_xml;
    std::vector<char> m_buffer;
    bool m_done = false;
};

}  // namespace cnms::io::detail
