// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

#include <cstddef>

namespace cnms::report {

/** Choices of the GHG inventory report. */
struct InventoryReportOptions {
    /** Appendix A lists the year's activity records (the first `maxRecords`, then how many more exist). */
    bool includeRecords = true;
    std::size_t maxRecords = 1000;
};

/**
 * The GHG inventory report of a reporting year with the contents ISO 14064-1 (clause 9) asks of a GHG report:
 * organization and responsible person, period, organizational and reporting boundaries, emissions by ISO
 * category, scope, gas and site (tables and charts), base year and recalculations, methods and factors with
 * their sources and versions (the year's pinned factor sets and GWP set), low-confidence factors, uncertainty,
 * exclusions and the changes from the previous year. The numbers are InventoryService's (what
 * `cnms inventory` prints). A year without activity data gives a report that says so and prints no figures.
 * Needs a QApplication (the charts are Qt Charts).
 */
ReportDocument buildInventoryReportDocument(ProjectStore& store, int year, ReportLanguage language,
                                            const InventoryReportOptions& options = {});

}  // namespace cnms::report
