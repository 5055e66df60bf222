// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "cnms/neutrality/AbatementCost.h"
#include "cnms/neutrality/ClaimEvaluation.h"
#include "cnms/neutrality/Target.h"

class QAreaSeries;
class QChart;

namespace cnms::gui {

/**
 * The charts of the neutrality pages, built from plain numbers so the tests can read back their
 * points. Qt Charts has no variable-width or floating bars, so MACC and waterfall bars are drawn
 * as rectangles (a QAreaSeries each, its upper line two points at the top, its lower line at the
 * bottom), named after what they show.
 */
namespace neutrality_charts {

/** One rectangle from (x0, y0) to (x1, y1) as an area series named `name`. */
QAreaSeries* rectangle(const QString& name, double x0, double x1, double y0, double y1);

/** MACC: bars laid out by layoutMacc (sorted by cost, width = annual reduction, height = cost per tonne). */
QChart* macc(const std::vector<neutrality::MaccBar>& laidOut, const QString& currency);

/** What the trajectory chart shows for one target. */
struct TrajectoryData {
    neutrality::TargetLine line;
    std::vector<std::pair<int, double>> actuals;  ///< years with inventory data, in the target's boundary
    /** Σ expected annual reduction of not-yet-done measures in effect by each year (from their start dates). */
    std::vector<std::pair<int, double>> plannedEffect;
    QString unit;
};

/**
 * Actual emissions against the linear trajectory from base to target, with the planned measures'
 * effect stacked below the latest actual value as a band (what is left once they work).
 * Series names: "trajectory", "actual", "with planned measures" (translated); objectName is stable.
 */
QChart* trajectory(const TrajectoryData& data);

/** One bar of the waterfall: its label and span. */
struct WaterfallBar {
    QString label;
    double from = 0;
    double to = 0;
    bool total = false;  ///< a level (gross, net) rather than a step (reductions, credits)
};

/**
 * The waterfall of a balance: base year → reductions → gross → credits → net, or, without a
 * base-year inventory, gross → credits → net.
 */
std::vector<WaterfallBar> waterfallBars(const neutrality::ClaimEvaluation& evaluation);
QChart* waterfall(const std::vector<WaterfallBar>& bars);

}  // namespace neutrality_charts

}  // namespace cnms::gui
