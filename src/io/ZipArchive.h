// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace cnms::io::detail {

/**
 * A zip archive opened for reading with minizip, one entry at a time (a minizip limit). Every
 * failure is an ImportError naming the archive and, where there is one, the entry.
 */
class ZipArchive {
public:
    /** Throws ImportError when `path` is not a zip archive or its directory is damaged. */
    explicit ZipArchive(const std::string& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const std::string& path() const { return m_path; }
    /** True when the archive holds `name` (compared case-insensitively, as Excel does). */
    bool contains(const std::string& name);
    /** Opens entry `name` for readSome(); false when it does not exist. Refuses encrypted entries. */
    bool openEntry(const std::string& name);
    /** Reads up to `size` bytes of the open entry; 0 at its end. */
    std::size_t readSome(char* buffer, std::size_t size);
    /** Closes the open entry; verifies its CRC when it was read to the end. */
    void closeEntry();
    /** Whole content of entry `name`; throws ImportError when it is missing. */
    std::string readEntry(const std::string& name);

private:
    std::string m_path;
    void* m_zip = nullptr;  // unzFile
    std::string m_entry;    // name of the open entry, empty when none
};

}  // namespace cnms::io::detail
