// SPDX-License-Identifier: MIT
#include "ColumnWidths.h"

#include <numeric>

namespace cnms::report {

std::vector<double> fitColumnWidths(const std::vector<double>& weights, const std::vector<double>& needs,
                                    double available) {
    const std::size_t n = weights.size();
    const double totalWeight = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> widths(n);
    for (std::size_t i = 0; i < n; ++i)
        widths[i] = available * weights[i] / totalWeight;

    // Fixing one column at its need shrinks the others' shares, which may push another below its need:
    // repeat until no free column is short.
    std::vector<bool> fixed(n, false);
    for (std::size_t round = 0; round < n; ++round) {
        double fixedWidth = 0;
        double freeWeight = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i])
                fixedWidth += needs[i];
            else
                freeWeight += weights[i];
        }
        if (fixedWidth > available)
            break;
        bool changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            const double share = freeWeight > 0 ? (available - fixedWidth) * weights[i] / freeWeight : 0;
            if (i < needs.size() && needs[i] > share) {
                fixed[i] = true;
                changed = true;
            }
        }
        if (!changed) {
            // Every column fixed would mean the needs exceed the width, which the check above refuses, so
            // at least one column is free here.
            for (std::size_t i = 0; i < n; ++i)
                widths[i] = fixed[i] ? needs[i] : (available - fixedWidth) * weights[i] / freeWeight;
            return widths;
        }
    }
    // The figures alone are wider than the table: keep the proportions.
    for (std::size_t i = 0; i < n; ++i)
        widths[i] = available * weights[i] / totalWeight;
    return widths;
}

}  // namespace cnms::report
