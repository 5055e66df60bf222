// SPDX-License-Identifier: MIT
#include "HashChain.h"

#include "ChangeLogWriter.h"

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace cnms::storage::chain {
namespace {

using StmtPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

StmtPtr prepareRaw(const sqlite::Database& db, const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
        throw sqlite::Error(sqlite3_extended_errcode(db.handle()),
                            std::string(sqlite3_errmsg(db.handle())) + " in: " + sql);
    return {st, &sqlite3_finalize};
}

bool stepRaw(const sqlite::Database& db, sqlite3_stmt* st) {
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw sqlite::Error(sqlite3_extended_errcode(db.handle()), sqlite3_errmsg(db.handle()));
}

std::string sqlName(std::string_view name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void putInt(std::string& out, std::int64_t v) {
    // One append of eight bytes rather than eight: a million-row import digests 25 million values.
    char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((static_cast<std::uint64_t>(v) >> (8 * i)) & 0xff);
    out.append(bytes, sizeof bytes);
}

std::int64_t getInt64(std::string_view in, std::size_t at) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
    return static_cast<std::int64_t>(v);
}

std::string textColumn(sqlite3_stmt* st, int col) {
    auto p = sqlite3_column_text(st, col);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st, col)) : std::string();
}

std::optional<std::string> optText(sqlite3_stmt* st, int col) {
    if (sqlite3_column_type(st, col) == SQLITE_NULL) return std::nullopt;
    return textColumn(st, col);
}

std::string blobColumn(sqlite3_stmt* st, int col) {
    auto p = static_cast<const char*>(sqlite3_column_blob(st, col));
    return p ? std::string(p, sqlite3_column_bytes(st, col)) : std::string();
}

/** The entry's own fields from columns 0-7 (id, at, actor, action, entity, entity_id, old_value, new_value). */
EntryFields entryFields(sqlite3_stmt* st) {
    EntryFields e;
    e.id = sqlite3_column_int64(st, 0);
    e.at = textColumn(st, 1);
    e.actor = textColumn(st, 2);
    e.action = textColumn(st, 3);
    e.entity = textColumn(st, 4);
    e.entityId = textColumn(st, 5);
    e.oldValue = optText(st, 6);
    e.newValue = optText(st, 7);
    return e;
}

/** The state a row must have according to the chain, and from which entry. */
struct Expected {
    std::int64_t rowid;
    std::int64_t entry;
    bool present;
    Digest digest;
};

/** Replays the chain: per table, the last recorded state of every row, sorted by rowid. */
std::map<std::string, std::vector<Expected>> expectedStates(const sqlite::Database& db, VerificationReport* report) {
    std::map<std::string, std::vector<Expected>> out;
    auto st = prepareRaw(db,
                         "SELECT id, at, actor, action, entity, entity_id, old_value, new_value, rows, rows_sha256, "
                         "prev_sha256, content_sha256 FROM change_log ORDER BY id");
    std::optional<std::int64_t> previousId;
    std::string previousHash;
    while (stepRaw(db, st.get())) {
        EntryFields e = entryFields(st.get());
        const std::string blob = blobColumn(st.get(), 8);
        e.rowsSha256 = textColumn(st.get(), 9);
        e.prevSha256 = textColumn(st.get(), 10);
        const std::string stored = textColumn(st.get(), 11);
        if (report) {
            ++report->entries;
            const std::string id = std::to_string(e.id);
            using K = VerificationFinding::Kind;
            if (stored.empty()) {
                report->findings.push_back({K::EntryChanged, "change_log", id, "the entry has no hash"});
            } else if (sha256Hex(blob) != e.rowsSha256 || contentHash(e) != stored) {
                report->findings.push_back({K::EntryChanged, "change_log", id,
                                            "the entry's content does not match its hash"});
            }
            if (e.prevSha256 != previousHash) {
                if (previousId && e.id > *previousId + 1)
                    report->findings.push_back({K::EntryMissing, "change_log",
                                                std::to_string(*previousId + 1) +
                                                    (e.id > *previousId + 2 ? "-" + std::to_string(e.id - 1) : ""),
                                                "entries removed before entry " + id});
                else
                    report->findings.push_back({K::EntryOutOfOrder, "change_log", id,
                                                "the entry does not follow the entry before it"});
            } else if (previousId && e.id > *previousId + 1) {
                report->findings.push_back({K::EntryMissing, "change_log",
                                            std::to_string(*previousId + 1) + "-" + std::to_string(e.id - 1),
                                            "entry ids skipped"});
            }
        }
        previousId = e.id;
        previousHash = stored;
        try {
            std::string lastTable;
            std::vector<Expected>* target = nullptr;
            forEachRow(blob, [&](const std::string& table, std::int64_t rowid, const Digest* d) {
                if (!target || lastTable != table) {
                    target = &out[table];
                    lastTable = table;
                }
                target->push_back({rowid, e.id, d != nullptr, d ? *d : Digest{}});
            });
        } catch (const std::runtime_error&) {
            // Reported already: a malformed blob cannot match its hash. Its rows up to the damage count.
        }
    }
    for (auto& [table, v] : out) {
        // Stable by entry order, then keep the last state of each row.
        std::stable_sort(v.begin(), v.end(), [](const Expected& a, const Expected& b) { return a.rowid < b.rowid; });
        std::size_t w = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (w > 0 && v[w - 1].rowid == v[i].rowid) v[w - 1] = v[i];
            else v[w++] = v[i];
        }
        v.resize(w);
    }
    return out;
}

