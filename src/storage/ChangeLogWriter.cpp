// SPDX-License-Identifier: MIT
#include "ChangeLogWriter.h"

#include <chrono>
#include <ctime>
#include <stdexcept>

namespace cnms::storage {

std::string utcNow() {
    using namespace std::chrono;
    auto now = system_clock::now();
    auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::time_t t = system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[40];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
    return out;
}

void ChangeLogWriter::requireTransaction() const {
    if (!m_db.inTransaction()) throw std::logic_error("write outside a unit of work");
}

void ChangeLogWriter::record(std::string_view action, std::string_view entity, std::string_view entityId,
                             std::string_view oldValue, std::string_view newValue) {
    requireTransaction();
    auto st = m_db.prepare(
        "INSERT INTO change_log (at, actor, action, entity, entity_id, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, utcNow()).bind(2, m_actor()).bind(3, action).bind(4, entity).bind(5, entityId);
    if (oldValue.empty()) st.bindNull(6); else st.bind(6, oldValue);
    if (newValue.empty()) st.bindNull(7); else st.bind(7, newValue);
    st.run();
}

std::int64_t SqliteChangeLogReader::count() const {
    return m_db.queryInt("SELECT count(*) FROM change_log").value_or(0);
}

std::vector<ChangeLogEntry> SqliteChangeLogReader::recent(std::size_t limit, std::string_view entity,
                                                          std::string_view entityId) const {
    auto st = m_db.prepare(
        "SELECT id, at, actor, action, entity, entity_id, coalesce(old_value, ''), coalesce(new_value, '') "
        "FROM change_log WHERE (?1 = '' OR entity = ?1) AND (?2 = '' OR entity_id = ?2) "
        "ORDER BY id DESC LIMIT ?3");
    st.bind(1, entity).bind(2, entityId).bind(3, static_cast<std::int64_t>(limit));
    std::vector<ChangeLogEntry> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                       st.getText(6), st.getText(7)});
    return out;
}

}  // namespace cnms::storage
