// SPDX-License-Identifier: MIT
#include "SqliteActivityRepository.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <nlohmann/json.hpp>

#include "cnms/accounting/AccountingJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {
using namespace cnms::accounting;

namespace {

constexpr const char* kColumns =
    "record_id, site_id, period_start, period_end, source_type, activity, quantity, unit, iso_category, ncv, "
    "ncv_unit, carbon_content, oxidation_rate, ch4_kg_per_tj, n2o_kg_per_tj, factor_value, factor_unit, "
    "data_quality, uncertainty_pct, evidence, note, entered_by, entered_at, year";

constexpr std::size_t kColumnCount = 24;

/** One value of kColumns as bound: exactly what the row stores and what its digest covers. */
struct Value {
    int type = SQLITE_NULL;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string_view text;
};

/** The values of kColumns for one record, in order. Texts point into the record or into this object. */
class RecordValues {
public:
    void set(const ActivityRecord& r, std::int64_t siteId) {
        m_start = r.periodStart.toString();
        m_end = r.periodEnd.toString();
        std::size_t i = 0;
        text(i++, r.recordId, false);
        integer(i++, siteId);
        text(i++, m_start, false);
        text(i++, m_end, false);
        text(i++, toString(r.sourceType), false);
        text(i++, r.activity, false);
        real(i++, r.quantity);
        text(i++, r.unit, false);
        optionalInteger(i++, r.isoCategory);
        optionalReal(i++, r.overrides.ncv);
        text(i++, r.overrides.ncvUnit, true);
        optionalReal(i++, r.overrides.carbonContent);
        optionalReal(i++, r.overrides.oxidationPct);
        optionalReal(i++, r.overrides.ch4KgPerTj);
        optionalReal(i++, r.overrides.n2oKgPerTj);
        optionalReal(i++, r.overrides.factorValue);
        text(i++, r.overrides.factorUnit, true);
        text(i++, toString(r.dataQuality), false);
        optionalReal(i++, r.uncertaintyPct);
        text(i++, r.evidence, true);
        text(i++, r.note, true);
        text(i++, r.enteredBy, false);
        text(i++, r.enteredAt, false);
        integer(i++, r.periodStart.year);
    }
    const std::array<Value, kColumnCount>& values() const { return m_values; }

private:
    void integer(std::size_t i, std::int64_t v) { m_values[i] = {SQLITE_INTEGER, v, 0.0, {}}; }
    void optionalInteger(std::size_t i, const std::optional<int>& v) {
        if (v) integer(i, *v); else m_values[i] = {};
    }
    void real(std::size_t i, double v) {
        // SQLite stores NaN as NULL, and may store -0.0 as the integer 0 (read back as +0.0): bind
        // what will be read back, so the digest computed here is the one verify computes.
        if (std::isnan(v)) m_values[i] = {};
        else m_values[i] = {SQLITE_FLOAT, 0, v == 0.0 ? 0.0 : v, {}};
    }
    void optionalReal(std::size_t i, const std::optional<double>& v) {
        if (v) real(i, *v); else m_values[i] = {};
    }
    /** `emptyIsNull`: an optional text column stores NULL rather than ''. */
    void text(std::size_t i, std::string_view v, bool emptyIsNull) {
        if (v.empty() && emptyIsNull) m_values[i] = {};
        else m_values[i] = {SQLITE_TEXT, 0, 0.0, v.data() ? v : std::string_view("")};
    }

