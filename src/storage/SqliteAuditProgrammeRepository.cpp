// SPDX-License-Identifier: MIT
#include "SqliteAuditProgrammeRepository.h"

#include "cnms/audit/AuditJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {

std::vector<AuditProgramme> SqliteAuditProgrammeRepository::query(std::string_view where, std::int64_t value,
                                                                  bool bind) const {
    auto st = m_db.prepare("SELECT id, year, objectives, rationale FROM audit_programme " + std::string(where) +
                           " ORDER BY year");
    if (bind) st.bind(1, value);
    std::vector<AuditProgramme> out;
    while (st.step()) out.push_back({st.getInt(0), static_cast<int>(st.getInt(1)), st.getText(2), st.getText(3)});
    return out;
}

std::vector<AuditProgramme> SqliteAuditProgrammeRepository::list() const { return query("", 0, false); }

std::optional<AuditProgramme> SqliteAuditProgrammeRepository::find(AuditProgrammeId id) const {
    auto rows = query("WHERE id = ?", id, true);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::optional<AuditProgramme> SqliteAuditProgrammeRepository::findByYear(int year) const {
    auto rows = query("WHERE year = ?", year, true);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

AuditProgrammeId SqliteAuditProgrammeRepository::insert(const AuditProgramme& programme) {
    m_log.requireTransaction();
    auto st = m_db.prepare("INSERT INTO audit_programme (id, year, objectives, rationale) VALUES (?, ?, ?, ?)");
    if (programme.id != 0)
        st.bind(1, programme.id);
    else
        st.bindNull(1);
    st.bind(2, programme.year).bind(3, programme.objectives).bind(4, programme.rationale).run();
    AuditProgramme stored = programme;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "audit_programme", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteAuditProgrammeRepository::update(const AuditProgramme& programme) {
    m_log.requireTransaction();
    auto old = find(programme.id);
    if (!old) throw NotFoundError("no audit programme with id " + std::to_string(programme.id));
    auto st = m_db.prepare("UPDATE audit_programme SET year = ?, objectives = ?, rationale = ? WHERE id = ?");
    st.bind(1, programme.year).bind(2, programme.objectives).bind(3, programme.rationale).bind(4, programme.id).run();
    m_log.record("update", "audit_programme", std::to_string(programme.id), nlohmann::json(*old).dump(),
                 nlohmann::json(programme).dump());
}

}  // namespace cnms::storage
