// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"
#include "cnms/neutrality/SerialRange.h"

namespace cnms::neutrality {

using CreditId = std::int64_t;

enum class CreditType { Avoidance, Removal };
enum class CreditStatus { Active, Pending, Retired, Cancelled };

std::string_view toString(CreditType t);
std::string_view toString(CreditStatus s);
std::optional<CreditType> creditTypeFromString(std::string_view s);
std::optional<CreditStatus> creditStatusFromString(std::string_view s);

/**
 * The registry or programme a credit was issued under, recognised by its usual names so that
 * "Verra", "VCS" and "Verified Carbon Standard" are one registry for double-counting checks.
 * Unknown names are kept, upper-cased and trimmed.
 */
struct Registry {
    std::string key;   ///< CCER, VCS, GS, CDM, or the normalised free text
    bool isOffsetProgramme = true;  ///< false for energy attribute certificates (GEC, I-REC)
};
Registry recogniseRegistry(std::string_view name);

/** A carbon offset credit (or a block of them) as recorded in the register (clause 6.4). */
struct OffsetCredit {
    CreditId id = 0;
    std::string registry;  ///< as the user wrote it
    std::string projectId;
    std::string projectName;
    CreditType type = CreditType::Avoidance;
    int vintage = 0;
    std::string serial;  ///< one serial or a block, see SerialRange
    double quantityTco2e = 0;
    CreditStatus status = CreditStatus::Active;
    std::string retirementDate;  ///< ISO date, required when retired
    std::string beneficiary;
    std::string claim;  ///< the claim the credit is retired for

    bool operator==(const OffsetCredit&) const = default;
};

/** Every problem with a credit's own fields (field names as the import columns). */
std::vector<FieldIssue> validate(const OffsetCredit& credit);

/**
 * The earlier credit whose (registry, serial) equals or overlaps `credit`'s, if any: a credit
 * that would be counted twice. Energy attribute certificates are refused outright elsewhere.
 */
std::optional<OffsetCredit> findDoubleCounted(const OffsetCredit& credit, const std::vector<OffsetCredit>& recorded);

}  // namespace cnms::neutrality
