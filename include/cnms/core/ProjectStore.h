// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/accounting/InventoryStore.h"
#include "cnms/accounting/ProductionFigure.h"
#include "cnms/audit/AuditPorts.h"
#include "cnms/core/Action.h"
#include "cnms/core/Organization.h"
#include "cnms/core/Site.h"
#include "cnms/neutrality/NeutralityStore.h"
#include "cnms/records/RegisterRecord.h"
#include "cnms/review/ManagementReview.h"

/**
 * The ports through which the domain reaches storage. The core owns these interfaces;
 * `cnms_storage` implements them on SQLite, and a server database can implement them later
 * without touching the domain. Every write must happen inside a UnitOfWork and is recorded
 * in the change log by the implementation.
 */
namespace cnms {

/** One user action: everything written through the store between begin and commit, or nothing. */
class UnitOfWork {
public:
    virtual ~UnitOfWork() = default;  ///< rolls back unless commit() was called
    virtual void commit() = 0;
};

/** One entry of the change log: who changed what, when, old and new values as JSON. */
struct ChangeLogEntry {
    std::int64_t id = 0;
    std::string at;      ///< ISO 8601 UTC
    std::string actor;
    std::string action;  ///< insert, update, delete or import
    std::string entity;  ///< e.g. "site"
    std::string entityId;
    std::string oldValue;  ///< JSON, empty for inserts
    std::string newValue;  ///< JSON, empty for deletes
};

class OrganizationRepository {
public:
    virtual ~OrganizationRepository() = default;
    virtual Organization get() const = 0;
    virtual void save(const Organization& org) = 0;
};

class SiteRepository {
public:
    virtual ~SiteRepository() = default;
    virtual std::vector<Site> list() const = 0;  ///< ordered by code
    virtual std::optional<Site> find(SiteId id) const = 0;
    virtual std::optional<Site> findByCode(std::string_view code) const = 0;
    /** Stores a new site; keeps `site.id` when it is not 0 (undo of a delete), returns the id. */
    virtual SiteId insert(const Site& site) = 0;
    virtual void update(const Site& site) = 0;
    virtual void remove(SiteId id) = 0;
};

/** The records of every schema-driven register (see cnms/records), one table for all types. */
class RegisterRepository {
public:
    virtual ~RegisterRepository() = default;
    /** Records of one type ordered by id; superseded versions only when asked for. */
    virtual std::vector<records::RegisterRecord> list(std::string_view type, bool includeSuperseded = false) const = 0;
    /** Every version of one series, oldest first. */
    virtual std::vector<records::RegisterRecord> series(records::RecordId seriesId) const = 0;
    virtual std::optional<records::RegisterRecord> find(records::RecordId id) const = 0;
    /**
     * Stores a new record (a new series when `seriesId` is 0, else a further version of it) and
     * sets created/updated by/at; keeps `id` when it is not 0 (undo of a delete). Returns the id.
     */
    virtual records::RecordId insert(const records::RegisterRecord& record) = 0;
    /** Rewrites fields and the superseded flag; sets updated by/at. */
    virtual void update(const records::RegisterRecord& record) = 0;
    virtual void remove(records::RecordId id) = 0;
    /** Stores new records of one type with a single "import" change-log entry naming `source`. */
    virtual std::vector<records::RecordId> importBatch(std::string_view type,
                                                       const std::vector<records::RegisterRecord>& batch,
                                                       std::string_view source) = 0;
};

/** A file a record referred to: path and content digest as they were when referenced. */
struct FileReference {
    std::int64_t id = 0;
    std::string path;
    std::string sha256;
    std::int64_t size = 0;
    std::string recordedAt;
    std::string recordedBy;
};

/** The project's list of referenced files, so an auditor can check that evidence is unchanged. */
class FileReferenceRepository {
public:
    virtual ~FileReferenceRepository() = default;
    /** Records that `path` had digest `sha256`; the same pair is stored once. */
    virtual FileReference record(std::string_view path, std::string_view sha256, std::int64_t size) = 0;
    /** Ordered by path, then time. */
    virtual std::vector<FileReference> list() const = 0;
};

class ChangeLogReader {
public:
    virtual ~ChangeLogReader() = default;
    virtual std::int64_t count() const = 0;
    /** Newest first; `entity`/`entityId` filter when not empty. */
    virtual std::vector<ChangeLogEntry> recent(std::size_t limit, std::string_view entity = {},
                                               std::string_view entityId = {}) const = 0;
};

/** Facts about the open project that front ends show (status bar, `cnms info`). */
struct ProjectInfo {
    std::string path;
    int schemaVersion = 0;
    bool readOnly = false;
};

/** The whole project as the domain sees it. */
class ProjectStore {
public:
    virtual ~ProjectStore() = default;
    /** Starts one user action, described for the log (e.g. "add site"). */
    virtual std::unique_ptr<UnitOfWork> begin(std::string_view description) = 0;
    /**
     * As begin(), for one action that writes very many rows (an import): the store may give up
     * what it does for readers of other connections while the unit runs, for speed. It still
     * commits or rolls back as one.
     */
    virtual std::unique_ptr<UnitOfWork> beginBulk(std::string_view description) { return begin(description); }
    virtual OrganizationRepository& organization() = 0;
    virtual SiteRepository& sites() = 0;
    virtual accounting::ActivityRepository& activities() = 0;
    virtual accounting::ReportingYearRepository& reportingYears() = 0;
    virtual accounting::FactorSetRepository& factorSets() = 0;
    /** Output and revenue figures of the reporting years: the denominators of intensity. */
    virtual accounting::ProductionFigureRepository& productionFigures() = 0;
    virtual neutrality::CreditRepository& credits() = 0;
    virtual neutrality::MeasureRepository& measures() = 0;
    virtual neutrality::TargetRepository& targets() = 0;
    virtual RegisterRepository& registers() = 0;
    virtual FileReferenceRepository& fileReferences() = 0;
    // Internal audit and nonconformity (see cnms/audit/AuditPorts.h)
    virtual AuditProgrammeRepository& auditProgrammes() = 0;
    virtual AuditRepository& audits() = 0;
    virtual ChecklistRepository& checklists() = 0;
    virtual NonconformityRepository& nonconformities() = 0;
    /** The actions register shared by nonconformities, risks and management reviews. */
    virtual ActionRepository& actions() = 0;
    /** Management reviews (see cnms/review); their actions are in actions(). */
    virtual review::ManagementReviewRepository& managementReviews() = 0;
    virtual const ChangeLogReader& changeLog() const = 0;
    virtual ProjectInfo info() const = 0;
    /** The name written into the change log: the project's user setting, else the OS user. */
    virtual std::string actor() const = 0;
    virtual void setActor(std::string_view name) = 0;
    /**
     * Writes a consistent copy of the whole project to `path` (File > Save a copy) while it stays
     * open here. An existing file at `path` is replaced only once the copy is complete; `path`
     * must not be the project's own file. Throws std::runtime_error naming the path on failure.
     */
    virtual void saveCopyTo(const std::string& path) = 0;
};

}  // namespace cnms