/**
 * Walks each tracked table in rowid order beside the expected states and reports every
 * difference: through `finding` when given, and as the row's current state through `unsealed`.
 */
void compareTables(const sqlite::Database& db, const std::map<std::string, std::vector<Expected>>& expected,
                   VerificationReport* report, std::vector<RowState>* unsealed) {
    using K = VerificationFinding::Kind;
    auto tables = trackedTables(db);
    static const std::vector<Expected> none;
    for (const auto& table : tables) {
        auto it = expected.find(table);
        const auto& want = it == expected.end() ? none : it->second;
        std::size_t w = 0;
        auto gone = [&](const Expected& x) {
            if (!x.present) return;
            if (report)
                report->findings.push_back({K::RowDeleted, table, std::to_string(x.rowid),
                                            "last recorded by change-log entry " + std::to_string(x.entry)});
            if (unsealed) unsealed->push_back({table, x.rowid, std::nullopt});
        };
        auto st = prepareRaw(db, "SELECT rowid, * FROM " + sqlName(table) + " ORDER BY rowid");
        while (stepRaw(db, st.get())) {
            const std::int64_t rowid = sqlite3_column_int64(st.get(), 0);
            while (w < want.size() && want[w].rowid < rowid) gone(want[w++]);
            const Digest d = rowDigest(table, st.get(), 0);
            if (report) ++report->rows;
            if (w < want.size() && want[w].rowid == rowid) {
                const Expected& x = want[w++];
                if (x.present && x.digest == d) continue;
                if (report)
                    report->findings.push_back(
                        {x.present ? K::RowChanged : K::RowInserted, table, std::to_string(rowid),
                         x.present ? "differs from change-log entry " + std::to_string(x.entry)
                                   : "deleted by change-log entry " + std::to_string(x.entry) + " but present"});
            } else if (report) {
                report->findings.push_back({K::RowInserted, table, std::to_string(rowid), "not in the change log"});
            }
            if (unsealed) unsealed->push_back({table, rowid, d});
        }
        while (w < want.size()) gone(want[w++]);
    }
    for (const auto& [table, want] : expected) {
        if (std::find(tables.begin(), tables.end(), table) != tables.end()) continue;
        for (const auto& x : want) {
            if (!x.present) continue;
            if (report)
                report->findings.push_back(
                    {K::RowDeleted, table, std::to_string(x.rowid), "the table no longer exists"});
        }
    }
}

}  // namespace