    std::string m_start, m_end;
    std::array<Value, kColumnCount> m_values;
};

/** Binds the 24 columns of kColumns in order; the statement's own parameters follow them. */
void bindRecord(sqlite::Statement& st, const ActivityRecord& r, std::int64_t siteId) {
    RecordValues values;
    values.set(r, siteId);
    int i = 1;
    for (const auto& v : values.values()) {
        switch (v.type) {
        case SQLITE_INTEGER: st.bind(i, v.integer); break;
        case SQLITE_FLOAT: st.bind(i, v.real); break;
        case SQLITE_TEXT: st.bind(i, v.text); break;
        default: st.bindNull(i);
        }
        ++i;
    }
}

template <class T>
std::optional<T> optionalColumn(const sqlite::Statement& st, int col) {
    if (st.isNull(col)) return std::nullopt;
    if constexpr (std::is_same_v<T, int>) return static_cast<int>(st.getInt(col));
    else return st.getDouble(col);
}

/** Reads the columns of kColumns (site code instead of site_id) starting at column `c`. */
ActivityRecord readRecord(const sqlite::Statement& st, int c) {
    ActivityRecord r;
    r.recordId = st.getText(c);
    r.site = st.getText(c + 1);
    r.periodStart = CivilDate::parse(st.getTextView(c + 2)).value_or(CivilDate{});
    r.periodEnd = CivilDate::parse(st.getTextView(c + 3)).value_or(CivilDate{});
    r.sourceType = sourceTypeFromString(st.getTextView(c + 4)).value_or(SourceType::FuelCombustion);
    r.activity = st.getText(c + 5);
    r.quantity = st.getDouble(c + 6);
    r.unit = st.getText(c + 7);
    r.isoCategory = optionalColumn<int>(st, c + 8);
    r.overrides.ncv = optionalColumn<double>(st, c + 9);
    r.overrides.ncvUnit = st.getText(c + 10);
    r.overrides.carbonContent = optionalColumn<double>(st, c + 11);
    r.overrides.oxidationPct = optionalColumn<double>(st, c + 12);
    r.overrides.ch4KgPerTj = optionalColumn<double>(st, c + 13);
    r.overrides.n2oKgPerTj = optionalColumn<double>(st, c + 14);
    r.overrides.factorValue = optionalColumn<double>(st, c + 15);
    r.overrides.factorUnit = st.getText(c + 16);
    r.dataQuality = dataQualityFromString(st.getTextView(c + 17)).value_or(DataQuality::Measured);
    r.uncertaintyPct = optionalColumn<double>(st, c + 18);
    r.evidence = st.getText(c + 19);
    r.note = st.getText(c + 20);
    r.enteredBy = st.getText(c + 21);
    r.enteredAt = st.getText(c + 22);
    return r;
}

constexpr const char* kSelect =
    "SELECT a.id, a.record_id, s.code, a.period_start, a.period_end, a.source_type, a.activity, a.quantity, a.unit, "
    "a.iso_category, a.ncv, a.ncv_unit, a.carbon_content, a.oxidation_rate, a.ch4_kg_per_tj, a.n2o_kg_per_tj, "
    "a.factor_value, a.factor_unit, a.data_quality, a.uncertainty_pct, a.evidence, a.note, a.entered_by, "
    "a.entered_at FROM activity_record a JOIN site s ON s.id = a.site_id ";

/** The names of kColumns, in order. */
const std::array<std::string, kColumnCount>& columnNames() {
    static const std::array<std::string, kColumnCount> names = [] {
        std::array<std::string, kColumnCount> out;
        std::string_view all = kColumns;
        for (auto& name : out) {
            const auto comma = all.find(',');
            name = std::string(all.substr(0, comma));
            all = comma == std::string_view::npos ? std::string_view() : all.substr(comma + 2);
        }
        return out;
    }();
    return names;
}

/**
 * The columns of activity_record in table order, each as an index into kColumns or kRowid for
 * the rowid alias; empty when the table has a column the writer does not bind (a later schema
 * step), or a declared type other than the one its values are bound as: then the writer cannot
 * know the stored row and leaves the digests to the change log's capture.
 */
constexpr int kRowid = -1;
std::vector<std::pair<int, std::string>> digestLayout(sqlite::Database& db) {
    static const std::array<std::string_view, kColumnCount> declared = {
        "TEXT", "INTEGER", "TEXT", "TEXT", "TEXT", "TEXT", "REAL", "TEXT", "INTEGER", "REAL", "TEXT", "REAL",
        "REAL", "REAL", "REAL", "REAL", "TEXT", "TEXT", "REAL", "TEXT", "TEXT", "TEXT", "TEXT", "INTEGER"};
    std::vector<std::pair<int, std::string>> layout;  // (index into kColumns or kRowid, name)
    auto st = db.prepare("SELECT name, upper(type), pk FROM pragma_table_info('activity_record') ORDER BY cid");
    const auto& names = columnNames();
    while (st.step()) {
        const std::string name = st.getText(0);
        if (st.getInt(2) == 1 && st.getText(1) == "INTEGER") {
            layout.emplace_back(kRowid, name);
            continue;
        }
        auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end()) return {};
        const auto index = static_cast<std::size_t>(it - names.begin());
        if (st.getTextView(1) != declared[index]) return {};
        layout.emplace_back(static_cast<int>(index), name);
    }
    if (layout.size() != kColumnCount + 1) layout.clear();
    return layout;
}

