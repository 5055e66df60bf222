// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "cnms/accounting/ActivityBatch.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/GasInventory.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/InventoryComparison.h"
#include "cnms/core/ProjectStore.h"

namespace cnms::accounting {

/**
 * The inventory of a project's reporting years: the factor library with the project's own sets,
 * each year's pin, and the cached stage-one result that makes an inventory of a million records
 * a matter of milliseconds. Every change to a year's records or pin recalculates the cache in
 * the same unit of work, so the cache never disagrees with the records.
 */
class InventoryService {
public:
    explicit InventoryService(ProjectStore& store);

    const FactorLibrary& library() const { return m_library; }
    /** Adds a user factor set (validated; a new version of an existing id is allowed). */
    void addFactorSet(const FactorSet& set);

    /** The year's pin: the stored one, else the defaults pinned now (not stored). */
    FactorPin pinFor(int year) const;
    /** Stores the default pin for a year that has none; returns the pin in force. */
    FactorPin ensurePinned(int year);

    /** Stage one for a year from its stored records under `pin`. */
    GasInventory calculateFromRecords(int year, const FactorPin& pin) const;
    /** Reads the year's records into a batch (for tracing and comparisons). */
    ActivityBatch loadBatch(int year, FactorResolver& resolver) const;

    /** Recalculates and stores the year's cache; call inside the unit of work that changed records. */
    void recalculate(int year);
    /** Stores a year's cache computed elsewhere (the importer's batch), under the year's pin. */
    void storeCache(int year, const FactorPin& pin, const GasInventory& gases);

    /**
     * The inventory of a year, weighed with the pinned GWP set or with `gwpOverride` for this answer
     * only. Uses the cache when it is there; computes from the records otherwise.
     */
    Inventory inventory(int year, const std::optional<std::string>& gwpOverride = std::nullopt,
                        const InventoryOptions& options = {}) const;

    /** What changes if the year were pinned to `proposed` (shown before a re-pin is applied). */
    InventoryDifference previewRepin(int year, const FactorSelection& proposed) const;
    /** Re-pins the year to `proposed` and recalculates, in one unit of work. */
    void repin(int year, const FactorSelection& proposed);

private:
    ProjectStore& m_store;
    FactorLibrary m_library;
};

}  // namespace cnms::accounting
