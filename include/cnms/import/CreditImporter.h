// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/import/ImportOptions.h"
#include "cnms/io/ColumnMap.h"

namespace cnms::import {

/** The columns of an offset-credit file, with the Chinese headers users write. */
const std::vector<io::ColumnSpec>& creditColumns();

/**
 * Imports offset credits from CSV or xlsx, all or nothing: every row is parsed and validated, and
 * checked for double counting against the project and against the rows above it; a file with any
 * bad row stores nothing and is refused with io::ImportError listing every problem (file, row,
 * column, value, reason). A good file is stored in one unit of work with one change-log entry.
 */
ImportSummary importCredits(ProjectStore& store, const std::string& path, const ImportOptions& options = {});

}  // namespace cnms::import
