// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cnms::io::detail {

/** Whole content of a file in one read. Throws ImportError naming the file when it cannot be read. */
std::string readFileBytes(const std::string& path);

/** Up to `count` first bytes of a file (fewer when it is shorter); throws like readFileBytes. */
std::string readFileHead(const std::string& path, std::size_t count);

}  // namespace cnms::io::detail
