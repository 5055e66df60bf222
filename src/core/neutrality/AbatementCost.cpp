// SPDX-License-Identifier: MIT
#include "cnms/neutrality/AbatementCost.h"

#include <algorithm>
#include <cmath>

namespace cnms::neutrality {

double capitalRecoveryFactor(double discountRate, int lifetimeYears) {
    if (lifetimeYears <= 0) return 0;
    if (std::fabs(discountRate) < 1e-12) return 1.0 / lifetimeYears;
    double g = std::pow(1.0 + discountRate, lifetimeYears);
    return discountRate * g / (g - 1.0);
}

std::optional<double> abatementCostPerTonne(double capex, double annualOpexChange, int lifetimeYears,
                                            double annualReductionTco2e, double discountRate) {
    if (!(annualReductionTco2e > 0) || lifetimeYears < 1) return std::nullopt;
    double annualised = capex * capitalRecoveryFactor(discountRate, lifetimeYears) + annualOpexChange;
    return annualised / annualReductionTco2e;
}

std::vector<MaccBar> layoutMacc(std::vector<MaccBar> bars) {
    std::stable_sort(bars.begin(), bars.end(),
                     [](const MaccBar& a, const MaccBar& b) { return a.costPerTonne < b.costPerTonne; });
    double x = 0;
    for (auto& bar : bars) {
        bar.start = x;
        x += bar.widthTco2e;
    }
    return bars;
}

}  // namespace cnms::neutrality
