// SPDX-License-Identifier: MIT
#include "cnms/neutrality/ClaimEvaluation.h"

#include "cnms/accounting/InventoryService.h"

namespace cnms::neutrality {
namespace {

/** Emissions inside the claim's boundary: total, scopes 1+2, chosen categories, optionally one site. */
double boundaryEmissions(const accounting::Inventory& inv, const ClaimRequest& r) {
    // A site's share by scope is not kept per site; a site boundary covers its whole total.
    if (!r.site.empty()) return inv.siteTco2e(r.site);
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
        std::string list;
        for (int c : r.categories) list += (list.empty() ? "" : ",") + std::to_string(c);
        return "ISO categories " + list;
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

    ClaimEvaluation out;
    out.gwpSet = inv.gwpSet;
    out.boundaryDescription = describeBoundary(r);
    auto targets = store.targets().list();
    out.baseYear = r.baseYear ? r.baseYear : (targets.empty() ? 0 : targets.front().baseYear);
    bool firstPeriod = true;
    if (out.baseYear && out.baseYear < r.year && store.activities().countInYear(out.baseYear) > 0) {
        out.baseYearEmissionsTco2e = boundaryEmissions(inventory.inventory(out.baseYear, r.gwp), r);
        out.baseYearHasData = true;
        firstPeriod = false;
    }
    out.claim = {r.year, r.vintageFrom ? r.vintageFrom : r.year - 5, r.vintageTo ? r.vintageTo : r.year,
                 r.retireBy.empty() ? std::to_string(r.year + 1) + "-06-30" : r.retireBy};
    NeutralityService service(store);
    out.balance = service.evaluate(boundaryEmissions(inv, r), out.baseYearEmissionsTco2e, out.claim);

    const std::size_t sites = store.sites().list().size();
    const std::size_t withData = inv.bySiteTco2e.size();
    out.sitesWithData = withData;
    out.sitesTotal = sites;
    out.firstPeriod = firstPeriod;
    InventoryFacts facts{withData >= sites,
                         std::to_string(withData) + " of " + std::to_string(sites) + " sites have activity data for " +
                             std::to_string(r.year),
                         firstPeriod};
    if (!r.site.empty())
        facts = {true, "site " + r.site + " has activity data for " + std::to_string(r.year), firstPeriod};
    out.facts = facts;
    out.checklist = claimChecklist(out.balance, targets, facts);
    return out;
}

}  // namespace cnms::neutrality
