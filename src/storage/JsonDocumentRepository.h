// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ChangeLogWriter.h"
#include "cnms/core/Errors.h"

namespace cnms::storage {

/**
 * Records kept as JSON documents of their value type in a table `(id, <label column>, ..., data)`.
 * Used for registers whose fields are read and written whole and filtered on one or two columns.
 * `Columns` maps a record to the extra column values, in the order of `extraColumns`.
 */
template <class Record, class Id>
class JsonDocumentRepository {
public:
    using Columns = std::vector<std::string> (*)(const Record&);

    JsonDocumentRepository(sqlite::Database& db, ChangeLogWriter& log, std::string table, std::string entity,
                           std::vector<std::string> extraColumns, Columns columns)
        : m_db(db), m_log(log), m_table(std::move(table)), m_entity(std::move(entity)),
          m_extra(std::move(extraColumns)), m_columns(columns) {}

    std::vector<Record> list() const { return query("", {}); }

    std::optional<Record> find(Id id) const {
        auto rows = query("WHERE id = ?", id);
        if (rows.empty()) return std::nullopt;
        return rows.front();
    }

    Id insert(const Record& record) {
        m_log.requireTransaction();
        std::string cols = "id, data", marks = "?, ?";
        for (const auto& c : m_extra) cols += ", " + c, marks += ", ?";
        auto st = m_db.prepare("INSERT INTO " + m_table + " (" + cols + ") VALUES (" + marks + ")");
        if (record.id != 0) st.bind(1, record.id); else st.bindNull(1);
        st.bind(2, std::string("{}"));
        bindExtra(st, record, 3);
        st.run();
        Record stored = record;
        stored.id = m_db.lastInsertId();
        auto json = nlohmann::json(stored).dump();
        m_db.prepare("UPDATE " + m_table + " SET data = ? WHERE id = ?").bind(1, json).bind(2, stored.id).run();
        m_log.record("insert", m_entity, std::to_string(stored.id), {}, json);
        return stored.id;
    }

    void update(const Record& record) {
        m_log.requireTransaction();
        auto old = find(record.id);
        if (!old) throw NotFoundError("no " + m_entity + " with id " + std::to_string(record.id));
        std::string sets = "data = ?";
        for (const auto& c : m_extra) sets += ", " + c + " = ?";
        auto json = nlohmann::json(record).dump();
        auto st = m_db.prepare("UPDATE " + m_table + " SET " + sets + " WHERE id = ?");
        st.bind(1, json);
        int next = bindExtra(st, record, 2);
        st.bind(next, record.id).run();
        m_log.record("update", m_entity, std::to_string(record.id), nlohmann::json(*old).dump(), json);
    }

    void remove(Id id) {
        m_log.requireTransaction();
        auto old = find(id);
        if (!old) throw NotFoundError("no " + m_entity + " with id " + std::to_string(id));
        m_db.prepare("DELETE FROM " + m_table + " WHERE id = ?").bind(1, id).run();
        m_log.record("delete", m_entity, std::to_string(id), nlohmann::json(*old).dump(), {});
    }

private:
    int bindExtra(sqlite::Statement& st, const Record& record, int first) const {
        for (const auto& value : m_columns(record)) st.bind(first++, value);
        return first;
    }

    std::vector<Record> query(const std::string& where, std::optional<Id> id) const {
        auto st = m_db.prepare("SELECT id, data FROM " + m_table + " " + where + " ORDER BY id");
        if (id) st.bind(1, *id);
        std::vector<Record> out;
        while (st.step()) {
            Record r = nlohmann::json::parse(st.getTextView(1)).template get<Record>();
            r.id = st.getInt(0);
            out.push_back(std::move(r));
        }
        return out;
    }

    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
    std::string m_table, m_entity;
    std::vector<std::string> m_extra;
    Columns m_columns;
};

}  // namespace cnms::storage
