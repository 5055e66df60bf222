// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "ChangeLogWriter.h"
#include "cnms/audit/AuditPorts.h"

namespace cnms::storage {

class SqliteChecklistRepository : public ChecklistRepository {
public:
    SqliteChecklistRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<ChecklistItem> items(AuditId audit) const override;
    std::optional<ChecklistItem> findItem(AuditId audit, std::string_view ref) const override;
    std::optional<ChecklistItem> findItemById(ChecklistItemId id) const override;
    ChecklistItemId insertItem(const ChecklistItem& item) override;
    void updateItem(const ChecklistItem& item) override;
    void removeItems(AuditId audit) override;

    std::vector<ClauseScore> scores(AuditId audit) const override;
    void saveScore(const ClauseScore& score) override;

    std::vector<FindingCorrection> corrections(AuditId audit) const override;
    FindingCorrectionId insertCorrection(const FindingCorrection& correction) override;

private:
    std::vector<ChecklistItem> query(std::string_view where, const std::function<void(sqlite::Statement&)>& bind) const;
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
