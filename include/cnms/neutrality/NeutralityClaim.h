// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::neutrality {

/** What a carbon-neutrality claim is evaluated for; zero/empty members take the defaults noted. */
struct ClaimRequest {
    int year = 0;                     ///< the claim year: its inventory is balanced
    std::optional<std::string> gwp;   ///< AR4/AR5/AR6 for this answer; the year's pinned set when empty
    std::string boundary = "total";   ///< "total" or "scope1+2"
    std::vector<int> categories;      ///< ISO 14064-1 categories instead of `boundary`, e.g. {1, 2}
    std::string site;                 ///< one site's total as the claim's subject instead
    int vintageFrom = 0;              ///< default: year − 5
    int vintageTo = 0;                ///< default: the claim year
    std::string retireBy;             ///< default: June 30 of the next year
    int baseYear = 0;                 ///< default: the first target's base year
};

/** A claim evaluated on the project: the balance, its checklist, and the choices it was made with. */
struct ClaimEvaluation {
    ClaimPeriod claim;                 ///< with the defaults filled in
    std::string boundaryDescription;   ///< "total", "scope1+2", "ISO categories 1,2" or "site CX-CLK"
    std::string gwpSet;
    int baseYear = 0;                  ///< 0 when none
    bool baseYearHasData = false;      ///< reductions were measured against the base year
    double baseYearEmissionsTco2e = 0;
    NeutralityBalance balance;
    InventoryFacts facts;
    std::vector<ChecklistItem> checklist;
};

/**
 * Evaluates a claim from the project's inventory, credits and targets: the numbers `cnms neutrality` prints
 * and the neutrality statement reports. Throws NotFoundError when the year has no activity data, or a
 * requested site has no emissions in it.
 */
ClaimEvaluation evaluateClaim(ProjectStore& store, const ClaimRequest& request);

}  // namespace cnms::neutrality
