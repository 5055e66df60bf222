// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cnms::io::detail {

/** Name of the temporary file written beside `path` before it replaces it. */
std::string temporaryPathFor(const std::string& path);

/** Moves the finished temporary file over `path`; throws ExportError naming `path`. */
void commitTemporary(const std::string& temporary, const std::string& path);

/** Removes an abandoned temporary file, ignoring errors. */
void discardTemporary(const std::string& temporary) noexcept;

}  // namespace cnms::io::detail
