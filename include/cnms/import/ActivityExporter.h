// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

#include "cnms/core/ProjectStore.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/io/TabularWriter.h"

namespace cnms::import {

/**
 * Writes a reporting year's activity records to CSV or xlsx (by the file's extension) in the import
 * format — the English column names of docs/data-formats.md, one row per record, numbers as numbers
 * and dates as dates — so that the file imports back into a project with the same sites unchanged.
 * The file appears only when complete (io::TabularWriter); throws io::ExportError naming the file
 * (also when `progress` returns false: the export was cancelled). Returns the number of records written.
 */
std::size_t exportActivities(ProjectStore& store, int year, const std::string& path,
                             const io::TabularWriterOptions& options = {}, const ImportProgress& progress = {});

}  // namespace cnms::import
