// SPDX-License-Identifier: MIT
#include "cnms/io/ColumnMap.h"

#include <stdexcept>

namespace cnms::io {
namespace {

/** Decodes one UTF-8 character at `i` (advancing it); invalid bytes come back as themselves. */
unsigned nextCodePoint(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = 1;
    unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

bool isSpace(unsigned cp) { return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == 0xA0; }

}  // namespace

std::string ColumnMap::normalizeHeader(std::string_view header) {
    std::string out;
    out.reserve(header.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < header.size();) {
        const std::size_t start = i;
        unsigned cp = nextCodePoint(header, i);
        if (cp == 0xFEFF) continue;  // a BOM left at the start of the first header cell
        if (isSpace(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII forms
        if (cp < 0x80) {
            char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            out += c;
        } else {
            out.append(header.substr(start, i - start));
        }
    }
    return out;
}

ColumnMap ColumnMap::fromHeader(const std::vector<std::string>& header, const std::vector<ColumnSpec>& specs,
                                const std::string& file, std::size_t headerRow) {
    ColumnMap map;
    std::vector<std::vector<std::string>> accepted;
    for (const auto& spec : specs) {
        map.m_entries.push_back(Entry{spec.name, npos, spec.name});
        std::vector<std::string> names{normalizeHeader(spec.name)};
        for (const auto& alias : spec.aliases) names.push_back(normalizeHeader(alias));
        accepted.push_back(std::move(names));
    }
    std::vector<std::pair<std::string, std::size_t>> unknownSeen;
    for (std::size_t col = 0; col < header.size(); ++col) {
        const std::string key = normalizeHeader(header[col]);
        if (key.empty()) continue;
        std::size_t match = npos;
        for (std::size_t s = 0; s < specs.size() && match == npos; ++s)
            for (const auto& name : accepted[s])
                if (name == key) {
                    match = s;
                    break;
                }
        if (match == npos) {
            bool repeated = false;
            for (const auto& seen : unknownSeen) repeated |= seen.first == key;
            if (!repeated) {
                unknownSeen.emplace_back(key, col);
                map.m_warnings.push_back({file,
                                          headerRow,
                                          header[col],
                                          {},
                                          "unknown column, ignored (column " + std::to_string(col + 1) + ")"});
            }
            continue;
        }
        Entry& e = map.m_entries[match];
        if (e.index != npos) {
            map.m_errors.push_back({file,
                                    headerRow,
                                    header[col],
                                    {},
                                    "appears twice: columns " + std::to_string(e.index + 1) + " ('" + e.header +
                                        "') and " + std::to_string(col + 1) + " both mean '" + specs[match].name +
                                        "'"});
            continue;
        }
        e.index = col;
        e.header = header[col];
    }
    for (std::size_t s = 0; s < specs.size(); ++s) {
        if (!specs[s].required || map.m_entries[s].index != npos) continue;
        std::string names = "'" + specs[s].name + "'";
        for (const auto& alias : specs[s].aliases) names += ", '" + alias + "'";
        map.m_errors.push_back(
            {file, headerRow, specs[s].name, {}, "required column is missing (accepted headers: " + names + ")"});
    }
    return map;
}

ColumnMap ColumnMap::fromReader(const TabularReader& reader, const std::vector<ColumnSpec>& specs) {
    return fromHeader(reader.header(), specs, reader.path(), reader.headerRow() == 0 ? 1 : reader.headerRow());
}

const ColumnMap::Entry& ColumnMap::entry(std::string_view name) const {
    for (const auto& e : m_entries)
        if (e.name == name) return e;
    throw std::out_of_range("no column spec named '" + std::string(name) + "'");
}

std::size_t ColumnMap::index(std::string_view name) const { return entry(name).index; }

const std::string& ColumnMap::headerOf(std::string_view name) const { return entry(name).header; }

void ColumnMap::throwIfErrors() const {
    if (!m_errors.empty()) throw ImportError(m_errors);
}

}  // namespace cnms::io
