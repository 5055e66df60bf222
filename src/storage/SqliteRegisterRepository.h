// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "ChangeLogWriter.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::storage {

/**
 * Register records in one table; change-log entries name the record type as the entity, so a
 * register's history is `changeLog().recent(n, type, id)`.
 */
class SqliteRegisterRepository : public RegisterRepository {
public:
    SqliteRegisterRepository(sqlite::Database& db, ChangeLogWriter& log, std::function<std::string()> actor)
        : m_db(db), m_log(log), m_actor(std::move(actor)) {}
    std::vector<records::RegisterRecord> list(std::string_view type, bool includeSuperseded) const override;
    std::vector<records::RegisterRecord> series(records::RecordId seriesId) const override;
    std::optional<records::RegisterRecord> find(records::RecordId id) const override;
    records::RecordId insert(const records::RegisterRecord& record) override;
    void update(const records::RegisterRecord& record) override;
    void remove(records::RecordId id) override;
    std::vector<records::RecordId> importBatch(std::string_view type, const std::vector<records::RegisterRecord>& batch,
                                               std::string_view source) override;

private:
    std::vector<records::RegisterRecord> query(std::string_view where,
                                               const std::function<void(sqlite::Statement&)>& bind) const;
    records::RecordId write(const records::RegisterRecord& record);
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
    std::function<std::string()> m_actor;
};

/** The file_ref table. */
class SqliteFileReferenceRepository : public FileReferenceRepository {
public:
    SqliteFileReferenceRepository(sqlite::Database& db, ChangeLogWriter& log, std::function<std::string()> actor)
        : m_db(db), m_log(log), m_actor(std::move(actor)) {}
    FileReference record(std::string_view path, std::string_view sha256, std::int64_t size) override;
    std::vector<FileReference> list() const override;

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
    std::function<std::string()> m_actor;
};

}  // namespace cnms::storage
