// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

#include <vector>

/**
 * A sample GHG inventory report for the demo organization that uses every feature of the engine: a cover
 * with a standard line, a long Chinese paragraph, key-values, a summary table with totals, a pie chart and
 * a stacked bar chart, a 200-row register that spans pages, a missing-data warning, a note, and an
 * appendix. Test code only: the product's reports are written by their own builders.
 */
namespace cnms::report::sample {

/** One row of the emission source register. The figures are made up but deterministic. */
struct SourceRow {
    int number = 0;
    QString site;
    QString source;
    QString scope;
    double activity = 0;
    QString unit;
    double factor = 0;     ///< tCO2e per unit
    double emissions = 0;  ///< activity × factor, tCO2e
};

/** The register of `count` sources; row 1 is always 86,420.5 t of coal × 1.9 tCO2e/t = 164,198.95 tCO2e. */
std::vector<SourceRow> sourceRegister(ReportLanguage language, int count = 200);

/** Sum of the emissions of the register, the figure its totals row prints. */
double registerTotal(const std::vector<SourceRow>& rows);

/** The whole sample report in `language`. */
ReportDocument build(ReportLanguage language, int registerRows = 200);

}  // namespace cnms::report::sample
