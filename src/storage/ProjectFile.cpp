// SPDX-License-Identifier: MIT
#include "cnms/storage/ProjectFile.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "JournalFiles.h"
#include "ProjectLock.h"
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

/**
 * A bulk import writes through a rollback journal (SqliteProjectStore.cpp). If its process died,
 * PATH-journal is left hot, and only a connection that may write can roll it back: every
 * read-only open would fail. Rolls it back when the file is writable; SQLite leaves a journal
 * alone while its writer is still alive.
 */
void rollBackInterruptedImport(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path + "-journal", ec) || ::access(path.c_str(), W_OK) != 0) return;
    sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
    db.setBusyTimeout(kBulkImportWaitMs);  // a live import's journal is not hot: wait for it to end
    db.queryInt("SELECT count(*) FROM sqlite_master");  // the first read rolls a hot journal back
}

/** Checks a file without writing to it (but for rolling back an interrupted import); returns its schema version. */
int inspect(const std::string& path, bool checkIntegrity) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ProjectFileError(Kind::NotFound, path, "no such file: " + path);
    if (!fs::is_regular_file(path, ec))
        throw ProjectFileError(Kind::NotAProject, path, path + " is not a regular file");
    if (!hasSqliteHeader(path))
        throw ProjectFileError(Kind::NotAProject, path,
                               path + " is not a CNMS Workbench project (it is not an SQLite database)");
    try {
        rollBackInterruptedImport(path);
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        db.setBusyTimeout(kBulkImportWaitMs);
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
        // A bulk import in another process holds the file while it writes (SqliteProjectStore.cpp).
        if (e.isBusy())
            throw ProjectFileError(Kind::Io, path,
                                   "cannot read " + path + ": another program is writing a large import into it; "
                                   "try again when it has finished");
        if (e.code() == SQLITE_READONLY_ROLLBACK)
            throw ProjectFileError(Kind::Io, path,
                                   "cannot read " + path + ": an interrupted import must be rolled back first, "
                                   "which needs permission to write to the file");
        // In WAL mode even a reader must create PATH-shm: on a full disk that fails as an I/O error.
        const bool maybeFull = e.isFull() || e.primaryCode() == SQLITE_IOERR;
        throw ProjectFileError(Kind::Io, path,
                               std::string("cannot read ") + path + ": " + e.what() +
                                   (maybeFull ? " (is the disk full?)" : ""));
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
    auto lock = ProjectLock::acquire(path);
    if (!lock) throw ProjectFileError(Kind::Io, path, "cannot create " + path + ": its folder is not writable");
    try {
        {
            sqlite::Database db(path, sqlite::Database::Mode::Create);
            // 16 KiB pages rather than SQLite's 4 KiB: a project is mostly activity rows written and
            // read in bulk, and bigger pages mean fewer of them to split, write and read (importing
            // 1,000,000 rows: 2.45 s instead of 2.60 s, median of six; docs/performance.md). Set
            // before anything is written; files created earlier keep their 4 KiB.
            db.exec("PRAGMA page_size = 16384");
            db.exec("PRAGMA journal_mode = WAL");
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            configure(db);
            applyMigrations(db, projectMigrations(), 0);
        }
        auto store = std::make_unique<SqliteProjectStore>(path, false, lock);
        auto work = store->begin("create project");
        store->organization().save(org);
        work->commit();
        spdlog::info("created project {}", path);
        return store;
    } catch (const std::exception& e) {
        fs::remove(path, ec);
        removeJournalFiles(path);
        throw ProjectFileError(Kind::Io, path, "cannot create " + path + ": " + e.what());
    }
}

