// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/Inventory.h"

namespace cnms::accounting {

/** A total of an inventory a user can open: the grand total, or one scope, category, gas or site. */
struct DrillKey {
    enum class Dimension { Total, Scope, IsoCategory, Gas, Site };
    Dimension dimension = Dimension::Total;
    std::string key;  ///< "1".."3", "1".."6", a reporting gas (CO2, CH4 ..., CO2e_other) or a site code

    bool operator==(const DrillKey&) const = default;
};

/** One result row behind a total and what it adds to that total. */
struct DrillRow {
    const InventoryRow* row = nullptr;
    double contributionTco2e = 0.0;  ///< for a gas: that gas's tCO2e only; otherwise the row's tCO2e
};

/**
 * The result rows (site × category × factor) behind a total, largest first, so that a verifier goes
 * from any total to the factors and, with recordBelongsTo, to the records. The contributions sum to
 * the total (up to the inventory's rounding of leaves to 10⁻¹² t).
 */
std::vector<DrillRow> rowsBehind(const Inventory& inventory, const DrillKey& key);

/** Whether a stored record is one of those summed in `row` (same site, source, activity, unit and category). */
bool recordBelongsTo(const ActivityRecord& record, const InventoryRow& row);

}  // namespace cnms::accounting
