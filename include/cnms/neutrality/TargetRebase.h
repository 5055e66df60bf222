// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/Inventory.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/neutrality/Target.h"

namespace cnms::neutrality {

/**
 * The base value an absolute target takes from an inventory of its base year: the sum of the
 * scopes it covers, or of its ISO categories. nullopt for intensity targets (their denominator,
 * e.g. tonnes of clinker, is not part of the inventory) and targets that cover nothing.
 */
std::optional<double> inventoryBaseValue(const Target& target, const accounting::Inventory& baseYearInventory);

/** A target before and after its base value followed a base-year recalculation. */
struct TargetRebase {
    Target before;
    Target after;
};

/**
 * Moves the base value of every absolute target whose base year is the inventory's year to the
 * recalculated value (rounded to the kilogram), appending a dated line to its base note:
 * "DATE: base value OLD → NEW tCO2e after the base year YEAR was recalculated (REASON)".
 * Targets whose value moves by less than 0.5 tCO2e (the demo records whole tonnes) are left alone.
 */
std::vector<TargetRebase> planTargetRebase(const std::vector<Target>& targets,
                                           const accounting::Inventory& baseYearInventory, const std::string& date,
                                           const std::string& reason);

/**
 * Recalculates the base year's inventory from its records and applies planTargetRebase to the
 * stored targets, all in one unit of work with one change-log entry per target moved.
 * Returns what moved (empty when nothing did). `date` is ISO YYYY-MM-DD; `reason` may be empty.
 */
std::vector<TargetRebase> rebaseTargets(ProjectStore& store, int baseYear, const std::string& date,
                                        const std::string& reason);

}  // namespace cnms::neutrality
