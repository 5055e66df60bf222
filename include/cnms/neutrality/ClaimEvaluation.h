// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::neutrality {

/** What a neutrality evaluation is asked for: the year, boundary, GWP set and the claim's rules. */
struct ClaimRequest {
    int year = 0;
    std::optional<std::string> gwp;  ///< AR4, AR5 or AR6 for this answer; the year's pin when empty
    std::string boundary = "total";  ///< "total" or "scope1+2" (ignored when categories or a site are given)
    std::vector<int> categories;     ///< chosen ISO 14064-1 categories (1-6) instead of the boundary
    std::string site;                ///< one site's emissions as the claim's subject
    int vintageFrom = 0;             ///< 0: year − 5
    int vintageTo = 0;               ///< 0: the claim year
    std::string retireBy;            ///< empty: June 30 of the next year
    int baseYear = 0;                ///< 0: the first target's base year
};

/** A complete evaluation: the resolved claim, the balance and the checklist with its evidence. */
struct ClaimEvaluation {
    ClaimPeriod claim;               ///< with the defaults filled in
    int baseYear = 0;                ///< 0 when there is none
    double baseYearEmissionsTco2e = 0;  ///< inside the same boundary; 0 without base-year data
    bool baseYearHasData = false;       ///< reductions were measured against the base year
    std::string gwpSet;
    std::string boundaryDescription;  ///< e.g. "total", "scope1+2", "ISO categories 1,2", "site CX-CLK"
    std::size_t sitesWithData = 0;  ///< sites with emissions in the claim year
    std::size_t sitesTotal = 0;     ///< sites of the organization
    bool firstPeriod = true;        ///< no base-year inventory before the claim year: reductions not yet expected
    NeutralityBalance balance;
    InventoryFacts facts;            ///< what the checklist was told about the inventory's completeness
    std::vector<ChecklistItem> checklist;
};

/**
 * Evaluates a claim against the project's inventory, targets and credits (what `cnms neutrality`
 * prints and the workbench's evaluation page shows). Throws NotFoundError when the year has no
 * activity data or the site has no emissions in it.
 */
ClaimEvaluation evaluateClaim(ProjectStore& store, const ClaimRequest& request);

}  // namespace cnms::neutrality
