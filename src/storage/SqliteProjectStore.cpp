// SPDX-License-Identifier: MIT
#include "SqliteProjectStore.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "cnms/core/Errors.h"
#include "cnms/storage/Migrations.h"

namespace cnms::storage {
namespace {

std::string osUser() {
    for (const char* var : {"CNMS_USER", "USER", "LOGNAME"})
        if (const char* v = std::getenv(var); v && *v) return v;
    if (passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    return "unknown";
}

/** A transaction, or a savepoint when one is already open, so that units of work nest. */
class SqliteUnitOfWork : public UnitOfWork {
public:
    SqliteUnitOfWork(sqlite::Database& db, int& depth) : m_db(db), m_depth(depth) {
        // A failed BEGIN must not leave the depth raised: count only once it succeeded.
        m_level = m_depth + 1;
        m_name = "uow" + std::to_string(m_level);
        if (m_level == 1) m_db.exec("BEGIN IMMEDIATE");
        else m_db.exec("SAVEPOINT " + m_name);
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
        --m_depth;
    }
    void commit() override {
        if (m_level == 1) m_db.exec("COMMIT");
        else m_db.exec("RELEASE " + m_name);
        m_done = true;
    }

private:
    sqlite::Database& m_db;
    int& m_depth;
    int m_level = 0;
    std::string m_name;
    bool m_done = false;
};

}  // namespace

SqliteProjectStore::SqliteProjectStore(const std::string& path, bool readOnly)
    : m_db(path, readOnly ? sqlite::Database::Mode::ReadOnly : sqlite::Database::Mode::ReadWrite),
      m_readOnly(readOnly),
      m_log(m_db, [this] { return actor(); }),
      m_changeLogReader(m_db),
      m_organization(m_db, m_log),
      m_sites(m_db, m_log),
      m_auditProgrammes(m_db, m_log),
      m_audits(m_db, m_log),
      m_checklists(m_db, m_log),
      m_nonconformities(m_db, m_log),
      m_actions(m_db, m_log) {
    m_db.exec("PRAGMA foreign_keys = ON");
    if (!readOnly) m_db.exec("PRAGMA synchronous = NORMAL");
}

std::unique_ptr<UnitOfWork> SqliteProjectStore::begin(std::string_view description) {
    if (m_readOnly)
        throw RefusedError("read_only", "the project " + m_db.path() + " is open read-only; cannot " +
                                            std::string(description));
    return std::make_unique<SqliteUnitOfWork>(m_db, m_savepointDepth);
}

ProjectInfo SqliteProjectStore::info() const {
    return {m_db.path(), static_cast<int>(m_db.queryInt("PRAGMA user_version").value_or(0)), m_readOnly};
}

std::string SqliteProjectStore::actor() const {
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

}  // namespace cnms::storage
