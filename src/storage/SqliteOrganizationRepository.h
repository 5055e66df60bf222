// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::storage {

class SqliteOrganizationRepository : public OrganizationRepository {
public:
    SqliteOrganizationRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    Organization get() const override;
    void save(const Organization& org) override;

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
