// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cnms/io/ExcelValues.h"

namespace cnms::io::detail {

class ZipArchive;

/** A sheet listed in xl/workbook.xml and where its XML part is. */
struct XlsxSheetEntry {
    std::string name;
    std::string part;        ///< zip entry name, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
    bool worksheet = true;   ///< false for chart sheets and other non-grid sheets
};

/** What the workbook part and its relationships say. */
struct XlsxWorkbook {
    std::vector<XlsxSheetEntry> sheets;
    bool date1904 = false;
    std::string sharedStringsPart;  ///< empty when the workbook has none
    std::string stylesPart;         ///< empty when the workbook has none
};

/** Reads _rels/.rels, the workbook part and its relationships. Throws ImportError for a non-workbook. */
XlsxWorkbook readWorkbook(ZipArchive& zip);

/** The shared string table (rich text runs joined, phonetic runs left out, _xHHHH_ decoded). */
std::vector<std::string> readSharedStrings(ZipArchive& zip, const std::string& part);

/** Kind of each cell format of xl/styles.xml (`cellXfs`), by the index cells give in `s`. */
std::vector<excel::FormatKind> readCellFormats(ZipArchive& zip, const std::string& part);

/** Decodes the `_xHHHH_` escapes OOXML uses for control characters (`_x000D_` is a CR). */
void decodeOoxmlEscapes(std::string& text);

/** Zip entry name of `target` of a relationship of a part in `baseDir` (e.g. "xl/"). */
std::string resolveTarget(std::string_view baseDir, std::string_view target);

}  // namespace cnms::io::detail
