// SPDX-License-Identifier: MIT
#include "cnms/accounting/BaseYear.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "cnms/core/Errors.h"

namespace cnms::accounting {

namespace {
constexpr std::array<std::string_view, 8> kKindNames = {"acquisition", "divestment", "merger", "insourcing",
                                                        "outsourcing", "boundary_change", "methodology_change",
                                                        "error_correction"};

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}
}  // namespace

std::string_view toString(StructuralChangeKind k) { return kKindNames[static_cast<std::size_t>(k)]; }

std::optional<StructuralChangeKind> structuralChangeKindFromString(std::string_view s) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kKindNames[i] == s) return static_cast<StructuralChangeKind>(i);
    return std::nullopt;
}

StructuralChange methodologyChange(const InventoryDifference& recalculated, std::string description) {
    return {StructuralChangeKind::MethodologyChange, std::move(description), recalculated.total.delta};
}

BaseYearAssessment assessBaseYear(const Inventory& base, const Inventory& current, const std::vector<StructuralChange>& changes,
                                  double thresholdPct) {
    if (!(std::isfinite(thresholdPct) && thresholdPct >= 0))
        throw ValidationError({{"threshold_pct", "value_negative", "the significance threshold must be 0 % or more"}});
    BaseYearAssessment a;
    a.baseYear = base.year;
    a.currentYear = current.year;
    a.thresholdPct = thresholdPct;
    a.difference = compare(base, current);
    for (const auto& c : changes) {
        if (!std::isfinite(c.baseYearEffectTco2e))
            throw ValidationError({{"base_year_effect", "number_invalid", "the effect of '" + c.description + "' is not a number"}});
        a.structuralEffectTco2e += std::fabs(c.baseYearEffectTco2e);
        a.reasons.push_back(std::string(toString(c.kind)) + ": " + c.description + " (" + fmt(c.baseYearEffectTco2e) +
                            " tCO2e on the base year)");
    }
    if (base.totalTco2e != 0) {
        a.structuralEffectPct = 100.0 * a.structuralEffectTco2e / std::fabs(base.totalTco2e);
        a.recalculationRequired = *a.structuralEffectPct > thresholdPct;
    } else {
        a.recalculationRequired = a.structuralEffectTco2e > 0;
    }
    a.methodologyDiffers = base.gwpSet != current.gwpSet || base.pin.factorSets != current.pin.factorSets;
    if (a.methodologyDiffers)
        a.reasons.push_back("the years were calculated with different factors (" + base.gwpSet + " vs " + current.gwpSet +
                            "); quantify the effect with compareFactorChoices on the base year");
    if (a.recalculationRequired)
        a.reasons.push_back("cumulative structural effect " + fmt(a.structuralEffectPct.value_or(100.0)) +
                            " % exceeds the significance threshold of " + fmt(thresholdPct) + " %: recalculate the base year");
    return a;
}

}  // namespace cnms::accounting
