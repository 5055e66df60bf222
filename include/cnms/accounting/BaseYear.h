// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/InventoryComparison.h"

namespace cnms::accounting {

/** Changes that can make a base-year recalculation necessary (ISO 14064-1 6.4.1, GHG Protocol ch. 5). */
enum class StructuralChangeKind : unsigned char {
    Acquisition,
    Divestment,
    Merger,
    Insourcing,
    Outsourcing,
    BoundaryChange,
    MethodologyChange,  ///< factors, GWP set or calculation approach
    ErrorCorrection,
};

std::string_view toString(StructuralChangeKind k);
std::optional<StructuralChangeKind> structuralChangeKindFromString(std::string_view s);

/**
 * One change with its effect on the base-year total: the base-year emissions of an acquired or
 * divested operation, or (recalculated − reported) base-year total for a methodology change or
 * error. Organic growth, production changes and opening or closing facilities are not structural
 * changes and do not belong here.
 */
struct StructuralChange {
    StructuralChangeKind kind = StructuralChangeKind::Acquisition;
    std::string description;
    double baseYearEffectTco2e = 0.0;  ///< signed
};

/** A methodology change measured on the base year: the difference of recalculating it with new factors. */
StructuralChange methodologyChange(const InventoryDifference& baseYearRecalculated, std::string description);

/** The current year against the base year, and whether the base year must be recalculated. */
struct BaseYearAssessment {
    int baseYear = 0;
    int currentYear = 0;
    InventoryDifference difference;  ///< base → current, per total
    double structuralEffectTco2e = 0.0;  ///< Σ |effect| of the changes (cumulative, so opposite changes do not cancel)
    std::optional<double> structuralEffectPct;  ///< of the base-year total
    double thresholdPct = 5.0;
    bool recalculationRequired = false;  ///< the cumulative effect exceeds the threshold
    bool methodologyDiffers = false;     ///< the two years were calculated with different factor sets or GWP sets
    std::vector<std::string> reasons;    ///< human-readable, for the recalculation log
};

/**
 * Compares a year with the base year and applies the significance threshold (default 5 % of the
 * base-year total) to the cumulative absolute effect of the structural changes: the flag is set
 * when the effect is strictly above the threshold. A base year of 0 tCO2e with any change flags.
 */
BaseYearAssessment assessBaseYear(const Inventory& base, const Inventory& current, const std::vector<StructuralChange>& changes,
                                  double thresholdPct = 5.0);

}  // namespace cnms::accounting
