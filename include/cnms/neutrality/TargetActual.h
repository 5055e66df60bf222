// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/neutrality/Target.h"

namespace cnms::neutrality {

/**
 * What a target measures in one year's inventory. Absolute: the tCO2e of the scopes (or ISO
 * categories) it covers. Intensity: those emissions per unit of the figure in the target's unit,
 * looked for in this order: the organization's output or revenue denominator (as
 * accounting::resolveDenominators chose it); else the sites with a figure in that unit (their
 * covered emissions over the sum of their figures, e.g. the clinker plant for "t clinker").
 * nullopt when the target covers nothing or no figure of the year is in its unit.
 */
std::optional<double> targetActual(const Target& target, const accounting::Inventory& inventory,
                                   const accounting::IntensityDenominators& denominators);

}  // namespace cnms::neutrality
