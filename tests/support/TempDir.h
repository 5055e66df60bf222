// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

namespace cnms::test {

/** A fresh directory under the system temp folder, removed with everything in it at the end. */
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /** Path of a file inside the directory, as a string for the APIs that take one. */
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

/** Path of a file in tests/data. */
std::string dataFile(const std::string& name);
/** Whole content of a file, binary. */
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& content);

}  // namespace cnms::test
