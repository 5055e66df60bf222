// SPDX-License-Identifier: MIT
#include "SqliteProjectStore.h"

#include "JournalFiles.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cnms/core/Errors.h"
#include "cnms/security/Session.h"
#include "cnms/storage/Users.h"
#include "cnms/storage/Migrations.h"

namespace cnms::storage {
namespace {

std::string osUser() {
    for (const char* var : {"CNMS_USER", "USER", "LOGNAME"})
        if (const char* v = std::getenv(var); v && *v) return v;
    if (passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    return "unknown";
}

/**
 * For a bulk write, switches the file from WAL to a rollback journal; returns whether it did. In
 * WAL mode every page of a million-row import is written twice, into the WAL and again by the
 * checkpoint that copies it into the database (0.7 s of a 4.1 s import, docs/performance.md); a
 * rollback journal keeps only the pages that existed before, so the appended ones are written
 * once. Leaving WAL needs the only connection to the file: while another is open (the
 * workbench's session while its import dialog writes) SQLite refuses at once and the unit stays
 * in WAL. FULL synchronous for the unit, as NORMAL is safe from power loss only in WAL mode.
 */
bool useRollbackJournal(sqlite::Database& db) {
    try {
        if (db.queryText("PRAGMA main.journal_mode = DELETE").value_or("") != "delete") return false;
    } catch (const sqlite::Error& e) {
        if (e.isBusy()) return false;
        throw;
    }
    db.exec("PRAGMA synchronous = FULL");
    return true;
}

/** Back to WAL after a bulk unit; if another process opened the file meanwhile, its next writable open does it. */
void returnToWal(sqlite::Database& db) noexcept {
    try {
        db.exec("PRAGMA synchronous = NORMAL");
        db.exec("PRAGMA main.journal_mode = WAL");
    } catch (...) {
    }
}

/** A transaction, or a savepoint when one is already open, so that units of work nest. */
class SqliteUnitOfWork : public UnitOfWork {
public:
    SqliteUnitOfWork(sqlite::Database& db, ChangeLogWriter& log, int& depth, bool bulk)
        : m_db(db), m_log(log), m_depth(depth) {
        // A failed BEGIN must not leave the depth raised: count only once it succeeded.
        m_level = m_depth + 1;
        m_name = "uow" + std::to_string(m_level);
        if (m_level == 1) {
            m_rollbackJournal = bulk && useRollbackJournal(m_db) && beginExclusive();
            if (!m_rollbackJournal) m_db.exec("BEGIN IMMEDIATE");
        } else {
            m_db.exec("SAVEPOINT " + m_name);
        }
        m_depth = m_level;
    }
    ~SqliteUnitOfWork() override {
        if (!m_done) {
            try {
                if (m_level == 1) m_db.exec("ROLLBACK");
                else m_db.exec("ROLLBACK TO " + m_name + "; RELEASE " + m_name);
            } catch (...) {  // nothing more can be done in a destructor; SQLite rolls back on close
            }
        }
        if (m_rollbackJournal) returnToWal(m_db);
        --m_depth;
    }
    void commit() override {
        if (m_level == 1) {
            m_log.beforeCommit();
            m_db.exec("COMMIT");
        } else {
            m_db.exec("RELEASE " + m_name);
        }
        m_done = true;
    }

private:
    /**
     * With a rollback journal the unit holds the file from the start: readers of other processes
     * wait (and are told that an import is writing), rather than the import waiting for them each
     * time it writes pages and failing after the busy timeout. When a reader is in the file
     * already, the unit goes back to WAL instead.
     */
    bool beginExclusive() {
        try {
            m_db.exec("BEGIN EXCLUSIVE");
            return true;
        } catch (const sqlite::Error& e) {
            returnToWal(m_db);
            if (!e.isBusy()) throw;
            return false;
        }
    }

    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
    int& m_depth;
    int m_level = 0;
    std::string m_name;
    bool m_done = false;
    bool m_rollbackJournal = false;
};

}  // namespace

SqliteProjectStore::SqliteProjectStore(const std::string& path, bool readOnly, std::shared_ptr<ProjectLock> lock,
                                       std::string readOnlyReason)
    : m_lock(std::move(lock)),
      m_db(path, readOnly ? sqlite::Database::Mode::ReadOnly : sqlite::Database::Mode::ReadWrite),
      m_readOnly(readOnly),
      m_readOnlyReason(std::move(readOnlyReason)),
      m_log(m_db, [this] { return actor(); }),
      m_changeLogReader(m_db),
      m_organization(m_db, m_log),
      m_sites(m_db, m_log),
      m_activities(m_db, m_log, [this] { return actor(); }),
      m_reportingYears(m_db, m_log),
      m_factorSets(m_db, m_log),
      m_productionFigures(m_db, m_log),
      m_credits(m_db, m_log),
      m_measures(m_db, m_log),
      m_targets(m_db, m_log),
      m_registers(m_db, m_log, [this] { return actor(); }),
      m_fileReferences(m_db, m_log, [this] { return actor(); }),
      m_auditProgrammes(m_db, m_log),
      m_audits(m_db, m_log),
      m_checklists(m_db, m_log),
      m_nonconformities(m_db, m_log),
      m_actions(m_db, m_log),
      m_users(m_db, m_log),
      m_reviews(m_db, m_log) {
    m_db.exec("PRAGMA foreign_keys = ON");
    if (!readOnly) m_db.exec("PRAGMA synchronous = NORMAL");
    // 16 MB rather than SQLite's default 2 MB, for reading; a bulk import needs no more: it appends
    // rows and never reads them back, so pages spilled to the WAL mid-transaction cost nothing
    // again (measured with 1,000,000 rows: 2 MB, 16 MB and 128 MB take the same time; 128 MB
    // added 110 MB to the peak memory, docs/performance.md).
    m_db.exec("PRAGMA cache_size = -16384");  // KiB, allocated only as used
    m_db.exec("PRAGMA temp_store = MEMORY");
    if (readOnly) m_db.setBusyTimeout(kBulkImportWaitMs);
    // A bulk import that was cut off (its process killed) leaves the file with a rollback journal.
    if (!readOnly && m_db.queryText("PRAGMA main.journal_mode").value_or("") != "wal") returnToWal(m_db);
    // A project that requires sign-in opens signed out: nothing can be written until someone signs in.
    // Set either way, so a session left by an earlier store at this address can never carry over.
    security::setSessionOf(*this, SqliteUserRepository::readSignInMode(m_db) == security::SignInMode::Required
                                      ? security::Session::signedOut()
                                      : security::Session::singleUser());
    // Temporary objects only: allowed on a read-only file, and harmless as nothing is written there.
    m_log.installCapture();
}

SqliteProjectStore::~SqliteProjectStore() { security::forgetSessionOf(*this); }

std::unique_ptr<UnitOfWork> SqliteProjectStore::begin(std::string_view description) {
    return beginUnit(description, false);
}

std::unique_ptr<UnitOfWork> SqliteProjectStore::beginBulk(std::string_view description) {
    return beginUnit(description, true);
}

std::unique_ptr<UnitOfWork> SqliteProjectStore::beginUnit(std::string_view description, bool bulk) {
    if (m_readOnly)
        throw RefusedError("read_only", "cannot " + std::string(description) + ": the project " + m_db.path() +
                                            " is read-only (" + m_readOnlyReason + ")");
    return std::make_unique<SqliteUnitOfWork>(m_db, m_log, m_savepointDepth, bulk);
}

ProjectInfo SqliteProjectStore::info() const {
    return {m_db.path(), static_cast<int>(m_db.queryInt("PRAGMA user_version").value_or(0)), m_readOnly};
}

std::string SqliteProjectStore::actor() const {
    if (auto session = security::sessionOf(*this); session.isSignedIn()) return session.userName();
    auto name = m_db.queryText("SELECT value FROM setting WHERE key = 'user_name'");
    return name && !name->empty() ? *name : osUser();
}

void SqliteProjectStore::setActor(std::string_view name) {
    m_log.requireTransaction();
    auto old = actor();
    auto st = m_db.prepare("INSERT INTO setting (key, value) VALUES ('user_name', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, name).run();
    m_log.record("update", "setting", "user_name", nlohmann::json(old).dump(), nlohmann::json(name).dump());
}

void SqliteProjectStore::saveCopyTo(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(path, ec) && fs::equivalent(path, m_db.path(), ec))
        throw RefusedError("same_file", path + " is the open project itself; choose another file name for the copy");
    // The backup reads through this connection, so an open unit of work would leak uncommitted rows into the copy.
    if (m_savepointDepth > 0) throw std::logic_error("saveCopyTo called inside a unit of work");
    // Write beside the target and rename, so a failure never leaves a half-written file under the chosen name.
    const std::string partial = path + ".partial";
    fs::remove(partial, ec);
    try {
        m_db.backupTo(partial);
    } catch (const sqlite::Error& e) {
        fs::remove(partial, ec);
        throw std::runtime_error("cannot save a copy to " + path + ": " + e.what());
    }
    // A stale journal of a file that used to live at `path` would be replayed into the copy.
    removeJournalFiles(path);
    fs::rename(partial, path, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw std::runtime_error("cannot save a copy to " + path + ": " + ec.message());
    }
}

security::UserRepository& usersOf(ProjectStore& store) {
    auto* sqlite = dynamic_cast<SqliteProjectStore*>(&store);
    if (!sqlite) throw std::logic_error("usersOf: the store is not a SQLite project store");
    return sqlite->users();
}

security::UserService userService(ProjectStore& store) { return security::UserService(store, usersOf(store)); }

}  // namespace cnms::storage
