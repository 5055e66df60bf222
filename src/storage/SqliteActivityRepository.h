// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/accounting/InventoryStore.h"

namespace cnms::storage {

class SqliteActivityRepository : public accounting::ActivityRepository {
public:
    SqliteActivityRepository(sqlite::Database& db, ChangeLogWriter& log, std::function<std::string()> actor)
        : m_db(db), m_log(log), m_actor(std::move(actor)) {}
    std::unique_ptr<accounting::ActivityWriter> beginBatch(const std::string& batch) override;
    void forEachInYear(int year,
                       const std::function<void(accounting::ActivityId, const accounting::ActivityRecord&)>& visit)
        const override;
    std::size_t forEachInYearPage(
        int year, accounting::ActivityId afterId, std::size_t limit,
        const std::function<void(accounting::ActivityId, const accounting::ActivityRecord&)>& visit) const override;
    std::int64_t countInYear(int year) const override;
    std::vector<int> years() const override;
    std::vector<std::string> recordIdsInYear(int year) const override;
    std::optional<accounting::ActivityRecord> find(accounting::ActivityId id) const override;
    void update(accounting::ActivityId id, const accounting::ActivityRecord& record, std::int64_t siteId) override;
    void remove(accounting::ActivityId id) override;
    std::int64_t countForSite(std::int64_t siteId) const override;

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
    std::function<std::string()> m_actor;
};

class SqliteReportingYearRepository : public accounting::ReportingYearRepository {
public:
    SqliteReportingYearRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::optional<accounting::ReportingYearState> find(int year) const override;
    void save(const accounting::ReportingYearState& state) override;

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

class SqliteFactorSetRepository : public accounting::FactorSetRepository {
public:
    SqliteFactorSetRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<accounting::FactorSet> list() const override;
    void insert(const accounting::FactorSet& set) override;

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
