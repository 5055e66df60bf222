// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** Internal helpers for the shipped factor tables and for record parsing; not installed. */
namespace cnms::accounting::detail {

/** A CSV text read whole, with columns found by header name (the shipped tables are small). */
class CsvTable {
public:
    /** Parses `text`; `name` names the table in errors (e.g. "fuels_cn.csv"). */
    CsvTable(std::string_view text, std::string name);

    std::size_t rows() const { return m_rows.size(); }
    /** Index of a header column; throws std::logic_error when the shipped table lacks it. */
    std::size_t column(std::string_view header) const;
    std::string_view at(std::size_t row, std::size_t column) const;
    /** A numeric cell; throws std::logic_error naming table, row and column when it is not a number. */
    double number(std::size_t row, std::size_t column) const;
    std::optional<double> optionalNumber(std::size_t row, std::size_t column) const;

private:
    std::string m_name;
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

/** Parses a whole finite decimal number (leading/trailing spaces allowed); nullopt for anything else, NaN and inf included. */
std::optional<double> parseNumber(std::string_view text);

/** FNV-1a 64-bit hash of `text` as 16 hex digits: identifies a shipped table's content. */
std::string contentHash(std::string_view text);

/** Lower-case ASCII identifier: letters and digits kept, every other run becomes one '_'. */
std::string slug(std::string_view text);

}  // namespace cnms::accounting::detail
