// SPDX-License-Identifier: MIT
#include "cnms/core/FileFingerprint.h"

#include <filesystem>

#include "cnms/core/Errors.h"
#include "cnms/core/Sha256.h"

namespace cnms {
namespace fs = std::filesystem;

std::string_view toString(FileState state) {
    switch (state) {
        case FileState::Unchanged: return "unchanged";
        case FileState::Changed: return "changed";
        case FileState::Missing: return "missing";
    }
    return "unknown";
}

FileRef fingerprintFile(std::string_view path, std::string_view recordedAt, std::string_view field) {
    std::error_code ec;
    fs::path p = fs::absolute(fs::path(std::string(path)), ec);
    if (ec || !fs::is_regular_file(p, ec))
        throw ValidationError({{std::string(field), "file_unreadable", "no readable file at " + std::string(path)}});
    try {
        FileRef ref;
        ref.path = p.lexically_normal().string();
        ref.sha256 = sha256::ofFile(ref.path);
        ref.size = static_cast<std::int64_t>(fs::file_size(p));
        ref.recordedAt = std::string(recordedAt);
        return ref;
    } catch (const std::exception& e) {
        throw ValidationError({{std::string(field), "file_unreadable", e.what()}});
    }
}

FileState checkFile(const FileRef& ref) {
    std::error_code ec;
    if (!fs::is_regular_file(ref.path, ec)) return FileState::Missing;
    try {
        // Size first: a cheap answer for most changes, and the hash settles the rest.
        if (static_cast<std::int64_t>(fs::file_size(ref.path)) != ref.size) return FileState::Changed;
        return sha256::ofFile(ref.path) == ref.sha256 ? FileState::Unchanged : FileState::Changed;
    } catch (const std::exception&) {
        return FileState::Missing;
    }
}

}  // namespace cnms
