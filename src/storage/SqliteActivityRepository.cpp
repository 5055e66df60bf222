// SPDX-License-Identifier: MIT
#include "SqliteActivityRepository.h"

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

template <class T>
void bindOptional(sqlite::Statement& st, int i, const std::optional<T>& v) {
    if (v) st.bind(i, *v); else st.bindNull(i);
}
void bindText(sqlite::Statement& st, int i, const std::string& v) {
    if (v.empty()) st.bindNull(i); else st.bind(i, v);
}

/** Binds the 24 columns of kColumns in order; the statement's own parameters follow them. */
void bindRecord(sqlite::Statement& st, const ActivityRecord& r, std::int64_t siteId) {
    st.bind(1, r.recordId).bind(2, siteId).bind(3, r.periodStart.toString()).bind(4, r.periodEnd.toString());
    st.bind(5, toString(r.sourceType)).bind(6, r.activity).bind(7, r.quantity).bind(8, r.unit);
    bindOptional(st, 9, r.isoCategory);
    bindOptional(st, 10, r.overrides.ncv);
    bindText(st, 11, r.overrides.ncvUnit);
    bindOptional(st, 12, r.overrides.carbonContent);
    bindOptional(st, 13, r.overrides.oxidationPct);
    bindOptional(st, 14, r.overrides.ch4KgPerTj);
    bindOptional(st, 15, r.overrides.n2oKgPerTj);
    bindOptional(st, 16, r.overrides.factorValue);
    bindText(st, 17, r.overrides.factorUnit);
    st.bind(18, toString(r.dataQuality));
    bindOptional(st, 19, r.uncertaintyPct);
    bindText(st, 20, r.evidence);
    bindText(st, 21, r.note);
    st.bind(22, r.enteredBy).bind(23, r.enteredAt).bind(24, r.periodStart.year);
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

/** One prepared INSERT reused for every row of a batch. */
class SqliteActivityWriter : public ActivityWriter {
public:
    SqliteActivityWriter(sqlite::Database& db, ChangeLogWriter& log, std::string batch)
        : m_insert(db.prepare(std::string("INSERT INTO activity_record (") + kColumns +
                              ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
          m_log(log), m_batch(std::move(batch)) {}

    void write(const ActivityRecord& record, std::int64_t siteId) override {
        bindRecord(m_insert, record, siteId);
        m_insert.step();
        m_insert.reset();
        ++m_rows;
    }
    void finish() override {
        m_log.record("import", "activity_record", m_batch, {},
                     nlohmann::json({{"batch", m_batch}, {"rows", m_rows}}).dump());
    }

private:
    sqlite::Statement m_insert;
    ChangeLogWriter& m_log;
    std::string m_batch;
    std::size_t m_rows = 0;
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
