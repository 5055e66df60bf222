// SPDX-License-Identifier: MIT
#include "cnms/records/FileHash.h"

#include <filesystem>

#include "cnms/core/Errors.h"
#include "cnms/core/Sha256.h"

// The registers' file references use the project's one SHA-256 (cnms/core/Sha256.h).
namespace cnms::records {

std::string sha256Hex(std::string_view data) { return sha256::ofBytes(data); }

FileDigest sha256OfFile(const std::string& path) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw NotFoundError("cannot read file " + path);
    return {sha256::ofFile(path), static_cast<std::int64_t>(size)};
}

}  // namespace cnms::records
