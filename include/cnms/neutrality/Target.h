// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"
#include "cnms/neutrality/TargetTrajectory.h"

namespace cnms::neutrality {

using TargetId = std::int64_t;

enum class TargetKind { Absolute, Intensity };
std::string_view toString(TargetKind k);
std::optional<TargetKind> targetKindFromString(std::string_view s);

struct Milestone {
    int year = 0;
    double reductionPct = 0;
    bool operator==(const Milestone&) const = default;
};

/** A carbon target (clause 6.5): what it covers, from which base to which reduction by when. */
struct Target {
    TargetId id = 0;
    std::string name;
    TargetKind kind = TargetKind::Absolute;
    std::vector<int> scopes;      ///< GHG Protocol scopes covered (1-3); empty when categories are used
    std::vector<int> categories;  ///< ISO 14064-1 categories covered (1-6)
    int baseYear = 0;
    double baseValue = 0;  ///< tCO2e, or tCO2e per unit of the denominator
    std::string intensityUnit;  ///< e.g. "t clinker" for intensity targets
    int targetYear = 0;
    double reductionPct = 0;
    std::vector<Milestone> milestones;
    std::optional<int> neutralityYear;  ///< the carbon-neutrality target year, e.g. 2060
    std::string baseNote;  ///< why the base value changed (base-year recalculation)

    bool operator==(const Target&) const = default;
    TargetLine line() const { return {baseYear, baseValue, targetYear, reductionPct}; }
};

std::vector<FieldIssue> validate(const Target& t);

}  // namespace cnms::neutrality
