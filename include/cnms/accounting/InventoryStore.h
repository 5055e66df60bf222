// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/FactorSet.h"

/** Ports for activity data, reporting years and user factor sets (clause 6.2); cnms_storage implements them. */
namespace cnms::accounting {

using ActivityId = std::int64_t;

/**
 * Streams many records into storage inside the caller's unit of work (an import). Each record
 * passes two stages, in the same order for all: prepare(), which needs no connection, then
 * write(). An importer with two cores calls them on two threads (include/cnms/import/WriterThread.h):
 * the two stages of one writer may run at the same time for different records.
 */
class ActivityWriter {
public:
    virtual ~ActivityWriter() = default;
    /** Stage one of storing a record: work that needs no connection (none by default). */
    virtual void prepare(const ActivityRecord& record, std::int64_t siteId) {
        (void)record;
        (void)siteId;
    }
    /** Stores one record of the site with id `siteId`, after its prepare(). */
    virtual void write(const ActivityRecord& record, std::int64_t siteId) = 0;
    /** Both stages of one record, for a caller on one thread. */
    void store(const ActivityRecord& record, std::int64_t siteId) {
        prepare(record, siteId);
        write(record, siteId);
    }
    /** Ends the batch: writes its one change-log entry naming the file and the row count. */
    virtual void finish() = 0;
};

class ActivityRepository {
public:
    virtual ~ActivityRepository() = default;
    /** Starts a bulk insert named `batch` (e.g. the file name); requires an open unit of work. */
    virtual std::unique_ptr<ActivityWriter> beginBatch(const std::string& batch) = 0;
    /** Calls `visit` for every record whose period starts in `year`, in id order. */
    virtual void forEachInYear(int year, const std::function<void(ActivityId, const ActivityRecord&)>& visit) const = 0;
    /**
     * Calls `visit` for at most `limit` records of `year` whose id is greater than `afterId`, in id
     * order, and returns how many it visited: one page of a table that must not read a million
     * records at once (pass the last id seen to get the next page; 0 for the first).
     */
    virtual std::size_t forEachInYearPage(int year, ActivityId afterId, std::size_t limit,
                                          const std::function<void(ActivityId, const ActivityRecord&)>& visit) const = 0;
    virtual std::int64_t countInYear(int year) const = 0;
    /** Years that have records, ascending. */
    virtual std::vector<int> years() const = 0;
    /** The user record ids already used in `year` (for duplicate checks on import). */
    virtual std::vector<std::string> recordIdsInYear(int year) const = 0;
    virtual std::optional<ActivityRecord> find(ActivityId id) const = 0;
    virtual void update(ActivityId id, const ActivityRecord& record, std::int64_t siteId) = 0;
    virtual void remove(ActivityId id) = 0;
    /** Number of records of a site in any year (a site with records cannot be removed). */
    virtual std::int64_t countForSite(std::int64_t siteId) const = 0;
};

/** What a reporting year pins and the cached stage-one result (gas masses) of its records. */
struct ReportingYearState {
    int year = 0;
    std::string pinJson;          ///< FactorPin (factor sets + versions + GWP set) as JSON
    std::string gasInventoryJson; ///< GasInventory of the year's records under the pin; empty until computed
    std::string computedAt;
};

class ReportingYearRepository {
public:
    virtual ~ReportingYearRepository() = default;
    virtual std::optional<ReportingYearState> find(int year) const = 0;
    virtual void save(const ReportingYearState& state) = 0;
};

/** User factor sets (every version kept); shipped sets are compiled in and never stored. */
class FactorSetRepository {
public:
    virtual ~FactorSetRepository() = default;
    virtual std::vector<FactorSet> list() const = 0;
    virtual void insert(const FactorSet& set) = 0;
};

}  // namespace cnms::accounting