/**
 * One prepared INSERT reused for every row of a batch. For the hash chain it digests each row
 * from the values it binds (the same canonical form `cnms verify` computes from the stored row)
 * with the change log's capture of these inserts suspended: a million-row import then neither
 * runs a trigger per row nor reads every row back.
 */
class SqliteActivityWriter : public ActivityWriter {
public:
    SqliteActivityWriter(sqlite::Database& db, ChangeLogWriter& log, std::string batch)
        : m_db(db), m_log(log), m_batch(std::move(batch)) {
        // The id is bound, not left to SQLite: prepare() digests a row before it is written, so it
        // must know the id the row will have. Ids follow the largest one, as SQLite would give them.
        const std::string sql = std::string("INSERT INTO activity_record (") + kColumns +
                                ", id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        if (sqlite3_prepare_v3(db.handle(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) !=
            SQLITE_OK)
            db.fail(sqlite3_errcode(db.handle()), "prepare");
        m_nextPrepared = m_nextWritten = db.queryInt("SELECT max(id) FROM activity_record").value_or(0) + 1;
        deferIndexes();
        if (m_log.capturing()) m_layout = digestLayout(db);
        if (!m_layout.empty()) {
            m_log.suspendInsertCapture(kTable);
            m_suspended = true;
        }
    }
    ~SqliteActivityWriter() override {
        if (m_suspended) {
            try {
                m_log.resumeInsertCapture(kTable);
            } catch (...) {  // the batch failed before finish(): its transaction rolls back, which restores the trigger
            }
        }
        try {
            restoreIndexes();
        } catch (...) {  // as above: the rollback restores them
        }
        sqlite3_finalize(m_insert);
    }

    /** Digests the row the record will be (on the importer's thread: no connection is used). */
    void prepare(const ActivityRecord& record, std::int64_t siteId) override {
        if (m_suspended) {
            m_preparedValues.set(record, siteId);
            digest(m_nextPrepared, m_preparedValues.values());
        }
        m_nextPrepared.fetch_add(1, std::memory_order_release);
    }

    void write(const ActivityRecord& record, std::int64_t siteId) override {
        if (m_nextWritten >= m_nextPrepared.load(std::memory_order_acquire))
            throw std::logic_error("ActivityWriter::write before prepare of the same record");
        m_values.set(record, siteId);
        const auto& values = m_values.values();
        for (int i = 0; i < static_cast<int>(kColumnCount); ++i) {
            const Value& v = values[static_cast<std::size_t>(i)];
            int rc = SQLITE_OK;
            switch (v.type) {
            case SQLITE_INTEGER: rc = sqlite3_bind_int64(m_insert, i + 1, v.integer); break;
            case SQLITE_FLOAT: rc = sqlite3_bind_double(m_insert, i + 1, v.real); break;
            case SQLITE_TEXT:
                // Static: the texts live until the step below.
                rc = sqlite3_bind_text(m_insert, i + 1, v.text.data(), static_cast<int>(v.text.size()), SQLITE_STATIC);
                break;
            default: rc = sqlite3_bind_null(m_insert, i + 1);
            }
            if (rc != SQLITE_OK) m_db.fail(rc, "bind");
        }
        if (const int rc = sqlite3_bind_int64(m_insert, kColumnCount + 1, m_nextWritten); rc != SQLITE_OK)
            m_db.fail(rc, "bind");
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE) m_db.fail(rc, "step");
        ++m_nextWritten;
        ++m_rows;
    }

    void finish() override {
        if (m_nextWritten != m_nextPrepared.load(std::memory_order_acquire))
            throw std::logic_error("ActivityWriter::finish with a prepared record not written");
        restoreIndexes();
        if (m_suspended) {
            m_log.resumeInsertCapture(kTable);
            m_suspended = false;
        }
        std::vector<std::string_view> parts;
        for (const auto& chunk : m_chunks) parts.push_back(chunk.bytes());
        m_log.record("import", kTable, m_batch, {}, nlohmann::json({{"batch", m_batch}, {"rows", m_rows}}).dump(),
                     parts);
        m_chunks.clear();
    }

