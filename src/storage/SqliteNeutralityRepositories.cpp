// SPDX-License-Identifier: MIT
#include "SqliteNeutralityRepositories.h"

namespace cnms::storage {
using namespace cnms::neutrality;

namespace {
std::vector<std::string> measureColumns(const ReductionMeasure& m) { return {m.title, std::string(toString(m.status))}; }
std::vector<std::string> targetColumns(const Target& t) { return {t.name}; }
}  // namespace

SqliteMeasureRepository::SqliteMeasureRepository(sqlite::Database& db, ChangeLogWriter& log)
    : m_docs(db, log, "reduction_measure", "reduction_measure", {"title", "status"}, &measureColumns) {}

SqliteTargetRepository::SqliteTargetRepository(sqlite::Database& db, ChangeLogWriter& log)
    : m_docs(db, log, "target", "target", {"name"}, &targetColumns) {}

std::vector<OffsetCredit> SqliteCreditRepository::query(const std::string& where,
                                                        const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare("SELECT id, data FROM offset_credit " + where + " ORDER BY id");
    bind(st);
    std::vector<OffsetCredit> out;
    while (st.step()) {
        auto c = nlohmann::json::parse(st.getTextView(1)).get<OffsetCredit>();
        c.id = st.getInt(0);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<OffsetCredit> SqliteCreditRepository::list() const {
    return query("", [](sqlite::Statement&) {});
}

std::optional<OffsetCredit> SqliteCreditRepository::find(CreditId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<OffsetCredit> SqliteCreditRepository::overlapping(std::string_view registryKey,
                                                              const SerialRange& range) const {
    return query("WHERE registry_key = ? AND serial_prefix = ? AND serial_first <= ? AND serial_last >= ?",
                 [&](sqlite::Statement& st) {
                     st.bind(1, registryKey).bind(2, range.prefix);
                     st.bind(3, static_cast<std::int64_t>(range.last)).bind(4, static_cast<std::int64_t>(range.first));
                 });
}

CreditId SqliteCreditRepository::write(const OffsetCredit& credit, bool replace) {
    auto range = SerialRange::parse(credit.serial);
    if (!range) throw ValidationError({{"serial", "serial_invalid", "serial '" + credit.serial + "' cannot be read"}});
    auto st = m_db.prepare(
        std::string(replace ? "REPLACE" : "INSERT") +
        " INTO offset_credit (id, registry, registry_key, serial, serial_prefix, serial_first, serial_last, vintage, "
        "quantity_tco2e, status, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (credit.id != 0) st.bind(1, credit.id); else st.bindNull(1);
    st.bind(2, credit.registry).bind(3, recogniseRegistry(credit.registry).key).bind(4, credit.serial);
    st.bind(5, range->prefix).bind(6, static_cast<std::int64_t>(range->first));
    st.bind(7, static_cast<std::int64_t>(range->last)).bind(8, credit.vintage).bind(9, credit.quantityTco2e);
    st.bind(10, toString(credit.status)).bind(11, nlohmann::json(credit).dump());
    st.run();
    return credit.id != 0 ? credit.id : m_db.lastInsertId();
}

CreditId SqliteCreditRepository::insert(const OffsetCredit& credit) {
    m_log.requireTransaction();
    OffsetCredit stored = credit;
    stored.id = write(credit, false);
    m_log.record("insert", "offset_credit", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteCreditRepository::insertBatch(const std::vector<OffsetCredit>& credits, std::string_view batch) {
    m_log.requireTransaction();
    for (const auto& c : credits) write(c, false);
    m_log.record("import", "offset_credit", std::string(batch), {},
                 nlohmann::json({{"batch", batch}, {"rows", credits.size()}}).dump());
}

void SqliteCreditRepository::update(const OffsetCredit& credit) {
    m_log.requireTransaction();
    auto old = find(credit.id);
    if (!old) throw NotFoundError("no offset credit with id " + std::to_string(credit.id));
    write(credit, true);
    m_log.record("update", "offset_credit", std::to_string(credit.id), nlohmann::json(*old).dump(),
                 nlohmann::json(credit).dump());
}

void SqliteCreditRepository::remove(CreditId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no offset credit with id " + std::to_string(id));
    m_db.prepare("DELETE FROM offset_credit WHERE id = ?").bind(1, id).run();
    m_log.record("delete", "offset_credit", std::to_string(id), nlohmann::json(*old).dump(), {});
}

}  // namespace cnms::storage
