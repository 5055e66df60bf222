// SPDX-License-Identifier: MIT
#include "CsvTable.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "cnms/core/CsvReader.h"
#include "cnms/core/TextUtil.h"

namespace cnms::accounting::detail {

CsvTable::CsvTable(std::string_view text, std::string name) : m_name(std::move(name)) {
    CsvReader reader(text);
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) throw std::logic_error(m_name + " is empty");
    for (auto f : fields) m_header.emplace_back(text::trim(f));
    while (reader.next(fields)) {
        if (fields.size() == 1 && text::trim(fields[0]).empty()) continue;  // blank line
        std::vector<std::string> row;
        row.reserve(m_header.size());
        for (auto f : fields) row.emplace_back(text::trim(f));
        row.resize(m_header.size());
        m_rows.push_back(std::move(row));
    }
}

std::size_t CsvTable::column(std::string_view header) const {
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (m_header[i] == header) return i;
    throw std::logic_error(m_name + " has no column '" + std::string(header) + "'");
}

std::string_view CsvTable::at(std::size_t row, std::size_t col) const { return m_rows.at(row).at(col); }

double CsvTable::number(std::size_t row, std::size_t col) const {
    if (auto v = parseNumber(at(row, col))) return *v;
    throw std::logic_error(m_name + " row " + std::to_string(row + 2) + " column " + m_header.at(col) +
                           ": '" + std::string(at(row, col)) + "' is not a number");
}

std::optional<double> CsvTable::optionalNumber(std::size_t row, std::size_t col) const {
    if (at(row, col).empty()) return std::nullopt;
    return number(row, col);
}

std::optional<double> parseNumber(std::string_view text) {
    text = text::trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string contentHash(std::string_view text) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::string slug(std::string_view s) {
    std::string out;
    bool pendingSep = false;
    for (char c : s) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (!alnum) {
            pendingSep = !out.empty();
            continue;
        }
        if (pendingSep) out += '_';
        pendingSep = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace cnms::accounting::detail
