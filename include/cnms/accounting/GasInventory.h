// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "cnms/accounting/ActivityBatch.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/FactorResolver.h"

namespace cnms::accounting {

/**
 * The records of one (site, ISO category, effective factor) combination, summed. Gas masses
 * follow as `weighted × term.perUnit` for each gas term of the factor, independent of any GWP.
 * `weighted` is Σ quantity × the record's parameter multiplier (1 unless records bring their own
 * factor values, see record_parameters).
 */
struct InventoryCell {
    std::uint32_t factor = 0;  ///< index into GasInventory::factors
    std::uint32_t site = 0;    ///< index into GasInventory::sites
    std::uint8_t isoCategory = 1;
    std::uint32_t recordCount = 0;
    double quantity = 0.0;                  ///< Σ quantity as entered, in the factor's unit
    double weighted = 0.0;                  ///< Σ quantity × multiplier (= Σ monthWeighted in month order)
    std::array<double, 12> monthWeighted{};  ///< split over calendar months in proportion to the days of each period
    double activityVariance = 0.0;          ///< Σ (U_i/100 × weighted_i)² over the records, for error propagation
    bool activityUncertaintyDefaulted = false;  ///< some record had no uncertainty of its own (data-quality default used)

    bool operator==(const InventoryCell&) const = default;
};

/**
 * Stage one of the calculation: records → gas masses per cell with their trace, before any GWP.
 * Weigh it with a GWP set (Inventory::weigh) to get tCO2e; store it to re-weigh later without
 * the records (see AccountingJson.h).
 */
struct GasInventory {
    int year = 0;
    FactorPin pin;
    std::vector<EffectiveFactor> factors;
    std::vector<std::string> sites;
    std::vector<InventoryCell> cells;
    std::vector<std::uint32_t> recordCells;  ///< cell of each batch row (empty when loaded from storage)
    std::size_t recordCount = 0;

    /** Mass (t) of a gas slot in a cell; 0 when the cell's factor does not emit it. */
    double mass(const InventoryCell& cell, GasIndex gas) const;
    /** Batch rows summed in a cell, in batch order: the records a result row traces to. */
    std::vector<std::uint32_t> recordsOf(std::uint32_t cell) const;

    /**
     * Calculates the batch with the resolver's pinned factors. Throws ValidationError when some
     * activity key cannot be resolved with these factors (field `activity`, the message naming
     * source type, activity, unit and the number of records).
     */
    static GasInventory calculate(const ActivityBatch& batch, FactorResolver& resolver);
};

}  // namespace cnms::accounting
