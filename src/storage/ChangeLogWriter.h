// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "HashChain.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::storage {

/**
 * Appends change-log entries in the caller's transaction, so an entry exists exactly when its
 * change does. Refuses to write outside a transaction: every write is part of a unit of work.
 *
 * Each entry is a link of the hash chain (HashChain.h): it names every row written since the
 * previous entry, with the row's digest. Temporary triggers of this connection collect those
 * rows; they exist only in the application's connection, so a write by any other tool leaves no
 * trace in the chain and `cnms verify` reports it. An import batch is one entry for all its rows.
 */
class ChangeLogWriter {
public:
    ChangeLogWriter(sqlite::Database& db, std::function<std::string()> actor)
        : m_db(db), m_actor(std::move(actor)) {}

    /**
     * Creates the temporary triggers that collect written rows, for every tracked table. Called
     * once the schema is current; without it entries carry no rows (and verify reports the writes).
     */
    void installCapture();
    void record(std::string_view action, std::string_view entity, std::string_view entityId,
                std::string_view oldValue, std::string_view newValue);
    /**
     * As record(); the entry also names `ownRows`: rows the caller wrote while their capture was
     * suspended (suspendInsertCapture), with the digests it computed from the values it bound,
     * as encoded lists (RowsEncoder::bytes(), one or several) written into the entry in turn.
     */
    void record(std::string_view action, std::string_view entity, std::string_view entityId,
                std::string_view oldValue, std::string_view newValue, std::vector<std::string_view> ownRows);

    /** True when writes are captured for the chain (the file has it and installCapture ran). */
    bool capturing() const { return m_capturing; }

    /**
     * Stops noting inserts into `table` (an import that digests its rows itself: no trigger
     * program and no re-reading of a million rows) until resumeInsertCapture(). The trigger is
     * dropped in the open transaction, so a rollback restores it as well. The caller must hand
     * every row it inserts meanwhile to record(..., ownRows). Updates and deletes stay captured.
     */
    void suspendInsertCapture(const std::string& table);
    /** Undoes suspendInsertCapture (a no-op when capture is not suspended for `table`). */
    void resumeInsertCapture(const std::string& table);
    /**
     * Before a commit: rows written after the transaction's last entry (a repository that logs
     * before it writes) are added to that entry, so no application write is left unsealed.
     */
    void beforeCommit();
    /** Throws std::logic_error when no unit of work is open. */
    void requireTransaction() const;

private:
    sqlite::Database& m_db;
    std::function<std::string()> m_actor;
    bool m_capturing = false;
};

/** Reads the change log for the history views and `cnms info`. */
class SqliteChangeLogReader : public ChangeLogReader {
public:
    explicit SqliteChangeLogReader(const sqlite::Database& db) : m_db(db) {}
    std::int64_t count() const override;
    std::vector<ChangeLogEntry> recent(std::size_t limit, std::string_view entity,
                                       std::string_view entityId) const override;

private:
    const sqlite::Database& m_db;
};

/** Current time as ISO 8601 UTC with milliseconds, e.g. 2026-11-25T10:00:00.123Z. */
std::string utcNow();

}  // namespace cnms::storage