std::vector<std::string> trackedTables(const sqlite::Database& db) {
    auto st = prepareRaw(db,
                         "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                         "AND name <> 'change_log' AND sql NOT LIKE '%WITHOUT ROWID%' ORDER BY name");
    std::vector<std::string> out;
    while (stepRaw(db, st.get())) out.push_back(textColumn(st.get(), 0));
    return out;
}

bool hasChain(const sqlite::Database& db) {
    return db.queryInt("SELECT count(*) FROM pragma_table_info('change_log') WHERE name = 'content_sha256'")
               .value_or(0) > 0;
}

void RowHasher::begin(std::string_view table, std::int64_t rowid) {
    m_buf.clear();
    m_buf.append(table);
    m_buf += '\0';
    putInt(m_buf, rowid);
}

void RowHasher::name(std::string_view column, int sqliteType) {
    const char tail[2] = {'\0', static_cast<char>('0' + sqliteType)};
    m_buf.append(column);
    m_buf.append(tail, sizeof tail);
}

void RowHasher::integer(std::string_view column, std::int64_t value) {
    name(column, SQLITE_INTEGER);
    putInt(m_buf, value);
}

void RowHasher::real(std::string_view column, double value) {
    name(column, SQLITE_FLOAT);
    std::int64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    putInt(m_buf, bits);
}

void RowHasher::text(std::string_view column, std::string_view value) {
    name(column, SQLITE_TEXT);
    putInt(m_buf, static_cast<std::int64_t>(value.size()));
    m_buf.append(value);
}

void RowHasher::blob(std::string_view column, std::string_view value) {
    name(column, SQLITE_BLOB);
    putInt(m_buf, static_cast<std::int64_t>(value.size()));
    m_buf.append(value);
}

struct RowHasher::Context {
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() {
        EVP_MD_CTX_free(ctx);
        EVP_MD_free(md);
    }
};

RowHasher::RowHasher() : m_context(std::make_unique<Context>()) {
    if (!m_context->md || !m_context->ctx) throw std::runtime_error("SHA-256 is not available");
}

RowHasher::~RowHasher() = default;

Digest RowHasher::finish() {
    Digest d;
    unsigned int len = 0;
    if (EVP_DigestInit_ex2(m_context->ctx, m_context->md, nullptr) != 1 ||
        EVP_DigestUpdate(m_context->ctx, m_buf.data(), m_buf.size()) != 1 ||
        EVP_DigestFinal_ex(m_context->ctx, d.data(), &len) != 1 || len != d.size())
        throw std::runtime_error("SHA-256 failed");
    return d;
}

Digest rowDigest(std::string_view table, sqlite3_stmt* st, int rowidColumn) {
    thread_local RowHasher hasher;  // keeps its buffer: a verify of a million rows allocates once
    hasher.begin(table, sqlite3_column_int64(st, rowidColumn));
    const int n = sqlite3_column_count(st);
    for (int c = rowidColumn + 1; c < n; ++c) {
        const std::string_view name = sqlite3_column_name(st, c);
        switch (sqlite3_column_type(st, c)) {
        case SQLITE_NULL: break;
        case SQLITE_INTEGER: hasher.integer(name, sqlite3_column_int64(st, c)); break;
        case SQLITE_FLOAT: hasher.real(name, sqlite3_column_double(st, c)); break;
        case SQLITE_BLOB: {
            const auto* p = static_cast<const char*>(sqlite3_column_blob(st, c));
            hasher.blob(name, {p, static_cast<std::size_t>(sqlite3_column_bytes(st, c))});
            break;
        }
        default: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            hasher.text(name, {p, static_cast<std::size_t>(sqlite3_column_bytes(st, c))});
        }
        }
    }
    return hasher.finish();
}

// Layout: for each run of one table, 'T', a one-byte name length and the name; then per row
// 'R' + rowid (8 bytes, little-endian) + 32-byte digest, or 'D' + rowid for a deleted row.
void RowsEncoder::table(const std::string& name) {
    if (!m_bytes.empty() && name == m_table) return;
    if (name.size() > 255) throw std::logic_error("table name too long for the change log: " + name);
    m_bytes += 'T';
    m_bytes += static_cast<char>(name.size());
    m_bytes += name;
    m_table = name;
}

void RowsEncoder::row(std::int64_t rowid, const Digest* digest) {
    m_bytes += digest ? 'R' : 'D';
    putInt(m_bytes, rowid);
    if (digest) m_bytes.append(reinterpret_cast<const char*>(digest->data()), digest->size());
}

std::string encodeRows(const std::vector<RowState>& rows) {
    RowsEncoder enc;
    for (const auto& r : rows) {
        enc.table(r.table);
        enc.row(r.rowid, r.digest ? &*r.digest : nullptr);
    }
    return enc.bytes();
}