private:
    static constexpr const char* kTable = "activity_record";
    static constexpr std::size_t kRowBytes = 41;                 // 'R', rowid, digest (HashChain.cpp)
    static constexpr std::size_t kChunkBytes = (1u << 20) * 4;  // about 100,000 rows

    /**
     * Into an empty table, a batch inserts faster without the table's indexes, which are built
     * once from the sorted rows at the end (1,000,000 rows: 4.1 s of CPU instead of 5.5 s, the
     * index build included). The indexes are dropped in the open transaction, so a rollback or a
     * killed process brings them back. A table that has rows keeps them: rebuilding an index over
     * rows already stored would cost more than a small batch saves.
     */
    void deferIndexes() {
        if (m_db.queryInt("SELECT EXISTS (SELECT 1 FROM activity_record)").value_or(1) != 0) return;
        auto st = m_db.prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = "
                               "'activity_record' AND sql IS NOT NULL ORDER BY name");
        while (st.step()) m_deferredIndexes.emplace_back(st.getText(0), st.getText(1));
        for (const auto& [name, sql] : m_deferredIndexes) {
            std::string quoted = "\"";
            for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            m_db.exec("DROP INDEX main." + quoted + "\"");
        }
    }
    void restoreIndexes() {
        auto indexes = std::move(m_deferredIndexes);
        m_deferredIndexes.clear();
        for (const auto& [name, sql] : indexes) m_db.exec(sql);
    }

    void digest(std::int64_t rowid, const std::array<Value, kColumnCount>& values) {
        m_hasher.begin(kTable, rowid);
        for (const auto& [index, name] : m_layout) {
            if (index == kRowid) {
                m_hasher.integer(name, rowid);
                continue;
            }
            const Value& v = values[static_cast<std::size_t>(index)];
            switch (v.type) {
            case SQLITE_INTEGER: m_hasher.integer(name, v.integer); break;
            case SQLITE_FLOAT: m_hasher.real(name, v.real); break;
            case SQLITE_TEXT: m_hasher.text(name, v.text); break;
            default: break;  // NULL: not part of the digest
            }
        }
        const chain::Digest d = m_hasher.finish();
        // Fixed-size chunks rather than one growing list: a million rows take 41 MB, and a string
        // doubling its way there would hold up to three times that while it copies.
        if (m_chunks.empty() || m_chunks.back().bytes().size() + kRowBytes > kChunkBytes) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(kChunkBytes);
            m_chunks.back().table(kTable);
        }
        m_chunks.back().row(rowid, &d);
    }

    sqlite::Database& m_db;
    sqlite3_stmt* m_insert = nullptr;
    ChangeLogWriter& m_log;
    std::string m_batch;
    std::size_t m_rows = 0;
    // The two stages may run on two threads: prepare() uses only the members from here to
    // m_chunks and advances m_nextPrepared; write() uses the statement, m_values and m_nextWritten.
    std::vector<std::pair<int, std::string>> m_layout;
    bool m_suspended = false;
    RecordValues m_preparedValues;
    std::atomic<std::int64_t> m_nextPrepared{1};  ///< id of the next record prepare() digests
    RecordValues m_values;
    std::int64_t m_nextWritten = 1;  ///< id of the next record write() stores
    chain::RowHasher m_hasher;
    std::vector<std::pair<std::string, std::string>> m_deferredIndexes;  ///< (name, CREATE INDEX statement)
    std::vector<chain::RowsEncoder> m_chunks;  ///< the batch's rows, each chunk a whole encoded list
};

}  // namespace

std::unique_ptr<ActivityWriter> SqliteActivityRepository::beginBatch(const std::string& batch) {
    m_log.requireTransaction();
    return std::make_unique<SqliteActivityWriter>(m_db, m_log, batch);
}

void SqliteActivityRepository::forEachInYear(int year,
                                             const std::function<void(ActivityId, const ActivityRecord&)>& visit) const {
    auto st = m_db.prepare(std::string(kSelect) + "WHERE a.year = ? ORDER BY a.id");
    st.bind(1, year);
    while (st.step()) visit(st.getInt(0), readRecord(st, 1));
}

std::size_t SqliteActivityRepository::forEachInYearPage(
    int year, ActivityId afterId, std::size_t limit,
    const std::function<void(ActivityId, const ActivityRecord&)>& visit) const {
    // Keyset paging (id > last seen) rather than OFFSET: each page costs the same however deep it is.
    auto st = m_db.prepare(std::string(kSelect) + "WHERE a.year = ? AND a.id > ? ORDER BY a.id LIMIT ?");
    st.bind(1, year);
    st.bind(2, afterId);
    st.bind(3, static_cast<std::int64_t>(limit));
    std::size_t visited = 0;
    while (st.step()) {
        visit(st.getInt(0), readRecord(st, 1));
        ++visited;
    }
    return visited;
}

