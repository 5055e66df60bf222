// SPDX-License-Identifier: MIT
#include "cnms/io/CsvWriter.h"

#include <cerrno>
#include <cstring>

#include "TempOutput.h"

namespace cnms::io {
namespace {

constexpr std::size_t kFlushSize = 1 << 20;

}  // namespace

void appendCsvField(std::string& out, std::string_view field, char separator) {
    bool quote = false;
    for (char c : field)
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out.append(field);
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

CsvWriter::CsvWriter(std::string path, const TabularWriterOptions& options)
    : TabularWriter(std::move(path)), m_options(options) {
    if (m_options.csvEncoding == Encoding::Auto) m_options.csvEncoding = Encoding::Utf8;
    if (m_options.csvEncoding != Encoding::Utf8 && m_options.csvEncoding != Encoding::Gbk)
        throw std::invalid_argument("CSV files are written in UTF-8 or GBK only");
    const char sep = m_options.csvSeparator;
    if (sep == '"' || sep == '\r' || sep == '\n' || sep == '\0')
        throw std::invalid_argument("a CSV separator cannot be a quote, a line break or NUL");
    m_tempPath = detail::temporaryPathFor(this->path());
    m_file = std::fopen(m_tempPath.c_str(), "wb");
    if (!m_file) throw ExportError(this->path() + ": cannot write the file: " + std::strerror(errno));
    if (m_options.csvBom && m_options.csvEncoding == Encoding::Utf8) m_buffer = "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter() {
    if (m_file) std::fclose(m_file);
    if (!m_finished) detail::discardTemporary(m_tempPath);
}

void CsvWriter::writeHeader(const std::vector<std::string>& names) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) m_buffer += m_options.csvSeparator;
        appendCsvField(m_buffer, names[i], m_options.csvSeparator);
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushSize) flush();
}

void CsvWriter::writeRow(const std::vector<CellValue>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) m_buffer += m_options.csvSeparator;
        if (cells[i].kind() == CellValue::Kind::Text)
            appendCsvField(m_buffer, cells[i].text(), m_options.csvSeparator);
        else
            appendCsvField(m_buffer, cells[i].toText(), m_options.csvSeparator);
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushSize) flush();
}

void CsvWriter::flush() {
    if (m_buffer.empty()) return;
    std::string encoded;
    const std::string* out = &m_buffer;
    if (m_options.csvEncoding == Encoding::Gbk) {
        try {
            encoded = encodeFromUtf8(m_buffer, Encoding::Gbk);
        } catch (const std::invalid_argument& e) {
            throw ExportError(path() + ": " + e.what());
        }
        out = &encoded;
    }
    if (std::fwrite(out->data(), 1, out->size(), m_file) != out->size())
        throw ExportError(path() + ": cannot write the file: " + std::strerror(errno));
    m_buffer.clear();
}

void CsvWriter::finish() {
    if (m_finished) return;
    flush();
    const bool ok = std::fflush(m_file) == 0;
    const int closeResult = std::fclose(m_file);
    m_file = nullptr;
    if (!ok || closeResult != 0) throw ExportError(path() + ": cannot write the file: " + std::strerror(errno));
    detail::commitTemporary(m_tempPath, path());
    m_finished = true;
}

}  // namespace cnms::io
