// SPDX-License-Identifier: MIT
#include "ChangeLogWriter.h"

#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "HashChain.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <stdexcept>

namespace cnms::storage {

std::string utcNow() {
    using namespace std::chrono;
    auto now = system_clock::now();
    auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::time_t t = system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[40];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
    return out;
}

void ChangeLogWriter::requireTransaction() const {
    if (!m_db.inTransaction()) throw std::logic_error("write outside a unit of work");
}

namespace {

std::string sqlName(std::string_view s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/**
 * Rows the triggers collected since the last entry, encoded with their current digests; empties
 * the list. The rowids are sorted here rather than by SQLite: an import's million ids take 16 MB
 * in a vector, where a sorting query would build a temporary b-tree of them.
 */
chain::RowsEncoder takePending(sqlite::Database& db) {
    chain::RowsEncoder enc;
    std::vector<std::pair<std::int64_t, std::int64_t>> ids;  // (table index, rowid)
    {
        auto st = db.prepare("SELECT tbl, rid FROM temp.cnms_chain_pending");
        while (st.step()) ids.emplace_back(st.getInt(0), st.getInt(1));
    }
    if (ids.empty()) return enc;
    db.exec("DELETE FROM temp.cnms_chain_pending");
    const auto tables = chain::trackedTables(db);
    if (!std::is_sorted(ids.begin(), ids.end())) std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::size_t i = 0;
    while (i < ids.size()) {
        const auto index = ids[i].first;
        if (index < 0 || index >= static_cast<std::int64_t>(tables.size()))
            throw std::logic_error("change-log capture names an unknown table");
        const std::string& table = tables[static_cast<std::size_t>(index)];
        const std::string sql = "SELECT rowid, * FROM main." + sqlName(table) + " WHERE rowid = ?";
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            throw sqlite::Error(sqlite3_extended_errcode(db.handle()), sqlite3_errmsg(db.handle()));
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(st, &sqlite3_finalize);
        enc.table(table);
        for (; i < ids.size() && ids[i].first == index; ++i) {
            sqlite3_bind_int64(st, 1, ids[i].second);
            int rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                const chain::Digest d = chain::rowDigest(table, st, 0);
                enc.row(ids[i].second, &d);
            } else if (rc == SQLITE_DONE) {
                enc.row(ids[i].second, nullptr);
            } else {
                throw sqlite::Error(sqlite3_extended_errcode(db.handle()), sqlite3_errmsg(db.handle()));
            }
            sqlite3_reset(st);
        }
    }
    return enc;
}

std::string insertTriggerSql(std::size_t index, const std::string& table) {
    return "CREATE TEMP TRIGGER IF NOT EXISTS " + sqlName("cnms_chain_i_" + table) + " AFTER INSERT ON main." +
           sqlName(table) + " BEGIN INSERT INTO cnms_chain_pending SELECT " + std::to_string(index) +
           ", NEW.rowid; END;\n";
}

}  // namespace

void ChangeLogWriter::installCapture() {
    if (m_capturing || !chain::hasChain(m_db)) return;
    // No key: a trigger's OR IGNORE would be overridden by the conflict clause of the statement
    // that fired it (an upsert, for one), so duplicates are kept and removed when the rows are taken.
    // Tables are named by their index in trackedTables() (stable while the connection is open: the
    // schema is current before capture starts), so a million pending rows stay small.
    std::string sql = "CREATE TEMP TABLE IF NOT EXISTS cnms_chain_pending (tbl INTEGER NOT NULL, rid INTEGER NOT NULL);\n";
    const auto tables = chain::trackedTables(m_db);
    for (std::size_t index = 0; index < tables.size(); ++index) {
        const std::string& t = tables[index];
        const std::string name = std::to_string(index), on = "main." + sqlName(t);
        const std::string add = "INSERT INTO cnms_chain_pending SELECT " + name + ", ";
        sql += insertTriggerSql(index, t);
        sql += "CREATE TEMP TRIGGER IF NOT EXISTS " + sqlName("cnms_chain_u_" + t) + " AFTER UPDATE ON " + on +
               " BEGIN " + add + "OLD.rowid; " + add + "NEW.rowid WHERE NEW.rowid <> OLD.rowid; END;\n";
        sql += "CREATE TEMP TRIGGER IF NOT EXISTS " + sqlName("cnms_chain_d_" + t) + " AFTER DELETE ON " + on +
               " BEGIN " + add + "OLD.rowid; END;\n";
    }
    m_db.exec(sql);
    m_capturing = true;
}

void ChangeLogWriter::record(std::string_view action, std::string_view entity, std::string_view entityId,
                             std::string_view oldValue, std::string_view newValue) {
    requireTransaction();
    chain::RowsEncoder rows;
    if (m_capturing) rows = takePending(m_db);
    chain::appendEncodedEntry(m_db, utcNow(), m_actor(), action, entity, entityId, oldValue, newValue, rows.bytes());
}

void ChangeLogWriter::record(std::string_view action, std::string_view entity, std::string_view entityId,
                             std::string_view oldValue, std::string_view newValue,
                             std::vector<std::string_view> ownRows) {
    requireTransaction();
    chain::RowsEncoder rows;
    if (m_capturing) rows = takePending(m_db);
    // Encoded lists in a row are one valid list: each starts with its table.
    if (!rows.empty()) ownRows.insert(ownRows.begin(), rows.bytes());
    chain::appendEncodedEntryParts(m_db, utcNow(), m_actor(), action, entity, entityId, oldValue, newValue, ownRows);
}

void ChangeLogWriter::suspendInsertCapture(const std::string& table) {
    if (!m_capturing) return;
    requireTransaction();
    m_db.exec("DROP TRIGGER IF EXISTS temp." + sqlName("cnms_chain_i_" + table));
}

void ChangeLogWriter::resumeInsertCapture(const std::string& table) {
    if (!m_capturing) return;
    const auto tables = chain::trackedTables(m_db);
    auto it = std::find(tables.begin(), tables.end(), table);
    if (it == tables.end()) throw std::logic_error("no tracked table " + table);
    m_db.exec(insertTriggerSql(static_cast<std::size_t>(it - tables.begin()), table));
}

void ChangeLogWriter::beforeCommit() {
    if (!m_capturing || !m_db.inTransaction()) return;
    auto rows = takePending(m_db);
    if (rows.empty()) return;
    // A write without an entry of its own (a derived cache such as a reporting year's computed
    // result) is still the application's: seal it in an entry naming the rows, rather than let
    // verify report it.
    auto decoded = chain::decodeRows(rows.bytes());
    spdlog::debug("{} row(s) written without a change-log entry; sealed in an entry of their own", decoded.size());
    const std::string entity = decoded.front().table;
    const std::string id = decoded.size() == 1 ? std::to_string(decoded.front().rowid) : std::string();
    chain::appendEncodedEntry(m_db, utcNow(), m_actor(), "update", entity, id, {},
                              nlohmann::json({{"derived_rows", decoded.size()}}).dump(), rows.bytes());
}

std::int64_t SqliteChangeLogReader::count() const {
    return m_db.queryInt("SELECT count(*) FROM change_log").value_or(0);
}

std::vector<ChangeLogEntry> SqliteChangeLogReader::recent(std::size_t limit, std::string_view entity,
                                                          std::string_view entityId) const {
    auto st = m_db.prepare(
        "SELECT id, at, actor, action, entity, entity_id, coalesce(old_value, ''), coalesce(new_value, '') "
        "FROM change_log WHERE (?1 = '' OR entity = ?1) AND (?2 = '' OR entity_id = ?2) "
        "ORDER BY id DESC LIMIT ?3");
    st.bind(1, entity).bind(2, entityId).bind(3, static_cast<std::int64_t>(limit));
    std::vector<ChangeLogEntry> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                       st.getText(6), st.getText(7)});
    // A row that came with an import has no entry of its own: its history starts with the batch
    // whose rows name it (entity names that are table names, e.g. activity_record).
    std::int64_t rowid = 0;
    if (!entity.empty() && !entityId.empty() && chain::hasChain(m_db) &&
        std::from_chars(entityId.data(), entityId.data() + entityId.size(), rowid).ec == std::errc()) {
        auto batches = m_db.prepare(
            "SELECT id, at, actor, action, entity, entity_id, coalesce(old_value, ''), coalesce(new_value, ''), rows "
            "FROM change_log WHERE action = 'import' AND entity = ?1 AND entity_id <> ?2 ORDER BY id DESC");
        batches.bind(1, entity).bind(2, entityId);
        while (batches.step()) {
            bool named = false;
            try {
                chain::forEachRow(batches.getTextView(8), [&](const std::string& table, std::int64_t id, const auto*) {
                    if (id == rowid && table == entity) named = true;
                });
            } catch (const std::runtime_error&) {  // a damaged entry names nothing; verify reports it
            }
            if (named)
                out.push_back({batches.getInt(0), batches.getText(1), batches.getText(2), batches.getText(3),
                               batches.getText(4), batches.getText(5), batches.getText(6), batches.getText(7)});
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
        if (out.size() > limit) out.resize(limit);
    }
    return out;
}

}  // namespace cnms::storage
