// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/import/ImportOptions.h"
#include "cnms/io/ColumnMap.h"

namespace cnms::import {

/** The activity-data columns with the Chinese headers users write (docs/data-formats.md lists them). */
const std::vector<io::ColumnSpec>& activityColumns();

/** Thrown when the caller's progress callback asked to stop; nothing was stored. */
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled() : std::runtime_error("the import was cancelled; nothing was stored") {}
};

/** Called every few thousand rows with the rows read so far; return false to cancel. */
using ImportProgress = std::function<bool(std::size_t rowsRead)>;

/**
 * Imports activity data from CSV (UTF-8, UTF-8 with BOM, GBK: detected) or xlsx, all or nothing.
 * Every row is parsed and validated against the factor library pinned for its year (unknown
 * sites, units that do not fit the factor, periods across years, duplicate record ids ... are
 * errors); a file with any bad row stores nothing and is refused with io::ImportError listing
 * every problem (up to 10,000) by file, row, column and value. A good file is stored in one unit
 * of work with one change-log entry, and the inventory cache of each year it touches is
 * recalculated in the same unit of work.
 */
ImportSummary importActivities(ProjectStore& store, const std::string& path, const ImportOptions& options = {},
                               const ImportProgress& progress = {});

}  // namespace cnms::import
