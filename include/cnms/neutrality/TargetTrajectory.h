// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

namespace cnms::neutrality {

/** An emissions target reduced to its arithmetic: from a base value to a reduction by a year. */
struct TargetLine {
    int baseYear = 0;
    double baseValue = 0;  ///< tCO2e, or an intensity for intensity targets
    int targetYear = 0;
    double reductionPct = 0;  ///< e.g. 30 for −30 % against the base year

    double targetValue() const { return baseValue * (1.0 - reductionPct / 100.0); }
    /** The value on the straight line from base to target in `year` (flat outside the span). */
    double trajectory(int year) const;
};

struct YearProgress {
    int year = 0;
    double actual = 0;
    double trajectory = 0;
    bool onTrack = false;       ///< actual at or below the trajectory
    double achievedPct = 0;     ///< share of the planned reduction achieved so far, in %
};

/** Progress for each year with an actual value, in year order. */
std::vector<YearProgress> progress(const TargetLine& target, const std::vector<std::pair<int, double>>& actuals);

}  // namespace cnms::neutrality
