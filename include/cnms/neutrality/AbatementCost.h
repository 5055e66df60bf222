// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cnms::neutrality {

/**
 * Capital recovery factor: the share of an investment repaid each year over `lifetimeYears` at
 * `discountRate` (e.g. 0.08): r(1+r)^n / ((1+r)^n − 1); 1/n when r is 0.
 */
double capitalRecoveryFactor(double discountRate, int lifetimeYears);

/**
 * Cost of abating one tonne: (capex × CRF + annual operating cost change) / annual reduction, in
 * the currency of the inputs per tCO2e. Negative when the measure saves money. nullopt when the
 * reduction is not positive or the lifetime is not at least one year.
 */
std::optional<double> abatementCostPerTonne(double capex, double annualOpexChange, int lifetimeYears,
                                            double annualReductionTco2e, double discountRate);

/** One bar of a marginal abatement cost curve. */
struct MaccBar {
    std::string label;
    double widthTco2e = 0;   ///< annual reduction
    double costPerTonne = 0;
    double start = 0;        ///< cumulative reduction before this bar (x position)
};

/** Sorts measures by cost (cheapest first) and lays them out side by side. */
std::vector<MaccBar> layoutMacc(std::vector<MaccBar> bars);

}  // namespace cnms::neutrality
