// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/ActivityBatch.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/Inventory.h"

namespace cnms::accounting {

/** One total before and after a change. */
struct TotalDifference {
    std::string key;  ///< "total", a gas, an ISO category "1".."6", a scope "1".."3" or a site code
    double before = 0.0;
    double after = 0.0;
    double delta = 0.0;                 ///< after − before
    std::optional<double> deltaPct;     ///< delta / |before| × 100; empty when before is 0
};

/** Per-total differences between two inventories of the same records. */
struct InventoryDifference {
    TotalDifference total;
    std::vector<TotalDifference> byGas;
    std::vector<TotalDifference> byIsoCategory;
    std::vector<TotalDifference> byScope;
    std::vector<TotalDifference> bySite;
    FactorPin beforePin;
    FactorPin afterPin;

    /** True when any total differs. */
    bool changed() const;
};

/** Differences of every total from `before` to `after` (keys present in either side). */
InventoryDifference compare(const Inventory& before, const Inventory& after);

/**
 * What changing a year's pinned factors would do, before it is applied: calculates the batch
 * with the pinned factors and with `proposed` and compares. When only the GWP set changes, stage
 * one is reused. Throws ValidationError when the proposed selection cannot be pinned or cannot
 * resolve some records.
 */
InventoryDifference compareFactorChoices(const ActivityBatch& batch, const FactorLibrary& library, const FactorPin& pinned,
                                         const FactorSelection& proposed, const UncertaintySettings& settings = {},
                                         const InventoryOptions& options = {});

}  // namespace cnms::accounting
