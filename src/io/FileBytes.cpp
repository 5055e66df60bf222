// SPDX-License-Identifier: MIT
#include "FileBytes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "cnms/io/ImportIssue.h"

namespace cnms::io::detail {
namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File openForReading(const std::string& path) {
    File f(std::fopen(path.c_str(), "rb"));
    if (!f) throw ImportError(path, 0, std::string("cannot open the file: ") + std::strerror(errno));
    return f;
}

}  // namespace

std::string readFileBytes(const std::string& path) {
    File f = openForReading(path);
    std::string bytes;
    if (std::fseek(f.get(), 0, SEEK_END) == 0) {
        long size = std::ftell(f.get());
        // One more than the size, so that the first read comes up short and ends the loop.
        if (size >= 0) bytes.reserve(static_cast<std::size_t>(size) + 1);
        std::rewind(f.get());
    }
    // Read until a short read: also right for pipes and for files that grow meanwhile.
    constexpr std::size_t kBlock = 1 << 22;
    for (;;) {
        const std::size_t used = bytes.size();
        const std::size_t want = bytes.capacity() > used ? bytes.capacity() - used : kBlock;
        bytes.resize(used + want);
        const std::size_t got = std::fread(bytes.data() + used, 1, want, f.get());
        bytes.resize(used + got);
        if (got < want) break;
    }
    if (std::ferror(f.get())) throw ImportError(path, 0, std::string("cannot read the file: ") + std::strerror(errno));
    return bytes;
}

std::string readFileHead(const std::string& path, std::size_t count) {
    File f = openForReading(path);
    std::string bytes(count, '\0');
    bytes.resize(std::fread(bytes.data(), 1, count, f.get()));
    if (std::ferror(f.get())) throw ImportError(path, 0, std::string("cannot read the file: ") + std::strerror(errno));
    return bytes;
}

}  // namespace cnms::io::detail
