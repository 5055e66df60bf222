// SPDX-License-Identifier: MIT
#include "cnms/io/TabularReader.h"

#include <algorithm>
#include <filesystem>

#include "CsvTabularReader.h"
#include "FileBytes.h"
#include "XlsxTabularReader.h"
#include "cnms/core/TextUtil.h"
#include "cnms/io/ImportIssue.h"

namespace cnms::io {
namespace {

constexpr std::string_view kCompoundFileMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

bool isBlank(const TabularRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](std::string_view c) { return text::trim(c).empty(); });
}

/** An OLE compound file is either an Excel 97-2003 workbook or an encrypted OOXML package. */
[[noreturn]] void refuseCompoundFile(const std::string& path) {
    const std::string bytes = detail::readFileBytes(path);
    const std::u16string_view marker = u"EncryptedPackage";
    const std::string_view markerBytes(reinterpret_cast<const char*>(marker.data()), marker.size() * 2);
    if (bytes.find(markerBytes) != std::string::npos)
        throw ImportError(path, 0,
                          "the workbook is protected by a password (encrypted); open it in Excel, remove the "
                          "password and save it again as .xlsx");
    throw ImportError(path, 0,
                      "is an Excel 97-2003 workbook (.xls), which is not read; save it as .xlsx or as CSV UTF-8");
}

}  // namespace

std::unique_ptr<TabularReader> TabularReader::open(const std::string& path, const TabularOptions& options) {
    const std::string ext = text::toLower(std::filesystem::path(path).extension().string());
    const std::string head = detail::readFileHead(path, 8);
    if (head == kCompoundFileMagic) refuseCompoundFile(path);
    const bool zip = head.starts_with("PK\x03\x04") || head.starts_with("PK\x05\x06");
    std::unique_ptr<TabularReader> reader;
    if (zip || ext == ".xlsx" || ext == ".xlsm") {
        reader = std::make_unique<detail::XlsxTabularReader>(path, options);
    } else if (ext == ".xls" || ext == ".et") {
        throw ImportError(path, 0, "is not an xlsx workbook nor a readable .xls; save it as .xlsx or as CSV UTF-8");
    } else {
        reader = std::make_unique<detail::CsvTabularReader>(path, detail::readFileBytes(path), options);
    }
    reader->readHeader();
    return reader;
}

bool TabularReader::next(TabularRow& row) {
    while (readRow(row))
        if (!isBlank(row)) return true;
    return false;
}

void TabularReader::readHeader() {
    TabularRow row;
    if (!next(row)) return;
    m_header.assign(row.cells.begin(), row.cells.end());
    m_headerRow = row.number;
}

std::vector<std::string> xlsxSheetNames(const std::string& path) {
    detail::ZipArchive zip(path);
    std::vector<std::string> names;
    for (auto& s : detail::readWorkbook(zip).sheets) names.push_back(std::move(s.name));
    return names;
}

}  // namespace cnms::io
