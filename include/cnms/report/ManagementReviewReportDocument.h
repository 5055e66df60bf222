// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"
#include "cnms/review/ManagementReview.h"

namespace cnms::report {

/**
 * The management review report (the minutes top management signs): a cover with the chair and the
 * meeting date, the review record (attendees, period), every input as compiled with the manager's
 * comment, a chart of the emission trend, the outputs (conclusions on suitability, adequacy and
 * effectiveness, decisions, resource needs, changes to policy or targets) and the actions with owner
 * and due date from the actions register. A draft review prints with a warning that it is not yet
 * held. Throws NotFoundError for an unknown review. Needs a QApplication (the chart is Qt Charts).
 */
ReportDocument buildManagementReviewReportDocument(ProjectStore& store, review::ReviewId reviewId,
                                                   ReportLanguage language);

}  // namespace cnms::report
