// SPDX-License-Identifier: MIT
#include "SqliteAuditRepository.h"

#include "cnms/audit/AuditJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {
namespace {

constexpr std::string_view kColumns =
    "id, code, programme_id, title, objective, criteria, rationale, clause_selection, clauses, sites, processes, "
    "start_date, end_date, lead, team, auditees, independence, status, conclusion, completed_by, completed_on, "
    "created_by, created_at";

Audit readRow(const sqlite::Statement& st) {
    Audit a;
    a.id = st.getInt(0);
    a.code = st.getText(1);
    a.programmeId = st.getInt(2);
    a.title = st.getText(3);
    a.objective = st.getText(4);
    a.criteria = st.getText(5);
    a.rationale = st.getText(6);
    a.clauseSelection = st.getText(7);
    a.clauses = nlohmann::json::parse(st.getTextView(8)).get<std::vector<std::string>>();
    a.sites = nlohmann::json::parse(st.getTextView(9)).get<std::vector<std::string>>();
    a.processes = nlohmann::json::parse(st.getTextView(10)).get<std::vector<AuditedProcess>>();
    a.startDate = st.getText(11);
    a.endDate = st.getText(12);
    a.lead = nlohmann::json::parse(st.getTextView(13)).get<Auditor>();
    a.team = nlohmann::json::parse(st.getTextView(14)).get<std::vector<Auditor>>();
    a.auditees = nlohmann::json::parse(st.getTextView(15)).get<std::vector<std::string>>();
    a.independence = nlohmann::json::parse(st.getTextView(16)).get<std::vector<IndependenceDeclaration>>();
    a.status = auditStatusFromString(st.getTextView(17)).value_or(AuditStatus::Planned);
    a.conclusion = st.getText(18);
    a.completedBy = st.getText(19);
    a.completedOn = st.getText(20);
    a.createdBy = st.getText(21);
    a.createdAt = st.getText(22);
    return a;
}

/** Binds every column but id, starting at parameter 1, in kColumns order. */
void bindFields(sqlite::Statement& st, const Audit& a) {
    st.bind(1, a.code).bind(2, a.programmeId).bind(3, a.title).bind(4, a.objective).bind(5, a.criteria);
    st.bind(6, a.rationale).bind(7, a.clauseSelection).bind(8, nlohmann::json(a.clauses).dump());
    st.bind(9, nlohmann::json(a.sites).dump()).bind(10, nlohmann::json(a.processes).dump());
    st.bind(11, a.startDate).bind(12, a.endDate).bind(13, nlohmann::json(a.lead).dump());
    st.bind(14, nlohmann::json(a.team).dump()).bind(15, nlohmann::json(a.auditees).dump());
    st.bind(16, nlohmann::json(a.independence).dump()).bind(17, toString(a.status)).bind(18, a.conclusion);
    st.bind(19, a.completedBy).bind(20, a.completedOn).bind(21, a.createdBy).bind(22, a.createdAt);
}

}  // namespace

std::vector<Audit> SqliteAuditRepository::query(std::string_view where,
                                                const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare("SELECT " + std::string(kColumns) + " FROM audit " + std::string(where) +
                           " ORDER BY start_date, code");
    bind(st);
    std::vector<Audit> out;
    while (st.step()) out.push_back(readRow(st));
    return out;
}

std::vector<Audit> SqliteAuditRepository::list() const {
    return query("", [](sqlite::Statement&) {});
}

std::vector<Audit> SqliteAuditRepository::listByProgramme(AuditProgrammeId programme) const {
    return query("WHERE programme_id = ?", [programme](sqlite::Statement& st) { st.bind(1, programme); });
}

std::optional<Audit> SqliteAuditRepository::find(AuditId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::optional<Audit> SqliteAuditRepository::findByCode(std::string_view code) const {
    auto rows = query("WHERE code = ?", [code](sqlite::Statement& st) { st.bind(1, code); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

AuditId SqliteAuditRepository::insert(const Audit& audit) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO audit (code, programme_id, title, objective, criteria, rationale, clause_selection, clauses, "
        "sites, processes, start_date, end_date, lead, team, auditees, independence, status, conclusion, "
        "completed_by, completed_on, created_by, created_at, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(st, audit);
    if (audit.id != 0)
        st.bind(23, audit.id);
    else
        st.bindNull(23);
    st.run();
    Audit stored = audit;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "audit", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteAuditRepository::update(const Audit& audit) {
    m_log.requireTransaction();
    auto old = find(audit.id);
    if (!old) throw NotFoundError("no audit with id " + std::to_string(audit.id));
    auto st = m_db.prepare(
        "UPDATE audit SET code = ?, programme_id = ?, title = ?, objective = ?, criteria = ?, rationale = ?, "
        "clause_selection = ?, clauses = ?, sites = ?, processes = ?, start_date = ?, end_date = ?, lead = ?, "
        "team = ?, auditees = ?, independence = ?, status = ?, conclusion = ?, completed_by = ?, completed_on = ?, "
        "created_by = ?, created_at = ? WHERE id = ?");
    bindFields(st, audit);
    st.bind(23, audit.id).run();
    m_log.record("update", "audit", std::to_string(audit.id), nlohmann::json(*old).dump(),
                 nlohmann::json(audit).dump());
}

void SqliteAuditRepository::remove(AuditId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no audit with id " + std::to_string(id));
    m_db.prepare("DELETE FROM audit WHERE id = ?").bind(1, id).run();
    m_log.record("delete", "audit", std::to_string(id), nlohmann::json(*old).dump(), {});
}

}  // namespace cnms::storage
