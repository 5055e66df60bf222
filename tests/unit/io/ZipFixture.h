// SPDX-License-Identifier: MIT
#pragma once

// Builds and inspects zip archives for the xlsx tests with minizip, so each test crafts exactly
// the workbook parts it needs.

#include <unzip.h>
#include <zip.h>
#include <zlib.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace cnms::test {

struct ZipEntry {
    std::string name;
    std::string content;
    bool stored = false;             ///< no compression, so that the test can find the bytes in the file
    const char* password = nullptr;  ///< traditional PKWARE encryption
};

inline void writeZip(const std::string& path, const std::vector<ZipEntry>& entries) {
    zipFile zf = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (!zf) throw std::runtime_error("cannot create " + path);
    for (const auto& e : entries) {
        zip_fileinfo info{};
        const int method = e.stored ? 0 : Z_DEFLATED;
        const auto crc =
            crc32(0, reinterpret_cast<const Bytef*>(e.content.data()), static_cast<uInt>(e.content.size()));
        if (zipOpenNewFileInZip3_64(zf, e.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                    Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                    e.password, crc, 0) != ZIP_OK ||
            zipWriteInFileInZip(zf, e.content.data(), static_cast<unsigned>(e.content.size())) != ZIP_OK ||
            zipCloseFileInZip(zf) != ZIP_OK)
            throw std::runtime_error("cannot write " + e.name + " into " + path);
    }
    zipClose(zf, nullptr);
}

/** Content of one entry of a zip archive (empty when missing). */
inline std::string readZipEntry(const std::string& path, const std::string& name) {
    unzFile uf = unzOpen64(path.c_str());
    if (!uf) return {};
    std::string out;
    if (unzLocateFile(uf, name.c_str(), 0) == UNZ_OK && unzOpenCurrentFile(uf) == UNZ_OK) {
        char buf[8192];
        int n;
        while ((n = unzReadCurrentFile(uf, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
        unzCloseCurrentFile(uf);
    }
    unzClose(uf);
    return out;
}

}  // namespace cnms::test
