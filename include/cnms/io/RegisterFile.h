// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/records/RegisterRecord.h"
#include "cnms/records/RegisterSchema.h"
#include "cnms/records/RegisterTable.h"

namespace cnms::io {

/**
 * Writes a register as records::tabulate lays it out (id, version, then every field in schema
 * order) to CSV or xlsx, chosen by the extension (.xlsx, else CSV: UTF-8 with a BOM). In xlsx,
 * id, version and number fields are number cells and date fields date cells, so a spreadsheet
 * sorts and sums them; the sheet is named after the record type. Written through TabularWriter:
 * a failure leaves no half-written file. Throws ExportError naming the file.
 */
void writeRegisterFile(const records::RegisterSchema& schema, const std::vector<records::RegisterRecord>& records,
                       records::Labels labels, const std::string& path);

/**
 * Reads a register file back into a table for records::fromTable: a CSV in any encoding the
 * importers accept or the first sheet of an xlsx (dates come back as YYYY-MM-DD, numbers in their
 * shortest form). `lines` holds each row's number in the file. Throws ImportError naming the file.
 */
records::Table readRegisterFile(const std::string& path);

}  // namespace cnms::io
