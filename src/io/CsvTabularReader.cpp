// SPDX-License-Identifier: MIT
#include "CsvTabularReader.h"

#include "cnms/io/ImportIssue.h"

namespace cnms::io::detail {

char sniffSeparator(std::string_view text) {
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;  // "" toggles twice: still right
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        comma += c == ',';
        semicolon += c == ';';
        tab += c == '\t';
    }
    if (tab > comma && tab >= semicolon) return '\t';
    if (semicolon > comma) return ';';
    return ',';
}

CsvTabularReader::CsvTabularReader(std::string path, std::string bytes, const TabularOptions& options)
    : TabularReader(path), m_text(decodeToUtf8(std::move(bytes), options.encoding, path)) {
    const std::string_view text = m_text.utf8();
    char separator = options.separator;
    // Excel writes and honours a first line "sep=;" naming the separator.
    const bool sepLine =
        text.size() >= 5 && text.starts_with("sep=") && (text.size() == 5 || text[5] == '\r' || text[5] == '\n');
    if (sepLine && separator == 0) separator = text[4];
    if (separator == 0) separator = sniffSeparator(text);
    if (separator == '"' || separator == '\n' || separator == '\r')
        throw ImportError(path, 0, std::string("'") + separator + "' cannot separate CSV fields");
    m_csv.emplace(text, separator);
    if (sepLine) {  // read past it here, so that line numbers stay those of the file
        std::vector<std::string_view> skipped;
        m_csv->next(skipped);
    }
}

bool CsvTabularReader::readRow(TabularRow& row) {
    try {
        if (!m_csv->next(row.cells)) return false;
    } catch (const CsvError& e) {
        throw ImportError(path(), e.line(), e.what());
    }
    row.number = m_csv->recordLine();
    return true;
}

}  // namespace cnms::io::detail
