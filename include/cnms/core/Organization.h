// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

namespace cnms {

/** How sites' emissions are consolidated into the organization's inventory (ISO 14064-1 5.1). */
enum class Consolidation { OperationalControl, FinancialControl, EquityShare };

std::string_view toString(Consolidation c);
std::optional<Consolidation> consolidationFromString(std::string_view s);

/** The organization a project file holds: exactly one per file. */
struct Organization {
    std::string name;
    std::string creditCode;    ///< 统一社会信用代码, may be empty until known
    std::string industryCode;  ///< GB/T 4754, may be empty until known
    std::string address;
    Consolidation consolidation = Consolidation::OperationalControl;
    /// The standard's own number as the user knows it; blank by default because it is not confirmed.
    std::string standardNumber;

    bool operator==(const Organization&) const = default;
};

/** Every problem with the organization's fields (name required, codes checked). */
std::vector<FieldIssue> validate(const Organization& org);

}  // namespace cnms
