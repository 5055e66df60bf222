// SPDX-License-Identifier: MIT
#include "cnms/accounting/IntensityDenominators.h"

#include <algorithm>
#include <set>

#include "cnms/core/ProjectStore.h"

namespace cnms::accounting {
namespace {

struct Resolved {
    std::optional<IntensityBase> base;
    DenominatorSource source = DenominatorSource::Missing;
};

Resolved resolveKind(const std::vector<ProductionFigure>& figures, int year, FigureKind kind) {
    const ProductionFigure* organization = nullptr;
    std::vector<const ProductionFigure*> sites;
    for (const auto& f : figures) {
        if (f.year != year || f.kind != kind) continue;
        if (!f.organizationWide()) sites.push_back(&f);
        else if (!organization || f.id < organization->id) organization = &f;
    }
    if (organization) return {IntensityBase{organization->quantity, organization->unit}, DenominatorSource::Organization};
    if (sites.empty()) return {};
    std::set<std::string> units;
    double sum = 0.0;
    for (const auto* f : sites) {
        units.insert(f->unit);
        sum += f->quantity;
    }
    // Tonnes of clinker and tonnes of cement do not add up to anything meaningful.
    if (units.size() != 1) return {std::nullopt, DenominatorSource::UnitsDiffer};
    return {IntensityBase{sum, *units.begin()}, DenominatorSource::SumOfSites};
}

}  // namespace

std::string_view toString(DenominatorSource source) {
    switch (source) {
    case DenominatorSource::Organization: return "organization";
    case DenominatorSource::SumOfSites: return "sum_of_sites";
    case DenominatorSource::UnitsDiffer: return "units_differ";
    case DenominatorSource::Missing: break;
    }
    return "missing";
}

IntensityDenominators resolveDenominators(const std::vector<ProductionFigure>& figures, int year) {
    IntensityDenominators out;
    out.year = year;
    const auto output = resolveKind(figures, year, FigureKind::Output);
    const auto revenue = resolveKind(figures, year, FigureKind::Revenue);
    out.organization.output = output.base;
    out.organization.revenue = revenue.base;
    out.outputSource = output.source;
    out.revenueSource = revenue.source;
    for (const auto& f : figures)
        if (f.year == year && !f.organizationWide()) out.siteFigures.push_back(f);
    std::stable_sort(out.siteFigures.begin(), out.siteFigures.end(), [](const auto& a, const auto& b) {
        if (a.site != b.site) return a.site < b.site;
        if (a.kind != b.kind) return a.kind < b.kind;
        return a.unit < b.unit;
    });
    return out;
}

IntensityDenominators resolveDenominators(ProjectStore& store, int year) {
    return resolveDenominators(store.productionFigures().list(year), year);
}

std::vector<SiteIntensity> IntensityDenominators::siteIntensities(const Inventory& inventory) const {
    std::vector<SiteIntensity> out;
    for (const auto& f : siteFigures) {
        double scope12 = 0.0;
        for (const auto& row : inventory.rows)
            if (row.site == f.site && row.scope <= 2) scope12 += row.tco2e;
        const double total = inventory.siteTco2e(f.site);
        out.push_back({f.site, f.kind, Intensity{IntensityBase{f.quantity, f.unit}, total / f.quantity, scope12 / f.quantity}});
    }
    return out;
}

}  // namespace cnms::accounting
