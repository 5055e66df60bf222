// SPDX-License-Identifier: MIT
#include "cnms/neutrality/ReductionMeasure.h"

#include <cmath>

#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"

namespace cnms::neutrality {
namespace {
constexpr MeasureType kTypes[] = {MeasureType::EnergyEfficiency, MeasureType::FuelSwitch,
                                  MeasureType::RenewableElectricity, MeasureType::ProcessChange, MeasureType::Ccus,
                                  MeasureType::Other};
constexpr MeasureStatus kStatuses[] = {MeasureStatus::Idea, MeasureStatus::Planned, MeasureStatus::Implementing,
                                       MeasureStatus::Done, MeasureStatus::Cancelled};
}  // namespace

std::string_view toString(MeasureType t) {
    switch (t) {
        case MeasureType::EnergyEfficiency: return "energy_efficiency";
        case MeasureType::FuelSwitch: return "fuel_switch";
        case MeasureType::RenewableElectricity: return "renewable_electricity";
        case MeasureType::ProcessChange: return "process_change";
        case MeasureType::Ccus: return "ccus";
        case MeasureType::Other: return "other";
    }
    return "other";
}

std::string_view toString(MeasureStatus s) {
    switch (s) {
        case MeasureStatus::Idea: return "idea";
        case MeasureStatus::Planned: return "planned";
        case MeasureStatus::Implementing: return "implementing";
        case MeasureStatus::Done: return "done";
        case MeasureStatus::Cancelled: return "cancelled";
    }
    return "idea";
}

std::optional<MeasureType> measureTypeFromString(std::string_view s) {
    for (auto t : kTypes)
        if (toString(t) == s) return t;
    return std::nullopt;
}

std::optional<MeasureStatus> measureStatusFromString(std::string_view s) {
    for (auto st : kStatuses)
        if (toString(st) == s) return st;
    return std::nullopt;
}

std::vector<FieldIssue> validate(const ReductionMeasure& m) {
    std::vector<FieldIssue> issues;
    if (text::trim(m.title).empty()) issues.push_back({"title", "required", "the measure needs a title"});
    if (!m.startDate.empty() && !iso_date::isValid(m.startDate))
        issues.push_back({"start_date", "date_invalid", "'" + m.startDate + "' is not a date YYYY-MM-DD"});
    if (!std::isfinite(m.capex) || m.capex < 0)
        issues.push_back({"capex", "must_not_be_negative", "the capital cost must be 0 or more"});
    if (!std::isfinite(m.annualOpexChange))
        issues.push_back({"annual_opex_change", "not_a_number", "the operating cost change must be a number"});
    if (m.lifetimeYears < 1 || m.lifetimeYears > 100)
        issues.push_back({"lifetime_years", "out_of_range", "the lifetime must be 1 to 100 years"});
    if (!std::isfinite(m.expectedAnnualTco2e) || m.expectedAnnualTco2e < 0)
        issues.push_back({"expected_annual_tco2e", "must_not_be_negative", "the expected reduction must be 0 or more"});
    if (m.realisedAnnualTco2e && m.status != MeasureStatus::Done)
        issues.push_back({"realised_annual_tco2e", "only_when_done", "a realised reduction is recorded once the measure is done"});
    return issues;
}

bool canMove(MeasureStatus from, MeasureStatus to) {
    if (from == to) return true;
    if (to == MeasureStatus::Cancelled) return from != MeasureStatus::Done;
    return static_cast<int>(to) == static_cast<int>(from) + 1 && from != MeasureStatus::Cancelled;
}

}  // namespace cnms::neutrality
