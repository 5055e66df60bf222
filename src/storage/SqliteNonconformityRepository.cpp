// SPDX-License-Identifier: MIT
#include "SqliteNonconformityRepository.h"

#include "cnms/audit/AuditJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {
namespace {

constexpr std::string_view kColumns =
    "source, clause_id, severity, description, subject_type, subject_id, audit_id, item_id, raised_by, raised_on, "
    "state, correction, contained_by, contained_on, whys, cause_category, root_cause, analysed_by, analysed_on, "
    "verified_by, verified_on, verification_evidence, closed_by, closed_on, reopen_of, reopen_reason";

Nonconformity readRow(const sqlite::Statement& st) {
    Nonconformity n;
    n.id = st.getInt(0);
    n.source = ncSourceFromString(st.getTextView(1)).value_or(NcSource::Other);
    n.clauseId = st.getText(2);
    n.severity = ncSeverityFromString(st.getTextView(3)).value_or(NcSeverity::Minor);
    n.description = st.getText(4);
    if (!st.isNull(5)) n.subject = RecordRef{st.getText(5), st.getText(6)};
    if (!st.isNull(7) && !st.isNull(8)) n.finding = FindingLink{st.getInt(7), st.getInt(8)};
    n.raisedBy = st.getText(9);
    n.raisedOn = st.getText(10);
    n.state = ncStateFromString(st.getTextView(11)).value_or(NcState::Raised);
    n.correction = st.getText(12);
    n.containedBy = st.getText(13);
    n.containedOn = st.getText(14);
    n.whys = nlohmann::json::parse(st.getTextView(15)).get<std::vector<std::string>>();
    if (!st.isNull(16)) n.causeCategory = causeCategoryFromString(st.getTextView(16));
    n.rootCause = st.getText(17);
    n.analysedBy = st.getText(18);
    n.analysedOn = st.getText(19);
    n.verifiedBy = st.getText(20);
    n.verifiedOn = st.getText(21);
    n.verificationEvidence = st.getText(22);
    n.closedBy = st.getText(23);
    n.closedOn = st.getText(24);
    if (!st.isNull(25)) n.reopenOf = st.getInt(25);
    n.reopenReason = st.getText(26);
    return n;
}

/** Binds the columns of kColumns to parameters 1..26. */
void bindFields(sqlite::Statement& st, const Nonconformity& n) {
    st.bind(1, toString(n.source)).bind(2, n.clauseId).bind(3, toString(n.severity)).bind(4, n.description);
    if (n.subject)
        st.bind(5, n.subject->type).bind(6, n.subject->id);
    else
        st.bindNull(5).bindNull(6);
    if (n.finding)
        st.bind(7, n.finding->auditId).bind(8, n.finding->itemId);
    else
        st.bindNull(7).bindNull(8);
    st.bind(9, n.raisedBy).bind(10, n.raisedOn).bind(11, toString(n.state)).bind(12, n.correction);
    st.bind(13, n.containedBy).bind(14, n.containedOn).bind(15, nlohmann::json(n.whys).dump());
    if (n.causeCategory)
        st.bind(16, toString(*n.causeCategory));
    else
        st.bindNull(16);
    st.bind(17, n.rootCause).bind(18, n.analysedBy).bind(19, n.analysedOn).bind(20, n.verifiedBy);
    st.bind(21, n.verifiedOn).bind(22, n.verificationEvidence).bind(23, n.closedBy).bind(24, n.closedOn);
    st.bind(25, n.reopenOf).bind(26, n.reopenReason);
}

}  // namespace

std::vector<Nonconformity> SqliteNonconformityRepository::query(
    std::string_view where, const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare("SELECT id, " + std::string(kColumns) + " FROM nonconformity " + std::string(where) +
                           " ORDER BY id");
    bind(st);
    std::vector<Nonconformity> out;
    while (st.step()) out.push_back(readRow(st));
    return out;
}

std::vector<Nonconformity> SqliteNonconformityRepository::list() const {
    return query("", [](sqlite::Statement&) {});
}

std::optional<Nonconformity> SqliteNonconformityRepository::find(NonconformityId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::vector<Nonconformity> SqliteNonconformityRepository::findByFinding(ChecklistItemId item) const {
    return query("WHERE item_id = ?", [item](sqlite::Statement& st) { st.bind(1, item); });
}

std::optional<Nonconformity> SqliteNonconformityRepository::findReopening(NonconformityId id) const {
    auto rows = query("WHERE reopen_of = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

NonconformityId SqliteNonconformityRepository::insert(const Nonconformity& nc) {
    m_log.requireTransaction();
    auto st =
        m_db.prepare("INSERT INTO nonconformity (" + std::string(kColumns) +
                     ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(st, nc);
    if (nc.id != 0)
        st.bind(27, nc.id);
    else
        st.bindNull(27);
    st.run();
    Nonconformity stored = nc;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "nonconformity", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteNonconformityRepository::update(const Nonconformity& nc) {
    m_log.requireTransaction();
    auto old = find(nc.id);
    if (!old) throw NotFoundError("no nonconformity with id " + std::to_string(nc.id));
    auto st = m_db.prepare(
        "UPDATE nonconformity SET source = ?, clause_id = ?, severity = ?, description = ?, subject_type = ?, "
        "subject_id = ?, audit_id = ?, item_id = ?, raised_by = ?, raised_on = ?, state = ?, correction = ?, "
        "contained_by = ?, contained_on = ?, whys = ?, cause_category = ?, root_cause = ?, analysed_by = ?, "
        "analysed_on = ?, verified_by = ?, verified_on = ?, verification_evidence = ?, closed_by = ?, closed_on = ?, "
        "reopen_of = ?, reopen_reason = ? WHERE id = ?");
    bindFields(st, nc);
    st.bind(27, nc.id).run();
    m_log.record("update", "nonconformity", std::to_string(nc.id), nlohmann::json(*old).dump(),
                 nlohmann::json(nc).dump());
}

std::vector<NcEvent> SqliteNonconformityRepository::events(NonconformityId id) const {
    auto st = m_db.prepare(
        "SELECT id, nc_id, at, actor, step, from_state, to_state, note FROM nc_event "
        "WHERE nc_id = ? ORDER BY id");
    st.bind(1, id);
    std::vector<NcEvent> out;
    while (st.step()) {
        NcEvent e;
        e.id = st.getInt(0);
        e.ncId = st.getInt(1);
        e.at = st.getText(2);
        e.actor = st.getText(3);
        e.step = st.getText(4);
        if (!st.isNull(5)) e.fromState = ncStateFromString(st.getTextView(5));
        e.toState = ncStateFromString(st.getTextView(6)).value_or(NcState::Raised);
        e.note = st.getText(7);
        out.push_back(std::move(e));
    }
    return out;
}

void SqliteNonconformityRepository::appendEvent(const NcEvent& event) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO nc_event (nc_id, at, actor, step, from_state, to_state, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, event.ncId).bind(2, event.at).bind(3, event.actor).bind(4, event.step);
    if (event.fromState)
        st.bind(5, toString(*event.fromState));
    else
        st.bindNull(5);
    st.bind(6, toString(event.toState)).bind(7, event.note).run();
    NcEvent stored = event;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "nc_event", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
}

}  // namespace cnms::storage
