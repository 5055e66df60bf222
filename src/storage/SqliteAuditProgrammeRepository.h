// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/audit/AuditPorts.h"

namespace cnms::storage {

class SqliteAuditProgrammeRepository : public AuditProgrammeRepository {
public:
    SqliteAuditProgrammeRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<AuditProgramme> list() const override;
    std::optional<AuditProgramme> find(AuditProgrammeId id) const override;
    std::optional<AuditProgramme> findByYear(int year) const override;
    AuditProgrammeId insert(const AuditProgramme& programme) override;
    void update(const AuditProgramme& programme) override;

private:
    std::vector<AuditProgramme> query(std::string_view where, std::int64_t value, bool bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