void forEachRow(std::string_view in,
                const std::function<void(const std::string& table, std::int64_t rowid, const Digest* digest)>& visit) {
    std::string table;
    std::size_t i = 0;
    auto need = [&](std::size_t n) {
        if (i + n > in.size()) throw std::runtime_error("truncated row list in a change-log entry");
    };
    Digest d;
    while (i < in.size()) {
        char tag = in[i++];
        if (tag == 'T') {
            need(1);
            std::size_t len = static_cast<unsigned char>(in[i++]);
            need(len);
            table.assign(in.substr(i, len));
            i += len;
        } else if (tag == 'R' || tag == 'D') {
            if (table.empty()) throw std::runtime_error("row before table in a change-log entry");
            need(8);
            const std::int64_t rowid = getInt64(in, i);
            i += 8;
            if (tag == 'R') {
                need(32);
                std::memcpy(d.data(), in.data() + i, 32);
                i += 32;
                visit(table, rowid, &d);
            } else {
                visit(table, rowid, nullptr);
            }
        } else {
            throw std::runtime_error("bad row list in a change-log entry");
        }
    }
}

std::vector<RowState> decodeRows(std::string_view in) {
    std::vector<RowState> out;
    forEachRow(in, [&](const std::string& table, std::int64_t rowid, const Digest* d) {
        out.push_back({table, rowid, d ? std::optional<Digest>(*d) : std::nullopt});
    });
    return out;
}

std::string sha256Hex(std::string_view bytes) {
    unsigned char d[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), d);
    static const char* hex = "0123456789abcdef";
    std::string out(64, '0');
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    return out;
}

