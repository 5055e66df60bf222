// SPDX-License-Identifier: MIT
#include "cnms/neutrality/TargetTrajectory.h"

#include <algorithm>

namespace cnms::neutrality {

double TargetLine::trajectory(int year) const {
    if (targetYear <= baseYear || year <= baseYear) return baseValue;
    if (year >= targetYear) return targetValue();
    double t = static_cast<double>(year - baseYear) / (targetYear - baseYear);
    return baseValue + (targetValue() - baseValue) * t;
}

std::vector<YearProgress> progress(const TargetLine& target, const std::vector<std::pair<int, double>>& actuals) {
    std::vector<YearProgress> out;
    double planned = target.baseValue - target.targetValue();
    for (const auto& [year, actual] : actuals) {
        YearProgress p;
        p.year = year;
        p.actual = actual;
        p.trajectory = target.trajectory(year);
        // A small relative tolerance so a value exactly on the line counts as on track.
        p.onTrack = actual <= p.trajectory + 1e-9 * std::max(1.0, std::abs(p.trajectory));
        p.achievedPct = planned > 0 ? (target.baseValue - actual) / planned * 100.0 : 0.0;
        out.push_back(p);
    }
    std::sort(out.begin(), out.end(), [](const YearProgress& a, const YearProgress& b) { return a.year < b.year; });
    return out;
}

}  // namespace cnms::neutrality
