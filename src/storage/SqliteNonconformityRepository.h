// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "ChangeLogWriter.h"
#include "cnms/audit/AuditPorts.h"

namespace cnms::storage {

class SqliteNonconformityRepository : public NonconformityRepository {
public:
    SqliteNonconformityRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<Nonconformity> list() const override;
    std::optional<Nonconformity> find(NonconformityId id) const override;
    std::vector<Nonconformity> findByFinding(ChecklistItemId item) const override;
    std::optional<Nonconformity> findReopening(NonconformityId id) const override;
    NonconformityId insert(const Nonconformity& nc) override;
    void update(const Nonconformity& nc) override;
    std::vector<NcEvent> events(NonconformityId id) const override;
    void appendEvent(const NcEvent& event) override;

private:
    std::vector<Nonconformity> query(std::string_view where, const std::function<void(sqlite::Statement&)>& bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
