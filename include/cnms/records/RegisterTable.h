// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cnms/records/RegisterRecord.h"
#include "cnms/records/RegisterService.h"

/**
 * A register as rows and columns, for CSV here and xlsx in the tabular I/O layer, and back.
 * Columns: record id, version, then every field of the schema in order.
 */
namespace cnms::records {

/** How headers and enum/bool cells are written. */
enum class Labels {
    Ids,  ///< field ids and option values: stable, for scripts and round trips
    Zh,   ///< Chinese labels
    En,   ///< English labels
};

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> lines;  ///< line of each row in its file, when read from one
};

/**
 * Rows and header of `records`. Cells: dates YYYY-MM-DD; numbers as written; sites joined by
 * ";"; files as "SHA256  PATH" (the sha256sum format); record references as the id.
 */
Table tabulate(const RegisterSchema& schema, const std::vector<RegisterRecord>& records, Labels labels);

/** RFC 4180 text: comma-separated, CRLF line ends, quotes where needed, UTF-8 with a BOM for spreadsheets. */
std::string toCsv(const Table& table);

/**
 * Reads a table written by tabulate (any Labels) or typed by hand: headers may be field ids or
 * the zh/en labels, enum cells option values or labels, booleans true/false, yes/no, 是/否, 1/0.
 * The id, version and computed columns are ignored. Throws ValidationError naming the line and
 * column of every cell that cannot be read; values are validated by RegisterService::import.
 */
std::vector<ImportRow> fromTable(const RegisterSchema& schema, const Table& table, std::size_t firstLine = 2);

/**
 * Reads one typed-in value for a field (a CSV cell, a `--field id=value` argument): numbers,
 * booleans, option labels, site lists "A;B", files "SHA256  PATH", record ids "12" or "#12".
 * Text that cannot be read is returned as a string, so that validation names the problem.
 */
nlohmann::json parseFieldText(const FieldDef& field, std::string_view text);

/** Parses CSV text (see CsvReader) into a Table; throws ValidationError for malformed CSV. */
Table parseCsv(std::string_view text);

}  // namespace cnms::records