std::unique_ptr<ProjectStore> openProject(const std::string& path, const OpenOptions& options) {
    bool readOnly = options.readOnly;
    std::string reason = "it was opened read-only";
    if (!readOnly && ::access(path.c_str(), W_OK) != 0) {
        readOnly = true;  // (a missing file too: inspect() then says so)
        reason = "the file is not writable";
    }
    std::shared_ptr<ProjectLock> lock;
    if (!readOnly) {
        // Before inspect(), which waits for a bulk import of another process to finish: a second
        // writer is told at once who has the file.
        lock = ProjectLock::acquire(path);  // throws Locked when another process writes to it
        if (!lock) {
            readOnly = true;
            reason = "its folder is not writable";
        }
    }
    int version = inspect(path, options.checkIntegrity);
    if (version < currentSchemaVersion()) {
        if (readOnly)
            throw ProjectFileError(Kind::NeedsMigration, path,
                                   path + " has schema v" + std::to_string(version) +
                                       " and must be upgraded, but it is read-only (" + reason + ")",
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
        return std::make_unique<SqliteProjectStore>(path, readOnly, std::move(lock), reason);
    } catch (const sqlite::Error& e) {
        throw ProjectFileError(e.isCorruption() ? Kind::Damaged : Kind::Io, path,
                               "cannot open " + path + ": " + e.what());
    }
}

namespace {

std::string timestamp() {
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char text[32] = {};
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", std::localtime(&now));
    return text;
}

/** `base`, or `base-2`, `base-3` ... : the first name not taken (two backups in one second). */
std::string freeName(const std::string& base) {
    std::error_code ec;
    std::string name = base;
    for (int i = 2; fs::exists(name, ec); ++i) name = base + "-" + std::to_string(i);
    return name;
}

/** Copies the database at `from` to `to` through a `.partial` file, so `to` is never half-written. */
void copyDatabase(const std::string& from, const std::string& to) {
    const std::string partial = to + ".partial";
    std::error_code ec;
    fs::remove(partial, ec);
    removeJournalFiles(partial);
    try {
        sqlite::Database source(from, sqlite::Database::Mode::ReadOnly);
        source.backupTo(partial);
    } catch (const sqlite::Error& e) {
        fs::remove(partial, ec);
        removeJournalFiles(partial);
        throw ProjectFileError(e.isFull() ? Kind::Io : e.isCorruption() ? Kind::Damaged : Kind::Io, from,
                               "cannot copy " + from + " to " + to + ": " + e.what());
    }
    removeJournalFiles(partial);
    removeJournalFiles(to);  // a stale journal of a file that used to be there would be replayed into the copy
    fs::rename(partial, to, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw ProjectFileError(Kind::Io, to, "cannot write " + to + ": " + ec.message());
    }
}

}  // namespace

std::string backupProject(const std::string& path) {
    inspect(path, true);
    std::string target = freeName(path + ".bak-" + timestamp());
    copyDatabase(path, target);
    spdlog::info("backed up {} to {}", path, target);
    return target;
}

std::vector<ProjectBackup> listBackups(const std::string& path) {
    std::vector<ProjectBackup> out;
    fs::path project(path);
    fs::path dir = project.parent_path().empty() ? fs::path(".") : project.parent_path();
    const std::string prefix = project.filename().string() + ".bak-";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || !entry.is_regular_file(ec)) continue;
        if (isJournalFileName(name) || name.ends_with(".partial")) continue;
        ProjectBackup backup;
        backup.path = (dir / name).string();
        const std::string suffix = name.substr(prefix.size());
        backup.kind = !suffix.empty() && suffix[0] == 'v' ? "upgrade" : "manual";
        try {
            backup.schemaVersion = inspect(backup.path, true);
        } catch (const ProjectFileError&) {
            continue;  // a damaged or foreign file is no backup to offer
        }
        backup.modifiedUnix = std::chrono::duration_cast<std::chrono::seconds>(
                                  std::chrono::file_clock::to_sys(entry.last_write_time(ec)).time_since_epoch())
                                  .count();
        out.push_back(std::move(backup));
    }
    std::sort(out.begin(), out.end(), [](const ProjectBackup& a, const ProjectBackup& b) {
        return a.modifiedUnix != b.modifiedUnix ? a.modifiedUnix > b.modifiedUnix : a.path > b.path;
    });
    return out;
}

std::string restoreProject(const std::string& path, const std::string& backup) {
    std::string source = backup;
    if (source.empty()) {
        auto backups = listBackups(path);
        if (backups.empty())
            throw ProjectFileError(Kind::NotFound, path, "there is no good backup of " + path + " beside it");
        source = backups.front().path;
    } else {
        inspect(source, true);  // refuses a backup that is itself damaged, foreign or too new
    }
    auto lock = ProjectLock::acquire(path, true);  // throws Locked while someone (even this process) works in it
    if (!lock) throw ProjectFileError(Kind::Io, path, "cannot restore " + path + ": its folder is not writable");
    std::error_code ec;
    if (fs::exists(path, ec)) {
        // Keep the replaced file, with its journal, for whoever wants to look at or rescue it.
        const std::string kept = freeName(path + ".damaged-" + timestamp());
        fs::rename(path, kept, ec);
        if (ec) throw ProjectFileError(Kind::Io, path, "cannot move " + path + " aside: " + ec.message());
        for (const char* journal : kJournalSuffixes)
            if (fs::exists(path + journal, ec)) fs::rename(path + journal, kept + journal, ec);
        spdlog::warn("moved {} aside to {}", path, kept);
    }
    copyDatabase(source, path);
    spdlog::info("restored {} from {}", path, source);
    return source;
}

}  // namespace cnms::storage
