// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "JsonDocumentRepository.h"
#include "cnms/neutrality/NeutralityJson.h"
#include "cnms/neutrality/NeutralityStore.h"

namespace cnms::storage {

class SqliteCreditRepository : public neutrality::CreditRepository {
public:
    SqliteCreditRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<neutrality::OffsetCredit> list() const override;
    std::optional<neutrality::OffsetCredit> find(neutrality::CreditId id) const override;
    std::vector<neutrality::OffsetCredit> overlapping(std::string_view registryKey,
                                                      const neutrality::SerialRange& range) const override;
    neutrality::CreditId insert(const neutrality::OffsetCredit& credit) override;
    void insertBatch(const std::vector<neutrality::OffsetCredit>& credits, std::string_view batch) override;
    void update(const neutrality::OffsetCredit& credit) override;
    void remove(neutrality::CreditId id) override;

private:
    neutrality::CreditId write(const neutrality::OffsetCredit& credit, bool replace);
    std::vector<neutrality::OffsetCredit> query(const std::string& where,
                                                const std::function<void(sqlite::Statement&)>& bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

class SqliteMeasureRepository : public neutrality::MeasureRepository {
public:
    SqliteMeasureRepository(sqlite::Database& db, ChangeLogWriter& log);
    std::vector<neutrality::ReductionMeasure> list() const override { return m_docs.list(); }
    std::optional<neutrality::ReductionMeasure> find(neutrality::MeasureId id) const override { return m_docs.find(id); }
    neutrality::MeasureId insert(const neutrality::ReductionMeasure& m) override { return m_docs.insert(m); }
    void update(const neutrality::ReductionMeasure& m) override { m_docs.update(m); }
    void remove(neutrality::MeasureId id) override { m_docs.remove(id); }

private:
    JsonDocumentRepository<neutrality::ReductionMeasure, neutrality::MeasureId> m_docs;
};

class SqliteTargetRepository : public neutrality::TargetRepository {
public:
    SqliteTargetRepository(sqlite::Database& db, ChangeLogWriter& log);
    std::vector<neutrality::Target> list() const override { return m_docs.list(); }
    std::optional<neutrality::Target> find(neutrality::TargetId id) const override { return m_docs.find(id); }
    neutrality::TargetId insert(const neutrality::Target& t) override { return m_docs.insert(t); }
    void update(const neutrality::Target& t) override { m_docs.update(t); }
    void remove(neutrality::TargetId id) override { m_docs.remove(id); }

private:
    JsonDocumentRepository<neutrality::Target, neutrality::TargetId> m_docs;
};

}  // namespace cnms::storage
