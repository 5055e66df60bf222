// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Verification.h"
#include "cnms/storage/Sqlite.h"

struct sqlite3_stmt;

/**
 * The change log as a hash chain (see docs/trust.md). Every entry names the rows its change
 * wrote, each with the SHA-256 of the row as stored (or "gone" for a deleted row), and carries
 * the SHA-256 of its own content including the previous entry's hash. The state of every
 * application table is therefore fixed by the chain: replaying the entries gives the digest each
 * row must have now.
 */
namespace cnms::storage::chain {

using Digest = std::array<unsigned char, 32>;

/** One row as an entry records it; no digest when the change deleted the row. */
struct RowState {
    std::string table;
    std::int64_t rowid = 0;
    std::optional<Digest> digest;
};

/** Tables whose rows the chain covers: every table of the main schema but the log itself. */
std::vector<std::string> trackedTables(const sqlite::Database& db);

/** True when the file's change log has the chain columns (schema step 7 ran). */
bool hasChain(const sqlite::Database& db);

/**
 * Digest of the current row of `stmt`, whose column `rowidColumn` is the rowid and whose later
 * columns are the row's columns. NULL columns are left out, so adding a nullable column to a
 * table does not change the digests of its rows.
 */
Digest rowDigest(std::string_view table, sqlite3_stmt* stmt, int rowidColumn);

/**
 * Builds a row digest column by column, in the same canonical form as rowDigest (which uses it):
 * a writer that knows the values it binds can digest the row without reading it back. Columns
 * must be given in the table's column order (the order of `SELECT *`); NULL columns are skipped
 * by not calling any of the value functions for them.
 */
class RowHasher {
public:
    /** Starts the row `rowid` of `table`, forgetting any earlier row. */
    void begin(std::string_view table, std::int64_t rowid);
    void integer(std::string_view column, std::int64_t value);
    /** A REAL value as SQLite stores it (NaN is stored as NULL: the caller skips it). */
    void real(std::string_view column, double value);
    void text(std::string_view column, std::string_view value);
    void blob(std::string_view column, std::string_view value);
    Digest finish();

    RowHasher();
    ~RowHasher();
    RowHasher(const RowHasher&) = delete;
    RowHasher& operator=(const RowHasher&) = delete;

private:
    void name(std::string_view column, int sqliteType);
    std::string m_buf;
    /** OpenSSL digest context, reused: its one-shot SHA256() looks the algorithm up on every call. */
    struct Context;
    std::unique_ptr<Context> m_context;
};

/** Compact binary form of the rows of one entry, grouped by table (stored in change_log.rows). */
std::string encodeRows(const std::vector<RowState>& rows);

/** Builds the same form row by row, so a batch of a million rows is never held twice. */
class RowsEncoder {
public:
    /** Starts the rows of `table` (a no-op when it is the current table). */
    void table(const std::string& name);
    /** One row of the current table; `digest` null for a deleted row. */
    void row(std::int64_t rowid, const Digest* digest);
    bool empty() const { return m_bytes.empty(); }
    /** Room for `bytes` in all (a row takes 41 bytes), so a large list does not grow by copying. */
    void reserve(std::size_t bytes) { m_bytes.reserve(bytes); }
    const std::string& bytes() const { return m_bytes; }

private:
    std::string m_bytes;
    std::string m_table;
};
/** Inverse of encodeRows; throws std::runtime_error on a malformed blob. */
std::vector<RowState> decodeRows(std::string_view blob);
/**
 * Visits the rows of an encoded blob without copying them (`digest` is null for a deleted row);
 * throws std::runtime_error on a malformed blob.
 */
void forEachRow(std::string_view blob,
                const std::function<void(const std::string& table, std::int64_t rowid, const Digest* digest)>& visit);

/** Lower-case hex of the SHA-256 of `bytes`. */
std::string sha256Hex(std::string_view bytes);

/** The fields of an entry that its content hash covers. */
struct EntryFields {
    std::int64_t id = 0;
    std::string at, actor, action, entity, entityId;
    std::optional<std::string> oldValue, newValue;
    std::string rowsSha256, prevSha256;
};
/** SHA-256 (hex) of an entry's canonical content: every field above, the previous hash included. */
std::string contentHash(const EntryFields& e);

/**
 * Appends one chained entry in the open transaction: the new entry follows the last one, its
 * rows are `rows`. Returns the new entry's id.
 */
std::int64_t appendEntry(sqlite::Database& db, std::string_view at, std::string_view actor, std::string_view action,
                         std::string_view entity, std::string_view entityId, std::string_view oldValue,
                         std::string_view newValue, const std::vector<RowState>& rows);
/** As appendEntry, with the rows already encoded (RowsEncoder::bytes()). */
std::int64_t appendEncodedEntry(sqlite::Database& db, std::string_view at, std::string_view actor,
                                std::string_view action, std::string_view entity, std::string_view entityId,
                                std::string_view oldValue, std::string_view newValue, std::string_view rowsBlob);

/**
 * As appendEncodedEntry, with the rows blob given as consecutive parts (their concatenation is
 * the blob; each part a whole encoded list, e.g. one RowsEncoder per part). The parts are hashed
 * in turn and written into the stored blob one by one, so a batch of a million rows is never
 * copied into one 41 MB record.
 */
std::int64_t appendEncodedEntryParts(sqlite::Database& db, std::string_view at, std::string_view actor,
                                     std::string_view action, std::string_view entity, std::string_view entityId,
                                     std::string_view oldValue, std::string_view newValue,
                                     const std::vector<std::string_view>& rowsParts);

/**
 * Checks the chain and every tracked table against it. `rowsOut`/`entriesOut` count what was
 * checked. Read-only.
 */
VerificationReport verify(const sqlite::Database& db);

/**
 * Rows whose stored state differs from what the chain says (changed, deleted, inserted), with
 * their current digests: what a seal entry must record so the chain covers them again.
 */
std::vector<RowState> unsealedRows(const sqlite::Database& db);

/**
 * Chains every entry that has no hash yet (entries of files older than step 7, in id order) and
 * records one entry sealing every row the chain does not cover, naming `reason`. Used by the
 * migration that introduces the chain and after each later schema step.
 */
void sealUncovered(sqlite::Database& db, std::string_view reason);

}  // namespace cnms::storage::chain
