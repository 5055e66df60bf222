// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::storage {

class SqliteSiteRepository : public SiteRepository {
public:
    SqliteSiteRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<Site> list() const override;
    std::optional<Site> find(SiteId id) const override;
    std::optional<Site> findByCode(std::string_view code) const override;
    SiteId insert(const Site& site) override;
    void update(const Site& site) override;
    void remove(SiteId id) override;

private:
    std::vector<Site> query(std::string_view where, const std::function<void(sqlite::Statement&)>& bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
