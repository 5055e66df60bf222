// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/ProjectStore.h"

namespace cnms {

/**
 * Everything known about one audit, gathered for display and reports (ISO 19011 6.5.1): the plan,
 * the checklist with effective results, clause scores, corrections, the nonconformities raised
 * from it and counts of findings by result.
 */
struct AuditReport {
    Audit audit;
    std::vector<ChecklistItem> items;
    std::vector<FindingResult> effectiveResults;  ///< parallel to items
    std::vector<ClauseScore> scores;
    std::vector<FindingCorrection> corrections;
    std::vector<Nonconformity> nonconformities;
    std::map<FindingResult, int> counts;  ///< by effective result

    int answered() const;
};

/** Builds the report of one audit; throws NotFoundError. */
AuditReport buildAuditReport(ProjectStore& store, AuditId audit);

}  // namespace cnms
