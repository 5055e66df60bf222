// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/neutrality/ClaimEvaluation.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

namespace cnms::report {

/**
 * The carbon-neutrality statement for a claim period: the boundary, gross emissions, reductions against the
 * base year, the credits retired for the claim with their serials, the credits refused with the reason, the
 * net emissions, whether the claim is carbon neutral, and the claim checklist. The numbers are
 * neutrality::evaluateClaim's (what `cnms neutrality` prints for the same request). A year without activity
 * data gives a statement that says so and prints no balance.
 */
ReportDocument buildNeutralityReportDocument(ProjectStore& store, const neutrality::ClaimRequest& request,
                                             ReportLanguage language);

}  // namespace cnms::report
