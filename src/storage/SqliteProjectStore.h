// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "ChangeLogWriter.h"
#include "ProjectLock.h"
#include "SqliteActivityRepository.h"
#include "SqliteNeutralityRepositories.h"
#include "SqliteActionRepository.h"
#include "SqliteAuditProgrammeRepository.h"
#include "SqliteAuditRepository.h"
#include "SqliteChecklistRepository.h"
#include "SqliteManagementReviewRepository.h"
#include "SqliteNonconformityRepository.h"
#include "SqliteOrganizationRepository.h"
#include "SqliteProductionFigureRepository.h"
#include "SqliteRegisterRepository.h"
#include "SqliteSiteRepository.h"
#include "SqliteUserRepository.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::storage {

/** ProjectStore on one SQLite file: owns the connection and the repositories. */
class SqliteProjectStore : public ProjectStore {
public:
    /**
     * `lock`: the project's write lock, held as long as the store (null when read-only);
     * `readOnlyReason`: why a store is read-only, for the refusal of a write ("opened read-only").
     */
    SqliteProjectStore(const std::string& path, bool readOnly, std::shared_ptr<ProjectLock> lock = {},
                       std::string readOnlyReason = "it was opened read-only");
    ~SqliteProjectStore() override;

    std::unique_ptr<UnitOfWork> begin(std::string_view description) override;
    std::unique_ptr<UnitOfWork> beginBulk(std::string_view description) override;
    OrganizationRepository& organization() override { return m_organization; }
    SiteRepository& sites() override { return m_sites; }
    accounting::ActivityRepository& activities() override { return m_activities; }
    accounting::ReportingYearRepository& reportingYears() override { return m_reportingYears; }
    accounting::FactorSetRepository& factorSets() override { return m_factorSets; }
    accounting::ProductionFigureRepository& productionFigures() override { return m_productionFigures; }
    neutrality::CreditRepository& credits() override { return m_credits; }
    neutrality::MeasureRepository& measures() override { return m_measures; }
    neutrality::TargetRepository& targets() override { return m_targets; }
    RegisterRepository& registers() override { return m_registers; }
    FileReferenceRepository& fileReferences() override { return m_fileReferences; }
    AuditProgrammeRepository& auditProgrammes() override { return m_auditProgrammes; }
    AuditRepository& audits() override { return m_audits; }
    ChecklistRepository& checklists() override { return m_checklists; }
    NonconformityRepository& nonconformities() override { return m_nonconformities; }
    ActionRepository& actions() override { return m_actions; }
    /** The project's users and sign-in mode (reached from the core through storage::usersOf). */
    security::UserRepository& users() { return m_users; }
    review::ManagementReviewRepository& managementReviews() override { return m_reviews; }
    const ChangeLogReader& changeLog() const override { return m_changeLogReader; }
    ProjectInfo info() const override;
    std::string actor() const override;
    void setActor(std::string_view name) override;
    void saveCopyTo(const std::string& path) override;

    sqlite::Database& database() { return m_db; }

private:
    std::unique_ptr<UnitOfWork> beginUnit(std::string_view description, bool bulk);

    std::shared_ptr<ProjectLock> m_lock;  // first: released only after the connection is closed
    sqlite::Database m_db;
    bool m_readOnly;
    std::string m_readOnlyReason;
    int m_savepointDepth = 0;
    ChangeLogWriter m_log;
    SqliteChangeLogReader m_changeLogReader;
    SqliteOrganizationRepository m_organization;
    SqliteSiteRepository m_sites;
    SqliteActivityRepository m_activities;
    SqliteReportingYearRepository m_reportingYears;
    SqliteFactorSetRepository m_factorSets;
    SqliteProductionFigureRepository m_productionFigures;
    SqliteCreditRepository m_credits;
    SqliteMeasureRepository m_measures;
    SqliteTargetRepository m_targets;
    SqliteRegisterRepository m_registers;
    SqliteFileReferenceRepository m_fileReferences;
    SqliteAuditProgrammeRepository m_auditProgrammes;
    SqliteAuditRepository m_audits;
    SqliteChecklistRepository m_checklists;
    SqliteNonconformityRepository m_nonconformities;
    SqliteActionRepository m_actions;
    SqliteUserRepository m_users;
    SqliteManagementReviewRepository m_reviews;
};

}  // namespace cnms::storage
