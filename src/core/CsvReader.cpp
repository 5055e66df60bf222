// SPDX-License-Identifier: MIT
#include "cnms/core/CsvReader.h"

namespace cnms {

CsvReader::CsvReader(std::string_view text, char separator) : m_text(text), m_sep(separator) {
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    m_scratch.clear();
    if (m_pos >= m_text.size()) return false;
    m_recordLine = m_line;
    const std::size_t n = m_text.size();
    for (;;) {
        if (m_pos < n && m_text[m_pos] == '"') {
            // Quoted field: runs to the next lone quote; "" stands for one quote.
            std::size_t start = ++m_pos;
            std::size_t quoteLine = m_line;
            bool escaped = false;
            for (;;) {
                auto q = m_text.find('"', m_pos);
                if (q == std::string_view::npos)
                    throw CsvError(quoteLine, "a quoted field opened on line " + std::to_string(quoteLine) +
                                                  " is never closed");
                for (std::size_t i = m_pos; i < q; ++i)
                    if (m_text[i] == '\n') ++m_line;
                if (q + 1 < n && m_text[q + 1] == '"') {
                    escaped = true;
                    m_pos = q + 2;
                    continue;
                }
                std::string_view raw = m_text.substr(start, q - start);
                if (escaped) {
                    std::string unescaped;
                    unescaped.reserve(raw.size());
                    for (std::size_t i = 0; i < raw.size(); ++i) {
                        unescaped += raw[i];
                        if (raw[i] == '"') ++i;  // skip the second quote of a pair
                    }
                    m_scratch.push_back(std::move(unescaped));
                    fields.emplace_back();  // fixed up below, once m_scratch stops moving
                    fields.back() = std::string_view(nullptr, m_scratch.size() - 1);
                } else {
                    fields.push_back(raw);
                }
                m_pos = q + 1;
                break;
            }
            if (m_pos < n && m_text[m_pos] != m_sep && m_text[m_pos] != '\n' && m_text[m_pos] != '\r')
                throw CsvError(m_line, "unexpected text after a closing quote on line " + std::to_string(m_line));
        } else {
            std::size_t end = m_pos;
            while (end < n && m_text[end] != m_sep && m_text[end] != '\n' && m_text[end] != '\r') ++end;
            fields.push_back(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
        }
        if (m_pos < n && m_text[m_pos] == m_sep) {
            ++m_pos;
            if (m_pos >= n) {  // a trailing separator at end of text: one more empty field
                fields.emplace_back();
                break;
            }
            continue;
        }
        // End of record: consume CRLF, LF or a lone CR.
        if (m_pos < n && m_text[m_pos] == '\r') ++m_pos;
        if (m_pos < n && m_text[m_pos] == '\n') ++m_pos;
        ++m_line;
        break;
    }
    // Point unescaped fields at their scratch copies (marked with a null data pointer above).
    for (auto& f : fields)
        if (f.data() == nullptr && f.size() < m_scratch.size()) f = m_scratch[f.size()];
    return true;
}

}  // namespace cnms
