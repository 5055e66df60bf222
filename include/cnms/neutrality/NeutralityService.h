// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/neutrality/NeutralityEvaluation.h"

namespace cnms::neutrality {

/** One item of the claim checklist (ISO 14068-1 / PAS 2060 manner): met or not, and why. */
struct ChecklistItem {
    std::string id;  ///< stable: inventory_complete, management_plan, reductions_shown, credits_retired_traceable, removals_share_stated
    bool met = false;
    std::string evidence;  ///< what was found, in English (front ends translate by id)
};

/** What the checklist needs to know about the inventory behind a claim. */
struct InventoryFacts {
    bool complete = false;       ///< every site of the boundary has data for the year
    std::string completeness;    ///< e.g. "3 of 3 sites have activity data for 2024"
    bool firstPeriod = true;     ///< the first claim period: reductions are not yet expected
};

std::vector<ChecklistItem> claimChecklist(const NeutralityBalance& balance, const std::vector<Target>& targets,
                                          const InventoryFacts& inventory);

/** Offsets, measures and targets with the rules that span records. */
class NeutralityService {
public:
    explicit NeutralityService(ProjectStore& store) : m_store(store) {}

    /** Validates and records a credit; refuses double counting naming the earlier record. */
    OffsetCredit addCredit(const OffsetCredit& credit);
    void updateCredit(const OffsetCredit& credit);
    void removeCredit(CreditId id);

    ReductionMeasure addMeasure(const ReductionMeasure& m);
    /** Saves changes; a status change must be allowed by canMove(). */
    void updateMeasure(const ReductionMeasure& m);
    void removeMeasure(MeasureId id);

    Target addTarget(const Target& t);
    void updateTarget(const Target& t);
    void removeTarget(TargetId id);

    /** The balance for a claim with the project's recorded credits. */
    NeutralityBalance evaluate(double boundaryEmissionsTco2e, double baseYearEmissionsTco2e,
                               const ClaimPeriod& claim) const;

    /** The earlier credit that `credit` would count twice, if any (stored credits only). */
    std::optional<OffsetCredit> doubleCounted(const OffsetCredit& credit) const;

private:
    ProjectStore& m_store;
};

}  // namespace cnms::neutrality
