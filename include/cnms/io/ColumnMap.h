// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/io/ImportIssue.h"
#include "cnms/io/TabularReader.h"

namespace cnms::io {

/**
 * A column an importer understands: its name, the other headers that mean it (e.g. Chinese ones),
 * and whether it must be present.
 */
struct ColumnSpec {
    std::string name;                  ///< canonical name the importer asks for, e.g. "site_code"
    std::vector<std::string> aliases;  ///< other accepted headers, e.g. {"站点代码", "Site code"}
    bool required = true;
};

/**
 * Where each specified column sits in a file's header. Headers match a spec's name or alias
 * case-insensitively after normalization (see normalizeHeader). Every problem is collected, not
 * only the first: a missing required column or a column given twice is an error, a header no
 * spec knows is a warning.
 */
class ColumnMap {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /** Maps `header` (found on `headerRow` of `file`, both for messages) against `specs`. */
    static ColumnMap fromHeader(const std::vector<std::string>& header, const std::vector<ColumnSpec>& specs,
                                const std::string& file = {}, std::size_t headerRow = 1);
    /** Same, with the header, file and row of an open reader. */
    static ColumnMap fromReader(const TabularReader& reader, const std::vector<ColumnSpec>& specs);

    /**
     * Header text reduced for comparison: BOM, surrounding ASCII/full-width/no-break spaces
     * removed, inner runs of spaces made one, full-width ASCII forms (Ｃ, （) folded to ASCII,
     * ASCII letters lower-cased. "  Site　Code（ｔ）" → "site code(t)".
     */
    static std::string normalizeHeader(std::string_view header);

    /**
     * 0-based column of spec `name`, or npos when the file lacks it. Throws std::out_of_range for
     * a name that is not in the specs (a programming error).
     */
    std::size_t index(std::string_view name) const;
    bool has(std::string_view name) const { return index(name) != npos; }
    /** Cell of spec `name` in `row` (empty when the column is absent or the row is short). */
    std::string_view get(const TabularRow& row, std::string_view name) const { return row.cell(index(name)); }
    /** The header as written in the file for spec `name` (its canonical name when absent), for messages. */
    const std::string& headerOf(std::string_view name) const;

    const std::vector<ImportIssue>& errors() const { return m_errors; }
    const std::vector<ImportIssue>& warnings() const { return m_warnings; }
    bool ok() const { return m_errors.empty(); }
    /** Throws ImportError with every error when there is any. */
    void throwIfErrors() const;

private:
    struct Entry {
        std::string name;
        std::size_t index = npos;
        std::string header;
    };
    const Entry& entry(std::string_view name) const;
    std::vector<Entry> m_entries;
    std::vector<ImportIssue> m_errors;
    std::vector<ImportIssue> m_warnings;
};

}  // namespace cnms::io
