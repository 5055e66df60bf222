// SPDX-License-Identifier: MIT
#include "cnms/storage/Sqlite.h"

#include <sqlite3.h>
#include <spdlog/spdlog.h>

namespace cnms::sqlite {

bool Error::isCorruption() const noexcept { return primaryCode() == SQLITE_CORRUPT || primaryCode() == SQLITE_NOTADB; }
bool Error::isBusy() const noexcept { return primaryCode() == SQLITE_BUSY || primaryCode() == SQLITE_LOCKED; }
bool Error::isFull() const noexcept { return primaryCode() == SQLITE_FULL; }
bool Error::isReadOnly() const noexcept { return primaryCode() == SQLITE_READONLY || primaryCode() == SQLITE_CANTOPEN; }

namespace {

/**
 * Process-wide settings, before SQLite's first use. No memory statistics: nothing reads them, and
 * keeping them takes a global mutex around every allocation SQLite makes (a million-row import
 * makes tens of millions). Too late when something else initialized SQLite first: then it keeps
 * its defaults.
 */
void configureSqliteOnce() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

}  // namespace

Database::Database(const std::string& path, Mode mode) : m_path(path) {
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
        case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
        case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
        case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        int ext = m_db ? sqlite3_extended_errcode(m_db) : rc;
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ext, "cannot open " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
}

void Database::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_db, milliseconds); }

Database::~Database() {
    if (m_db) sqlite3_close_v2(m_db);
}

void Database::fail(int rc, std::string_view what) const {
    std::string msg = std::string(what) + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    throw Error(m_db ? sqlite3_extended_errcode(m_db) : rc, msg);
}

void Database::exec(std::string_view sql) {
    std::string text(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Error(sqlite3_extended_errcode(m_db), msg);
    }
}

Statement Database::prepare(std::string_view sql) const { return Statement(*this, sql); }

std::optional<std::int64_t> Database::queryInt(std::string_view sql) const {
    auto st = prepare(sql);
    if (!st.step() || st.isNull(0)) return std::nullopt;
    return st.getInt(0);
}

std::optional<std::string> Database::queryText(std::string_view sql) const {
    auto st = prepare(sql);
    if (!st.step() || st.isNull(0)) return std::nullopt;
    return st.getText(0);
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

void Database::backupTo(const std::string& targetPath) {
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(targetPath.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = target ? sqlite3_errmsg(target) : sqlite3_errstr(rc);
        sqlite3_close(target);
        throw Error(rc, "cannot create backup " + targetPath + ": " + msg);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        std::string msg = sqlite3_errmsg(target);
        sqlite3_close(target);
        throw Error(SQLITE_ERROR, "cannot back up to " + targetPath + ": " + msg);
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        std::string msg = sqlite3_errstr(rc);
        sqlite3_close(target);
        throw Error(rc, "backup to " + targetPath + " failed: " + msg);
    }
    sqlite3_close(target);
}

Statement::Statement(const Database& db, std::string_view sql) : m_db(&db) {
    int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "cannot prepare '" + std::string(sql.substr(0, 80)) + "'");
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) { other.m_stmt = nullptr; }

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) m_db->fail(rc, "bind");
    return *this;
}
Statement& Statement::bind(int index, double value) {
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) m_db->fail(rc, "bind");
    return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
    // An empty view may have a null data pointer, which SQLite would bind as NULL, not ''.
    const char* data = value.data() ? value.data() : "";
    if (int rc = sqlite3_bind_text(m_stmt, index, data, static_cast<int>(value.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}
Statement& Statement::bindNull(int index) {
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) m_db->fail(rc, "bind");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    m_db->fail(rc, "step");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Statement::getInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::getDouble(int col) const { return sqlite3_column_double(m_stmt, col); }
std::string Statement::getText(int col) const { return std::string(getTextView(col)); }
std::string_view Statement::getTextView(int col) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (m_done) return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const std::exception& e) {
        spdlog::error("rollback failed: {}", e.what());
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

}  // namespace cnms::sqlite
