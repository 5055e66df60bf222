// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/ProductionFigure.h"

namespace cnms {
class ProjectStore;
}

namespace cnms::accounting {

/** Where the organization's denominator of one kind came from. */
enum class DenominatorSource {
    Missing,       ///< no figure of this kind for the year
    Organization,  ///< the organization's own figure (the first entered when there are several units)
    SumOfSites,    ///< no organization figure: the sites' figures, all in one unit, summed
    UnitsDiffer,   ///< no organization figure and the sites' figures are in different units: not summed
};

/** "missing", "organization", "sum_of_sites" or "units_differ". */
std::string_view toString(DenominatorSource source);

/** Emission intensity of one site for one of its own figures. */
struct SiteIntensity {
    std::string site;  ///< site code
    FigureKind kind = FigureKind::Output;
    Intensity intensity;  ///< the site's total and scope 1+2 tCO2e per unit of its figure
};

/**
 * The denominators of a reporting year's intensities, resolved from its stored figures by one
 * rule used by every front end (CLI, inventory page, dashboard, report, management review):
 *
 * - organization: its own figure of the kind when there is one (of several units, the first
 *   entered); else the sum of the sites' figures when they all share one unit; else none;
 * - each site with figures of its own: one intensity per figure (its emissions / its figure).
 */
struct IntensityDenominators {
    int year = 0;
    InventoryOptions organization;  ///< pass to InventoryService::inventory / Inventory::weigh
    DenominatorSource outputSource = DenominatorSource::Missing;
    DenominatorSource revenueSource = DenominatorSource::Missing;
    std::vector<ProductionFigure> siteFigures;  ///< the year's figures that belong to a site

    /** Site intensities of an inventory of the same year (a site without emissions has 0). */
    std::vector<SiteIntensity> siteIntensities(const Inventory& inventory) const;
};

/** Resolves the denominators of `year` from figures (those of other years are ignored). */
IntensityDenominators resolveDenominators(const std::vector<ProductionFigure>& figures, int year);
/** Resolves the denominators of `year` from the project's stored figures. */
IntensityDenominators resolveDenominators(ProjectStore& store, int year);

}  // namespace cnms::accounting
