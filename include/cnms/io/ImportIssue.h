// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace cnms::io {

/**
 * One problem found while reading a file a user brought: where it is (file, 1-based row as the
 * user sees it in Excel or an editor, column header) and what is wrong. Shared by the file layer
 * (encoding, CSV syntax, xlsx structure, header mapping) and the domain importers (row errors), so
 * that every message about an imported file reads the same way.
 */
struct ImportIssue {
    std::string file;    ///< path or name of the file as the user gave it
    std::size_t row = 0; ///< 1-based row/line; 0 when the problem concerns the whole file
    std::string column;  ///< column header as written in the file; empty when not about one column
    std::string value;   ///< offending cell text; empty when not about one value
    std::string reason;  ///< English, e.g. "is not a number"
};

/**
 * Formats an issue as `file:row: column 'x' value 'y': reason`, leaving out the parts that are
 * empty (`file: reason` for a whole-file problem, `file:row: column 'x': reason` without a value).
 */
std::string formatIssue(const ImportIssue& issue);

/** A file refused as a whole; carries every issue found. `what()` lists them, one a line. */
class ImportError : public std::runtime_error {
public:
    explicit ImportError(std::vector<ImportIssue> issues);
    /** Shorthand for one whole-file or one-line problem. */
    ImportError(std::string file, std::size_t row, std::string reason);
    const std::vector<ImportIssue>& issues() const noexcept { return m_issues; }

private:
    std::vector<ImportIssue> m_issues;
};

}  // namespace cnms::io
