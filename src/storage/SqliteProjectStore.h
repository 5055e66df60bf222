// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "ChangeLogWriter.h"
#include "SqliteActionRepository.h"
#include "SqliteAuditProgrammeRepository.h"
#include "SqliteAuditRepository.h"
#include "SqliteChecklistRepository.h"
#include "SqliteNonconformityRepository.h"
#include "SqliteOrganizationRepository.h"
#include "SqliteSiteRepository.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::storage {

/** ProjectStore on one SQLite file: owns the connection and the repositories. */
class SqliteProjectStore : public ProjectStore {
public:
    SqliteProjectStore(const std::string& path, bool readOnly);

    std::unique_ptr<UnitOfWork> begin(std::string_view description) override;
    OrganizationRepository& organization() override { return m_organization; }
    SiteRepository& sites() override { return m_sites; }
    AuditProgrammeRepository& auditProgrammes() override { return m_auditProgrammes; }
    AuditRepository& audits() override { return m_audits; }
    ChecklistRepository& checklists() override { return m_checklists; }
    NonconformityRepository& nonconformities() override { return m_nonconformities; }
    ActionRepository& actions() override { return m_actions; }
    const ChangeLogReader& changeLog() const override { return m_changeLogReader; }
    ProjectInfo info() const override;
    std::string actor() const override;
    void setActor(std::string_view name) override;

    sqlite::Database& database() { return m_db; }

private:
    sqlite::Database m_db;
    bool m_readOnly;
    int m_savepointDepth = 0;
    ChangeLogWriter m_log;
    SqliteChangeLogReader m_changeLogReader;
    SqliteOrganizationRepository m_organization;
    SqliteSiteRepository m_sites;
    SqliteAuditProgrammeRepository m_auditProgrammes;
    SqliteAuditRepository m_audits;
    SqliteChecklistRepository m_checklists;
    SqliteNonconformityRepository m_nonconformities;
    SqliteActionRepository m_actions;
};

}  // namespace cnms::storage
