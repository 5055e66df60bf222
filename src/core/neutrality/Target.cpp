// SPDX-License-Identifier: MIT
#include "cnms/neutrality/Target.h"

#include <cmath>

#include "cnms/core/TextUtil.h"

namespace cnms::neutrality {

std::string_view toString(TargetKind k) { return k == TargetKind::Intensity ? "intensity" : "absolute"; }

std::optional<TargetKind> targetKindFromString(std::string_view s) {
    if (s == "absolute") return TargetKind::Absolute;
    if (s == "intensity") return TargetKind::Intensity;
    return std::nullopt;
}

std::vector<FieldIssue> validate(const Target& t) {
    std::vector<FieldIssue> issues;
    if (text::trim(t.name).empty()) issues.push_back({"name", "required", "the target needs a name"});
    if (t.scopes.empty() && t.categories.empty())
        issues.push_back({"scopes", "required", "say which scopes or categories the target covers"});
    for (int s : t.scopes)
        if (s < 1 || s > 3) issues.push_back({"scopes", "out_of_range", "scopes are 1, 2 or 3"});
    for (int c : t.categories)
        if (c < 1 || c > 6) issues.push_back({"categories", "out_of_range", "ISO 14064-1 categories are 1 to 6"});
    if (t.baseYear < 1990 || t.baseYear > 2100)
        issues.push_back({"base_year", "out_of_range", "the base year must be between 1990 and 2100"});
    if (!std::isfinite(t.baseValue) || t.baseValue <= 0)
        issues.push_back({"base_value", "must_be_positive", "the base-year value must be above 0"});
    if (t.targetYear <= t.baseYear)
        issues.push_back({"target_year", "before_base", "the target year must come after the base year"});
    if (!std::isfinite(t.reductionPct) || t.reductionPct <= 0 || t.reductionPct > 100)
        issues.push_back({"reduction_pct", "out_of_range", "the reduction must be above 0 and at most 100 %"});
    if (t.kind == TargetKind::Intensity && text::trim(t.intensityUnit).empty())
        issues.push_back({"intensity_unit", "required", "an intensity target needs its unit of output"});
    for (const auto& m : t.milestones)
        if (m.year <= t.baseYear || m.year >= t.targetYear || m.reductionPct <= 0 || m.reductionPct >= t.reductionPct + 1e-9)
            issues.push_back({"milestones", "out_of_range",
                              "milestone " + std::to_string(m.year) + " must lie between the base and target years "
                              "with a reduction below the target's"});
    if (t.neutralityYear && (*t.neutralityYear < t.baseYear || *t.neutralityYear > 2100))
        issues.push_back({"neutrality_year", "out_of_range", "the neutrality year must be after the base year"});
    return issues;
}

}  // namespace cnms::neutrality
