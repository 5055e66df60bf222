// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

#include <string>
#include <vector>

namespace cnms::report {

/** The registers a register report prints when none are chosen: NCs, actions, risks, compliance evaluation. */
const std::vector<std::string>& defaultReportRegisters();

/**
 * The registers as tables, one chapter each, in the order given: "nonconformity" (the NCs with their
 * state and actions), "action" (the actions register) or any register type of the schemas
 * (records::RegisterSchemas, e.g. "risk_opportunity", "compliance_evaluation"). Columns are the register's
 * fields except attached files, labelled in the report's language. An empty register says so and how to
 * fill it. Throws NotFoundError naming the known types for an unknown one.
 */
ReportDocument buildRegisterReportDocument(ProjectStore& store, const std::vector<std::string>& types,
                                           ReportLanguage language);

}  // namespace cnms::report
