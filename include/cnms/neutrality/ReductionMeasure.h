// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

namespace cnms::neutrality {

using MeasureId = std::int64_t;

enum class MeasureType { EnergyEfficiency, FuelSwitch, RenewableElectricity, ProcessChange, Ccus, Other };
enum class MeasureStatus { Idea, Planned, Implementing, Done, Cancelled };

std::string_view toString(MeasureType t);
std::string_view toString(MeasureStatus s);
std::optional<MeasureType> measureTypeFromString(std::string_view s);
std::optional<MeasureStatus> measureStatusFromString(std::string_view s);

/** A reduction measure of the register (clause 6.3). Money in the organization's currency (CNY). */
struct ReductionMeasure {
    MeasureId id = 0;
    std::string title;
    std::string siteCode;  ///< empty: organization-wide
    std::string affects;   ///< the source type or ISO category affected, e.g. "fuel_combustion"
    MeasureType type = MeasureType::EnergyEfficiency;
    MeasureStatus status = MeasureStatus::Idea;
    std::string owner;
    std::string startDate;  ///< ISO date, may be empty for ideas
    double capex = 0;
    double annualOpexChange = 0;  ///< negative when the measure saves operating cost
    int lifetimeYears = 10;
    double expectedAnnualTco2e = 0;
    std::optional<double> realisedAnnualTco2e;  ///< measured against the inventory once done
    std::string note;

    bool operator==(const ReductionMeasure&) const = default;
};

std::vector<FieldIssue> validate(const ReductionMeasure& m);

/**
 * Whether a measure may move from one status to another: forward one step at a time
 * (idea → planned → implementing → done), or to cancelled from any status but done.
 */
bool canMove(MeasureStatus from, MeasureStatus to);

}  // namespace cnms::neutrality
