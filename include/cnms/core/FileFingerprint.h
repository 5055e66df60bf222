// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cnms {

/**
 * An evidence file as it was when it was recorded: where it is and its SHA-256, so that a later
 * change of the file (or its disappearance) is noticed rather than silently trusted.
 */
struct FileRef {
    std::string path;    ///< absolute, as recorded
    std::string sha256;  ///< lower-case hex
    std::int64_t size = 0;
    std::string recordedAt;  ///< ISO 8601 UTC

    bool operator==(const FileRef&) const = default;
};

/** What a file looks like now compared with its fingerprint. */
enum class FileState { Unchanged, Changed, Missing };

std::string_view toString(FileState state);

/**
 * Fingerprints the file at `path` (made absolute) at `recordedAt`; throws ValidationError with
 * field `field` (code "file_unreadable") when it does not exist or cannot be read.
 */
FileRef fingerprintFile(std::string_view path, std::string_view recordedAt, std::string_view field = "file");

/** Compares the file on disk with its recorded fingerprint. */
FileState checkFile(const FileRef& ref);

}  // namespace cnms
