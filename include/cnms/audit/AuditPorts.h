// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"
#include "cnms/audit/Nonconformity.h"

/**
 * Storage ports of internal audit and nonconformity records, implemented by cnms_storage and
 * reached through ProjectStore. As with every repository, writes need an open UnitOfWork and are
 * change-logged. Completed audits and closed nonconformities are refused by the services and, as
 * a second line, by the storage itself (an attempt to change them throws).
 */
namespace cnms {

class AuditProgrammeRepository {
public:
    virtual ~AuditProgrammeRepository() = default;
    /** Ordered by year. */
    virtual std::vector<AuditProgramme> list() const = 0;
    virtual std::optional<AuditProgramme> find(AuditProgrammeId id) const = 0;
    virtual std::optional<AuditProgramme> findByYear(int year) const = 0;
    virtual AuditProgrammeId insert(const AuditProgramme& programme) = 0;
    virtual void update(const AuditProgramme& programme) = 0;
};

class AuditRepository {
public:
    virtual ~AuditRepository() = default;
    /** Ordered by start date, then code. */
    virtual std::vector<Audit> list() const = 0;
    virtual std::vector<Audit> listByProgramme(AuditProgrammeId programme) const = 0;
    virtual std::optional<Audit> find(AuditId id) const = 0;
    virtual std::optional<Audit> findByCode(std::string_view code) const = 0;
    virtual AuditId insert(const Audit& audit) = 0;
    virtual void update(const Audit& audit) = 0;
    /** Removes the audit and its checklist (only possible before completion). */
    virtual void remove(AuditId id) = 0;
};

class ChecklistRepository {
public:
    virtual ~ChecklistRepository() = default;
    /** An audit's items in display order. */
    virtual std::vector<ChecklistItem> items(AuditId audit) const = 0;
    virtual std::optional<ChecklistItem> findItem(AuditId audit, std::string_view ref) const = 0;
    virtual std::optional<ChecklistItem> findItemById(ChecklistItemId id) const = 0;
    virtual ChecklistItemId insertItem(const ChecklistItem& item) = 0;
    virtual void updateItem(const ChecklistItem& item) = 0;
    virtual void removeItems(AuditId audit) = 0;

    /** Ordered by clause in catalogue order is the caller's business; here by insertion. */
    virtual std::vector<ClauseScore> scores(AuditId audit) const = 0;
    /** Inserts or replaces the score of (audit, clause). */
    virtual void saveScore(const ClauseScore& score) = 0;

    /** Corrections of an audit's findings, oldest first. */
    virtual std::vector<FindingCorrection> corrections(AuditId audit) const = 0;
    virtual FindingCorrectionId insertCorrection(const FindingCorrection& correction) = 0;
};

class NonconformityRepository {
public:
    virtual ~NonconformityRepository() = default;
    /** Ordered by id. */
    virtual std::vector<Nonconformity> list() const = 0;
    virtual std::optional<Nonconformity> find(NonconformityId id) const = 0;
    /** NCs raised from one checklist item (directly or through a correction). */
    virtual std::vector<Nonconformity> findByFinding(ChecklistItemId item) const = 0;
    /** The NC that reopened `id`, if any. */
    virtual std::optional<Nonconformity> findReopening(NonconformityId id) const = 0;
    virtual NonconformityId insert(const Nonconformity& nc) = 0;
    virtual void update(const Nonconformity& nc) = 0;

    /** The NC's history, oldest first. */
    virtual std::vector<NcEvent> events(NonconformityId id) const = 0;
    virtual void appendEvent(const NcEvent& event) = 0;
};

}  // namespace cnms
