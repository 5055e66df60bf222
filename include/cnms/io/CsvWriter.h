// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "cnms/io/TabularWriter.h"

namespace cnms::io {

/**
 * Appends `field` to `out` as RFC 4180 requires: quoted, with quotes doubled, when it holds the
 * separator, a quote, CR or LF; as is otherwise.
 */
void appendCsvField(std::string& out, std::string_view field, char separator = ',');

/** TabularWriter for CSV: CRLF line ends, RFC 4180 quoting, UTF-8 (BOM by default) or GBK. */
class CsvWriter final : public TabularWriter {
public:
    /** Throws ExportError when the temporary file cannot be created; std::invalid_argument for a bad option. */
    CsvWriter(std::string path, const TabularWriterOptions& options = {});
    ~CsvWriter() override;

    void writeHeader(const std::vector<std::string>& names) override;
    void writeRow(const std::vector<CellValue>& cells) override;
    void finish() override;

private:
    void flush();
    TabularWriterOptions m_options;
    std::string m_tempPath;
    std::FILE* m_file = nullptr;
    std::string m_buffer;
    bool m_finished = false;
};

}  // namespace cnms::io
