// SPDX-License-Identifier: MIT
#include "TempOutput.h"

#include <filesystem>
#include <random>

#include "cnms/io/TabularWriter.h"

namespace cnms::io::detail {

std::string temporaryPathFor(const std::string& path) {
    // Same directory, so that the final rename stays on one file system and is atomic.
    std::random_device rd;
    return path + ".tmp-" + std::to_string(rd() % 1000000);
}

void commitTemporary(const std::string& temporary, const std::string& path) {
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        discardTemporary(temporary);
        throw ExportError(path + ": cannot write the file: " + ec.message());
    }
}

void discardTemporary(const std::string& temporary) noexcept {
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
}

}  // namespace cnms::io::detail
