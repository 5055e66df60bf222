// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/audit/Audit.h"
#include "cnms/core/ProjectStore.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

namespace cnms::report {

/**
 * The internal audit report (ISO 19011 6.5) of one audit as a ReportDocument: summary with the
 * finding counts, scope (clauses, sites, processes), team and auditees with independence
 * declarations, findings by clause (effective results, corrections noted), the nonconformities
 * raised from the audit and the conclusion. Built from the core's buildAuditReport(); the text is
 * in `language` whatever the user interface's language is. Throws NotFoundError for an unknown audit.
 */
ReportDocument buildAuditReportDocument(ProjectStore& store, AuditId audit, ReportLanguage language);

}  // namespace cnms::report
