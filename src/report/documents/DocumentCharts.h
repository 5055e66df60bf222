// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/report/ReportDocument.h"
#include "cnms/report/ReportLanguage.h"

#include <QString>

#include <utility>
#include <vector>

namespace cnms::report::detail {

/** Labelled values of one chart, in the order they are drawn. */
using ChartValues = std::vector<std::pair<QString, double>>;

/**
 * Adds a horizontal bar chart of `values` (one bar each, labelled, in tCO2e) to `doc` with `caption`.
 * Horizontal bars keep long category and site names readable; the chart uses the report's fonts.
 */
void addBarChart(ReportDocument& doc, ReportLanguage language, const QString& caption, const ChartValues& values,
                 const QString& valueAxisTitle);

/** Adds a pie chart of the positive `values` with each slice's share in its legend entry. */
void addPieChart(ReportDocument& doc, ReportLanguage language, const QString& caption, const ChartValues& values);

}  // namespace cnms::report::detail
