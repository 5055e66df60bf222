// SPDX-License-Identifier: MIT
#include "cnms/neutrality/NeutralityClaim.h"

#include "cnms/accounting/InventoryService.h"

namespace cnms::neutrality {
namespace {

/** Emissions inside the claim's boundary: total, scopes 1+2, chosen categories, or one site. */
double boundaryEmissions(const accounting::Inventory& inv, const ClaimRequest& r) {
    if (!r.site.empty()) {
        // A site's share by scope is not kept per site; a site boundary covers its whole total.
        return inv.siteTco2e(r.site);
    }
    if (!r.categories.empty()) {
        double sum = 0;
        for (int c : r.categories) sum += inv.categoryTco2e(c);
        return sum;
    }
    if (r.boundary == "scope1+2") return inv.scopeTco2e(1) + inv.scopeTco2e(2);
    return inv.totalTco2e;
}

std::string describeBoundary(const ClaimRequest& r) {
    if (!r.site.empty()) return "site " + r.site;
    if (!r.categories.empty()) {
        std::string text = "ISO categories ";
        for (std::size_t i = 0; i < r.categories.size(); ++i) text += (i ? "," : "") + std::to_string(r.categories[i]);
        return text;
    }
    return r.boundary;
}

}  // namespace

ClaimEvaluation evaluateClaim(ProjectStore& store, const ClaimRequest& r) {
    if (store.activities().countInYear(r.year) == 0)
        throw NotFoundError("the project has no activity data for " + std::to_string(r.year) +
                            ": a balance needs the year's inventory");
    for (int c : r.categories)
        if (c < 1 || c > 6) throw NotFoundError("ISO 14064-1 category " + std::to_string(c) + " does not exist (1 to 6)");
    accounting::InventoryService inventory(store);
    auto inv = inventory.inventory(r.year, r.gwp);
    if (!r.site.empty() && !inv.bySiteTco2e.count(r.site))
        throw NotFoundError("site '" + r.site + "' has no emissions in " + std::to_string(r.year));

    ClaimEvaluation e;
    e.gwpSet = inv.gwpSet;
    e.boundaryDescription = describeBoundary(r);
    auto targets = store.targets().list();
    e.baseYear = r.baseYear ? r.baseYear : (targets.empty() ? 0 : targets.front().baseYear);
    bool firstPeriod = true;
    if (e.baseYear && e.baseYear < r.year && store.activities().countInYear(e.baseYear) > 0) {
        e.baseYearEmissionsTco2e = boundaryEmissions(inventory.inventory(e.baseYear, r.gwp), r);
        e.baseYearHasData = true;
        firstPeriod = false;
    }
    e.claim = ClaimPeriod{r.year, r.vintageFrom ? r.vintageFrom : r.year - 5, r.vintageTo ? r.vintageTo : r.year,
                          r.retireBy.empty() ? std::to_string(r.year + 1) + "-06-30" : r.retireBy};
    e.balance = NeutralityService(store).evaluate(boundaryEmissions(inv, r), e.baseYearEmissionsTco2e, e.claim);

    const std::size_t sites = store.sites().list().size();
    const std::size_t withData = inv.bySiteTco2e.size();
    e.facts = InventoryFacts{withData >= sites,
                             std::to_string(withData) + " of " + std::to_string(sites) + " sites have activity data for " +
                                 std::to_string(r.year),
                             firstPeriod};
    if (!r.site.empty())
        e.facts = {true, "site " + r.site + " has activity data for " + std::to_string(r.year), firstPeriod};
    e.checklist = claimChecklist(e.balance, targets, e.facts);
    return e;
}

}  // namespace cnms::neutrality