std::string contentHash(const EntryFields& e) {
    auto opt = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    nlohmann::json j = nlohmann::json::array({e.id, e.at, e.actor, e.action, e.entity, e.entityId, opt(e.oldValue),
                                              opt(e.newValue), e.rowsSha256, e.prevSha256});
    return sha256Hex(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::int64_t appendEntry(sqlite::Database& db, std::string_view at, std::string_view actor, std::string_view action,
                         std::string_view entity, std::string_view entityId, std::string_view oldValue,
                         std::string_view newValue, const std::vector<RowState>& rows) {
    return appendEncodedEntry(db, at, actor, action, entity, entityId, oldValue, newValue, encodeRows(rows));
}

std::int64_t appendEncodedEntry(sqlite::Database& db, std::string_view at, std::string_view actor,
                                std::string_view action, std::string_view entity, std::string_view entityId,
                                std::string_view oldValue, std::string_view newValue, std::string_view blob) {
    return appendEncodedEntryParts(db, at, actor, action, entity, entityId, oldValue, newValue,
                                   std::vector<std::string_view>{blob});
}

std::int64_t appendEncodedEntryParts(sqlite::Database& db, std::string_view at, std::string_view actor,
                                     std::string_view action, std::string_view entity, std::string_view entityId,
                                     std::string_view oldValue, std::string_view newValue,
                                     const std::vector<std::string_view>& parts) {
    EntryFields e;
    std::int64_t lastId = 0;
    {
        auto last = db.prepare("SELECT id, coalesce(content_sha256, '') FROM change_log ORDER BY id DESC LIMIT 1");
        if (last.step()) {
            lastId = last.getInt(0);
            e.prevSha256 = last.getText(1);
        }
    }
    e.id = lastId + 1;
    e.at = at;
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    if (!oldValue.empty()) e.oldValue = std::string(oldValue);
    if (!newValue.empty()) e.newValue = std::string(newValue);
    std::uint64_t size = 0;
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
            throw std::runtime_error("SHA-256 is not available");
        for (auto part : parts) {
            EVP_DigestUpdate(ctx.get(), part.data(), part.size());
            size += part.size();
        }
        unsigned char d[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx.get(), d, &len);
        static const char* hex = "0123456789abcdef";
        e.rowsSha256.assign(2 * len, '0');
        for (unsigned int i = 0; i < len; ++i) {
            e.rowsSha256[2 * i] = hex[d[i] >> 4];
            e.rowsSha256[2 * i + 1] = hex[d[i] & 15];
        }
    }
    auto st = prepareRaw(db,
                         "INSERT INTO change_log (id, at, actor, action, entity, entity_id, old_value, new_value, rows, "
                         "rows_sha256, prev_sha256, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt* s = st.get();
    const std::string hash = contentHash(e);
    auto text = [s](int i, std::string_view v) { sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); };
    sqlite3_bind_int64(s, 1, e.id);
    text(2, e.at);
    text(3, e.actor);
    text(4, e.action);
    text(5, e.entity);
    text(6, e.entityId);
    if (e.oldValue) text(7, *e.oldValue); else sqlite3_bind_null(s, 7);
    if (e.newValue) text(8, *e.newValue); else sqlite3_bind_null(s, 8);
    // One part is bound as it is; several are written into a zero-filled blob of the full size.
    const bool inPlace = parts.size() == 1;
    if (size == 0) sqlite3_bind_null(s, 9);
    else if (inPlace) sqlite3_bind_blob64(s, 9, parts[0].data(), parts[0].size(), SQLITE_STATIC);
    else if (int rc = sqlite3_bind_zeroblob64(s, 9, size); rc != SQLITE_OK)
        db.fail(rc, "the change-log entry's row list (" + std::to_string(size) + " bytes)");
    text(10, e.rowsSha256);
    text(11, e.prevSha256);
    text(12, hash);
    stepRaw(db, s);
    if (size > 0 && !inPlace) {
        sqlite3_blob* blob = nullptr;
        if (sqlite3_blob_open(db.handle(), "main", "change_log", "rows", e.id, 1, &blob) != SQLITE_OK) {
            sqlite3_blob_close(blob);
            db.fail(sqlite3_errcode(db.handle()), "open the change-log rows");
        }
        std::unique_ptr<sqlite3_blob, decltype(&sqlite3_blob_close)> guard(blob, &sqlite3_blob_close);
        std::uint64_t offset = 0;
        for (auto part : parts) {
            if (part.empty()) continue;
            if (int rc = sqlite3_blob_write(blob, part.data(), static_cast<int>(part.size()), static_cast<int>(offset));
                rc != SQLITE_OK)
                db.fail(rc, "write the change-log rows");
            offset += part.size();
        }
    }
    return e.id;
}

VerificationReport verify(const sqlite::Database& db) {
    VerificationReport report;
    if (!hasChain(db)) {
        report.findings.push_back({VerificationFinding::Kind::NotChained, "change_log", "",
                                   "the change log has no hash chain (schema older than step 7 or columns removed)"});
        return report;
    }
    auto expected = expectedStates(db, &report);
    compareTables(db, expected, &report, nullptr);
    return report;
}

std::vector<RowState> unsealedRows(const sqlite::Database& db) {
    std::vector<RowState> out;
    compareTables(db, expectedStates(db, nullptr), nullptr, &out);
    return out;
}

void sealUncovered(sqlite::Database& db, std::string_view reason) {
    // Entries written before the chain existed: link them in id order, no rows of their own.
    {
        auto st = prepareRaw(db,
                             "SELECT id, at, actor, action, entity, entity_id, old_value, new_value FROM change_log "
                             "WHERE content_sha256 IS NULL ORDER BY id");
        auto prevOf = db.prepare("SELECT coalesce(content_sha256, '') FROM change_log WHERE id < ? ORDER BY id DESC "
                                 "LIMIT 1");
        auto update = db.prepare("UPDATE change_log SET rows_sha256 = ?, prev_sha256 = ?, content_sha256 = ? "
                                 "WHERE id = ?");
        while (stepRaw(db, st.get())) {
            EntryFields e = entryFields(st.get());
            e.rowsSha256 = sha256Hex("");
            prevOf.bind(1, e.id);
            e.prevSha256 = prevOf.step() ? prevOf.getText(0) : std::string();
            prevOf.reset();
            update.bind(1, e.rowsSha256).bind(2, e.prevSha256).bind(3, contentHash(e)).bind(4, e.id);
            update.run();
            update.reset();
        }
    }
    auto rows = unsealedRows(db);
    if (rows.empty()) return;
    std::map<std::string, std::int64_t> perTable;
    for (const auto& r : rows) ++perTable[r.table];
    nlohmann::json summary = {{"reason", reason}, {"rows", perTable}};
    appendEntry(db, utcNow(), "cnms", "import", "chain_seal", std::string(reason), {}, summary.dump(), rows);
}

}  // namespace cnms::storage::chain
