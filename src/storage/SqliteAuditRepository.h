// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "ChangeLogWriter.h"
#include "cnms/audit/AuditPorts.h"

namespace cnms::storage {

class SqliteAuditRepository : public AuditRepository {
public:
    SqliteAuditRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<Audit> list() const override;
    std::vector<Audit> listByProgramme(AuditProgrammeId programme) const override;
    std::optional<Audit> find(AuditId id) const override;
    std::optional<Audit> findByCode(std::string_view code) const override;
    AuditId insert(const Audit& audit) override;
    void update(const Audit& audit) override;
    void remove(AuditId id) override;

private:
    std::vector<Audit> query(std::string_view where, const std::function<void(sqlite::Statement&)>& bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