std::int64_t SqliteActivityRepository::countInYear(int year) const {
    auto st = m_db.prepare("SELECT count(*) FROM activity_record WHERE year = ?");
    st.bind(1, year);
    st.step();
    return st.getInt(0);
}

std::vector<int> SqliteActivityRepository::years() const {
    auto st = m_db.prepare("SELECT DISTINCT year FROM activity_record ORDER BY year");
    std::vector<int> out;
    while (st.step()) out.push_back(static_cast<int>(st.getInt(0)));
    return out;
}

std::vector<std::string> SqliteActivityRepository::recordIdsInYear(int year) const {
    auto st = m_db.prepare("SELECT record_id FROM activity_record WHERE year = ? AND record_id <> ''");
    st.bind(1, year);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.getText(0));
    return out;
}

std::optional<ActivityRecord> SqliteActivityRepository::find(ActivityId id) const {
    auto st = m_db.prepare(std::string(kSelect) + "WHERE a.id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readRecord(st, 1);
}

void SqliteActivityRepository::update(ActivityId id, const ActivityRecord& record, std::int64_t siteId) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no activity record with id " + std::to_string(id));
    std::string sets;
    std::string cols = kColumns;
    for (std::size_t start = 0; start < cols.size();) {
        auto end = cols.find(',', start);
        auto name = cols.substr(start, end == std::string::npos ? std::string::npos : end - start);
        while (!name.empty() && name.front() == ' ') name.erase(0, 1);
        sets += (sets.empty() ? "" : ", ") + name + " = ?";
        if (end == std::string::npos) break;
        start = end + 1;
    }
    auto st = m_db.prepare("UPDATE activity_record SET " + sets + " WHERE id = ?");
    bindRecord(st, record, siteId);
    st.bind(25, id).run();
    m_log.record("update", "activity_record", std::to_string(id), nlohmann::json(*old).dump(),
                 nlohmann::json(record).dump());
}

void SqliteActivityRepository::remove(ActivityId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no activity record with id " + std::to_string(id));
    m_db.prepare("DELETE FROM activity_record WHERE id = ?").bind(1, id).run();
    m_log.record("delete", "activity_record", std::to_string(id), nlohmann::json(*old).dump(), {});
}

std::int64_t SqliteActivityRepository::countForSite(std::int64_t siteId) const {
    auto st = m_db.prepare("SELECT count(*) FROM activity_record WHERE site_id = ?");
    st.bind(1, siteId);
    st.step();
    return st.getInt(0);
}

std::optional<ReportingYearState> SqliteReportingYearRepository::find(int year) const {
    auto st = m_db.prepare("SELECT pin, gas_inventory, computed_at FROM reporting_year WHERE year = ?");
    st.bind(1, year);
    if (!st.step()) return std::nullopt;
    return ReportingYearState{year, st.getText(0), st.getText(1), st.getText(2)};
}

void SqliteReportingYearRepository::save(const ReportingYearState& state) {
    m_log.requireTransaction();
    auto old = find(state.year);
    auto st = m_db.prepare(
        "INSERT INTO reporting_year (year, pin, gas_inventory, computed_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (year) DO UPDATE SET pin = excluded.pin, gas_inventory = excluded.gas_inventory, "
        "computed_at = excluded.computed_at");
    st.bind(1, state.year).bind(2, state.pinJson).bind(3, state.gasInventoryJson).bind(4, state.computedAt).run();
    // The pin is what a verifier needs to see change; the cached result is derived data.
    if (!old || old->pinJson != state.pinJson)
        m_log.record(old ? "update" : "insert", "reporting_year", std::to_string(state.year),
                     old ? old->pinJson : std::string(), state.pinJson);
}

std::vector<FactorSet> SqliteFactorSetRepository::list() const {
    auto st = m_db.prepare("SELECT data FROM factor_set ORDER BY id, version");
    std::vector<FactorSet> out;
    while (st.step()) out.push_back(nlohmann::json::parse(st.getTextView(0)).get<FactorSet>());
    return out;
}

void SqliteFactorSetRepository::insert(const FactorSet& set) {
    m_log.requireTransaction();
    auto json = nlohmann::json(set).dump();
    m_db.prepare("INSERT INTO factor_set (id, version, data) VALUES (?, ?, ?)")
        .bind(1, set.id)
        .bind(2, set.version)
        .bind(3, json)
        .run();
    m_log.record("insert", "factor_set", set.id + "@" + set.version, {}, json);
}

}  // namespace cnms::storage
