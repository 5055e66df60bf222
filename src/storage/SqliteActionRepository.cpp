// SPDX-License-Identifier: MIT
#include "SqliteActionRepository.h"

#include "cnms/audit/AuditJson.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {
namespace {

void bindFields(sqlite::Statement& st, const Action& a) {
    st.bind(1, a.sourceType).bind(2, a.sourceId).bind(3, a.description).bind(4, a.owner).bind(5, a.dueDate);
    st.bind(6, toString(a.status)).bind(7, a.implementedOn).bind(8, a.implementedBy).bind(9, a.implementationNote);
    st.bind(10, a.createdBy).bind(11, a.createdAt);
}

}  // namespace

std::vector<Action> SqliteActionRepository::query(std::string_view whereAndOrder,
                                                  const std::function<void(sqlite::Statement&)>& bind) const {
    auto st = m_db.prepare(
        "SELECT id, source_type, source_id, description, owner, due_date, status, implemented_on, implemented_by, "
        "implementation_note, created_by, created_at FROM action_item " +
        std::string(whereAndOrder));
    bind(st);
    std::vector<Action> out;
    while (st.step()) {
        Action a;
        a.id = st.getInt(0);
        a.sourceType = st.getText(1);
        a.sourceId = st.getInt(2);
        a.description = st.getText(3);
        a.owner = st.getText(4);
        a.dueDate = st.getText(5);
        a.status = actionStatusFromString(st.getTextView(6)).value_or(ActionStatus::Open);
        a.implementedOn = st.getText(7);
        a.implementedBy = st.getText(8);
        a.implementationNote = st.getText(9);
        a.createdBy = st.getText(10);
        a.createdAt = st.getText(11);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<Action> SqliteActionRepository::list() const {
    return query("ORDER BY due_date, id", [](sqlite::Statement&) {});
}

std::vector<Action> SqliteActionRepository::listBySource(std::string_view sourceType, std::int64_t sourceId) const {
    return query("WHERE source_type = ? AND source_id = ? ORDER BY id",
                 [&](sqlite::Statement& st) { st.bind(1, sourceType).bind(2, sourceId); });
}

std::optional<Action> SqliteActionRepository::find(ActionId id) const {
    auto rows = query("WHERE id = ?", [id](sqlite::Statement& st) { st.bind(1, id); });
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

ActionId SqliteActionRepository::insert(const Action& action) {
    m_log.requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO action_item (source_type, source_id, description, owner, due_date, status, implemented_on, "
        "implemented_by, implementation_note, created_by, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(st, action);
    if (action.id != 0)
        st.bind(12, action.id);
    else
        st.bindNull(12);
    st.run();
    Action stored = action;
    stored.id = m_db.lastInsertId();
    m_log.record("insert", "corrective_action", std::to_string(stored.id), {}, nlohmann::json(stored).dump());
    return stored.id;
}

void SqliteActionRepository::update(const Action& action) {
    m_log.requireTransaction();
    auto old = find(action.id);
    if (!old) throw NotFoundError("no action with id " + std::to_string(action.id));
    auto st = m_db.prepare(
        "UPDATE action_item SET source_type = ?, source_id = ?, description = ?, owner = ?, due_date = ?, status = ?, "
        "implemented_on = ?, implemented_by = ?, implementation_note = ?, created_by = ?, created_at = ? WHERE id = ?");
    bindFields(st, action);
    st.bind(12, action.id).run();
    m_log.record("update", "corrective_action", std::to_string(action.id), nlohmann::json(*old).dump(),
                 nlohmann::json(action).dump());
}

}  // namespace cnms::storage
