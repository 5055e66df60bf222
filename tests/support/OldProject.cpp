// SPDX-License-Identifier: MIT
#include "OldProject.h"

#include <filesystem>
#include <vector>

#include "cnms/storage/Migrations.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::test {

void writeProjectAtVersion(const std::string& path, int version) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
    sqlite::Database db(path, sqlite::Database::Mode::Create);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA application_id = " + std::to_string(storage::kApplicationId));
    std::vector<storage::Migration> steps;
    for (const auto& step : storage::projectMigrations())
        if (step.version <= version) steps.push_back(step);
    storage::applyMigrations(db, steps, 0);
}

}  // namespace cnms::test
