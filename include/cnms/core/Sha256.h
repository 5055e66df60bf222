// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

/**
 * SHA-256 fingerprints (FIPS 180-4) through OpenSSL's libcrypto, as lower-case hex. Used to
 * notice when an evidence file referred to by a record has changed since it was recorded.
 */
namespace cnms::sha256 {

/** Hash of the bytes of `data`. */
std::string ofBytes(std::string_view data);
/**
 * Hash of a file's content, read in chunks so large files need little memory; throws
 * std::runtime_error naming the file when it cannot be read.
 */
std::string ofFile(const std::string& path);

}  // namespace cnms::sha256
