// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

/**
 * SHA-256 of referenced files, through OpenSSL's EVP interface. (The lead may replace this with
 * the shared cnms/core/Sha256.h at merge: same contract, lower-case hex.)
 */
namespace cnms::records {

/** Lower-case hex SHA-256 of `data`. */
std::string sha256Hex(std::string_view data);

/** Digest and size of a file, read in chunks; throws NotFoundError when it cannot be read. */
struct FileDigest {
    std::string sha256;
    std::int64_t size = 0;
};
FileDigest sha256OfFile(const std::string& path);

}  // namespace cnms::records
