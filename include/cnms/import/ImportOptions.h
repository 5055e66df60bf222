// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

#include "cnms/io/TabularReader.h"

namespace cnms::import {

/** How a user's file is imported into a project. */
struct ImportOptions {
    io::TabularOptions file;  ///< encoding (CSV), sheet (xlsx)
    bool dryRun = false;      ///< validate every row, store nothing
};

/** What an import did (or, for a dry run, would do). */
struct ImportSummary {
    std::string file;
    std::size_t rows = 0;  ///< data rows read and accepted
    bool stored = false;   ///< false for a dry run
    std::string batch;     ///< the change-log batch name, e.g. "offsets.csv (12 rows)"
};

/** Parses a cell as a finite number: trims spaces, accepts a leading +, refuses anything else. */
bool parseNumber(std::string_view cell, double& out);

}  // namespace cnms::import
