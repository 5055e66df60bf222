// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/review/ManagementReview.h"

namespace cnms::review {

/**
 * Compiles a review's inputs from the project, one per InputKind in discussion order, for the
 * review's period (periodFrom..periodTo, both inclusive) as of its meeting date:
 * - previous actions: the actions register's entries of other reviews met on or before this one;
 *   open ones due before the meeting date are overdue;
 * - changes: current records of the issues, interested parties, compliance obligations and risks
 *   registers created (added) or updated or re-versioned (changed) within the period;
 * - carbon performance: the inventory total of every year with activity data up to the period's
 *   last year, the change of the last year against the one before, target progress, the
 *   neutrality balance of the last year (claim window as `cnms neutrality` defaults) and credits;
 * - audit results: audits completed in the period with their nonconformities, observations and
 *   opportunities for improvement; audits still to be completed;
 * - nonconformities: raised and closed in the period, open now, corrective actions open/overdue;
 * - compliance evaluation, monitoring results, resources, communications (incoming, in the period)
 *   and improvement (audit opportunities, open opportunities, reduction measures not yet done).
 * Numbers are written with a dot and no grouping: tonnes with 2 decimals, percentages with 1.
 */
std::vector<ReviewInput> compileInputs(ProjectStore& store, const ManagementReview& review);

/** `compiled` with the comments of `previous` carried over, input by input. */
std::vector<ReviewInput> keepComments(std::vector<ReviewInput> compiled, const std::vector<ReviewInput>& previous);

}  // namespace cnms::review
