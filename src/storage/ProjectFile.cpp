// SPDX-License-Identifier: MIT
#include "cnms/storage/ProjectFile.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "SqliteProjectStore.h"
#include "cnms/storage/Migrations.h"

namespace cnms::storage {
namespace fs = std::filesystem;
using Kind = ProjectFileError::Kind;

namespace {

bool hasSqliteHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<char, 16> magic{};
    in.read(magic.data(), magic.size());
    return in.gcount() == 16 && std::string_view(magic.data(), 16) == std::string_view("SQLite format 3\0", 16);
}

/** Checks a file without writing to it; returns its schema version. */
int inspect(const std::string& path, bool checkIntegrity) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ProjectFileError(Kind::NotFound, path, "no such file: " + path);
    if (!fs::is_regular_file(path, ec))
        throw ProjectFileError(Kind::NotAProject, path, path + " is not a regular file");
    if (!hasSqliteHeader(path))
        throw ProjectFileError(Kind::NotAProject, path,
                               path + " is not a CNMS Workbench project (it is not an SQLite database)");
    try {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        auto appId = db.queryInt("PRAGMA application_id").value_or(0);
        db.queryInt("SELECT count(*) FROM sqlite_master");  // parses the schema: finds most damage
        if (appId != kApplicationId)
            throw ProjectFileError(Kind::NotAProject, path,
                                   path + " is an SQLite database but not a CNMS Workbench project");
        int version = static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0));
        if (version > currentSchemaVersion())
            throw ProjectFileError(Kind::TooNew, path,
                                   path + " was written by a newer version of CNMS Workbench (schema v" +
                                       std::to_string(version) + "; this version reads up to v" +
                                       std::to_string(currentSchemaVersion()) + "); please update the workbench",
                                   version);
        if (version < 1)
            throw ProjectFileError(Kind::Damaged, path, path + " is a CNMS project without a schema version (damaged)");
        if (checkIntegrity) {
            auto result = db.queryText("PRAGMA quick_check").value_or("");
            if (result != "ok")
                throw ProjectFileError(Kind::Damaged, path, path + " is damaged: " + result, version);
        }
        return version;
    } catch (const sqlite::Error& e) {
        if (e.isCorruption())
            throw ProjectFileError(Kind::Damaged, path, path + " is damaged and cannot be read (" + e.what() + ")");
        throw ProjectFileError(Kind::Io, path, std::string("cannot read ") + path + ": " + e.what());
    }
}

void configure(sqlite::Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
}

}  // namespace

int inspectSchemaVersion(const std::string& path) { return inspect(path, false); }

std::unique_ptr<ProjectStore> createProject(const std::string& path, const Organization& org) {
    std::error_code ec;
    if (fs::exists(path, ec))
        throw ProjectFileError(Kind::AlreadyExists, path, path + " already exists; choose another file name");
    if (auto issues = validate(org); !issues.empty()) throw ValidationError(std::move(issues));
    try {
        {
            sqlite::Database db(path, sqlite::Database::Mode::Create);
            db.exec("PRAGMA journal_mode = WAL");
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            configure(db);
            applyMigrations(db, projectMigrations(), 0);
        }
        auto store = std::make_unique<SqliteProjectStore>(path, false);
        auto work = store->begin("create project");
        store->organization().save(org);
        work->commit();
        spdlog::info("created project {}", path);
        return store;
    } catch (const std::exception& e) {
        fs::remove(path, ec);
        fs::remove(path + "-wal", ec);
        fs::remove(path + "-shm", ec);
        throw ProjectFileError(Kind::Io, path, "cannot create " + path + ": " + e.what());
    }
}

std::unique_ptr<ProjectStore> openProject(const std::string& path, const OpenOptions& options) {
    int version = inspect(path, options.checkIntegrity);
    bool readOnly = options.readOnly || ::access(path.c_str(), W_OK) != 0;
    if (version < currentSchemaVersion()) {
        if (readOnly)
            throw ProjectFileError(Kind::NeedsMigration, path,
                                   path + " has schema v" + std::to_string(version) +
                                       " and must be upgraded, but it is read-only",
                                   version);
        std::string backup = path + ".bak-v" + std::to_string(version);
        try {
            sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
            db.backupTo(backup);
            configure(db);
            applyMigrations(db, projectMigrations(), version);
        } catch (const sqlite::Error& e) {
            throw ProjectFileError(Kind::Io, path,
                                   "cannot upgrade " + path + " (a copy of the original is in " + backup +
                                       "): " + e.what(),
                                   version);
        }
        spdlog::info("upgraded {} from schema v{} (backup {})", path, version, backup);
    }
    try {
        return std::make_unique<SqliteProjectStore>(path, readOnly);
    } catch (const sqlite::Error& e) {
        throw ProjectFileError(e.isCorruption() ? Kind::Damaged : Kind::Io, path,
                               "cannot open " + path + ": " + e.what());
    }
}

}  // namespace cnms::storage
