// SPDX-License-Identifier: MIT
#include "ZipArchive.h"

#include <unzip.h>

#include "cnms/io/ImportIssue.h"

namespace cnms::io::detail {
namespace {

constexpr int kCaseInsensitive = 2;

}  // namespace

ZipArchive::ZipArchive(const std::string& path) : m_path(path), m_zip(unzOpen64(path.c_str())) {
    if (!m_zip)
        throw ImportError(path, 0,
                          "is not an xlsx workbook, or it is damaged or truncated (it cannot be opened as a zip "
                          "archive)");
}

ZipArchive::~ZipArchive() {
    if (!m_entry.empty()) unzCloseCurrentFile(m_zip);
    unzClose(m_zip);
}

bool ZipArchive::contains(const std::string& name) {
    return unzLocateFile(m_zip, name.c_str(), kCaseInsensitive) == UNZ_OK;
}

bool ZipArchive::openEntry(const std::string& name) {
    if (!m_entry.empty()) closeEntry();
    if (unzLocateFile(m_zip, name.c_str(), kCaseInsensitive) != UNZ_OK) return false;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        throw ImportError(m_path, 0, "damaged xlsx: cannot read the zip entry of " + name);
    if (info.flag & 1)
        throw ImportError(m_path, 0, "the workbook is encrypted (" + name +
                                         "); save it without a password and import again");
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        throw ImportError(m_path, 0, "damaged xlsx: cannot open " + name + " in the zip archive");
    m_entry = name;
    return true;
}

std::size_t ZipArchive::readSome(char* buffer, std::size_t size) {
    if (m_entry.empty()) return 0;
    const unsigned chunk = size > (1u << 30) ? (1u << 30) : static_cast<unsigned>(size);
    int got = unzReadCurrentFile(m_zip, buffer, chunk);
    if (got < 0)
        throw ImportError(m_path, 0, "damaged or truncated xlsx: cannot decompress " + m_entry + " (zip error " +
                                         std::to_string(got) + ")");
    return static_cast<std::size_t>(got);
}

void ZipArchive::closeEntry() {
    if (m_entry.empty()) return;
    std::string name = std::move(m_entry);
    m_entry.clear();
    if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
        throw ImportError(m_path, 0, "damaged xlsx: " + name + " fails its checksum");
}

std::string ZipArchive::readEntry(const std::string& name) {
    if (!openEntry(name)) throw ImportError(m_path, 0, "not an xlsx workbook: it has no " + name);
    std::string content;
    char buffer[1 << 16];
    while (std::size_t got = readSome(buffer, sizeof buffer)) content.append(buffer, got);
    closeEntry();
    return content;
}

}  // namespace cnms::io::detail
