// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <filesystem>
#include <string>

namespace cnms::storage {

/**
 * The files SQLite keeps beside a project PATH: PATH-wal and PATH-shm in WAL mode (the usual
 * one), PATH-journal while a bulk import writes with a rollback journal. They belong to the file:
 * a copy must not find a stale one of a file that used to be at its name, and a file moved aside
 * takes its own along.
 */
inline constexpr std::array<const char*, 3> kJournalSuffixes = {"-wal", "-shm", "-journal"};

/**
 * How long a reader waits for a bulk import of another process to finish. Such an import holds
 * the file to itself while it writes through a rollback journal (SqliteProjectStore.cpp); a
 * million rows take a few seconds. Readers in WAL mode never wait, so only this case uses it.
 */
inline constexpr int kBulkImportWaitMs = 60'000;

inline void removeJournalFiles(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : kJournalSuffixes) std::filesystem::remove(path + suffix, ec);
}

inline bool isJournalFileName(const std::string& name) {
    for (const char* suffix : kJournalSuffixes)
        if (name.ends_with(suffix)) return true;
    return false;
}

}  // namespace cnms::storage
