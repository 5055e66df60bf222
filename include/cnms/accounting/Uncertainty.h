// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <initializer_list>
#include <utility>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/Confidence.h"

/**
 * Uncertainty by error propagation (IPCC 2006 Vol.1 Ch.3, Approach 1). Uncertainties are half
 * the 95 % confidence interval, in % of the value.
 */
namespace cnms::accounting {

/**
 * Uncertainties used where a record or factor gives none. The activity defaults sit inside the
 * ranges IPCC 2006 Vol.2 Ch.2 Table 2.15 gives for fuel statistics (2–5 % where metering and
 * statistics are well developed, 10–20 % otherwise); the factor defaults by confidence are this
 * project's choice (the shipped tables carry no uncertainty). All are settings: review them.
 */
struct UncertaintySettings {
    double measuredPct = 2.0;
    double calculatedPct = 5.0;
    double estimatedPct = 20.0;
    double highConfidencePct = 5.0;
    double mediumConfidencePct = 10.0;
    double lowConfidencePct = 20.0;
    double recordParameterPct = 5.0;  ///< parameters given on the record (lab analyses, supplier statements)

    double activityPct(DataQuality q) const {
        return q == DataQuality::Measured ? measuredPct : q == DataQuality::Calculated ? calculatedPct : estimatedPct;
    }
    double factorPct(Confidence c) const {
        return c == Confidence::High ? highConfidencePct : c == Confidence::Medium ? mediumConfidencePct : lowConfidencePct;
    }
    bool operator==(const UncertaintySettings&) const = default;
};

namespace uncertainty {

/** Relative uncertainty of a product of independent terms: √(ΣU²) (IPCC 2006 Vol.1 Eq. 3.2). */
inline double ofProduct(std::initializer_list<double> pcts) {
    double s = 0;
    for (double u : pcts) s += u * u;
    return std::sqrt(s);
}

/**
 * Relative uncertainty of a sum of independent terms given as (value, U%): √Σ(U·x)² / |Σx|
 * (IPCC 2006 Vol.1 Eq. 3.1); NaN when the sum is 0.
 */
inline double ofSum(std::initializer_list<std::pair<double, double>> valuesAndPcts) {
    double var = 0, sum = 0;
    for (auto [x, u] : valuesAndPcts) {
        var += (u * x) * (u * x);
        sum += x;
    }
    return sum == 0 ? std::nan("") : std::sqrt(var) / std::fabs(sum);
}

}  // namespace uncertainty
}  // namespace cnms::accounting
