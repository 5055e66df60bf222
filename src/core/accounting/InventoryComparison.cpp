// SPDX-License-Identifier: MIT
#include "cnms/accounting/InventoryComparison.h"

#include <cmath>
#include <set>

namespace cnms::accounting {

namespace {

TotalDifference diff(std::string key, double before, double after) {
    TotalDifference d{std::move(key), before, after, after - before, std::nullopt};
    if (before != 0) d.deltaPct = 100.0 * d.delta / std::fabs(before);
    return d;
}

std::vector<TotalDifference> diffMaps(const std::map<std::string, double>& a, const std::map<std::string, double>& b) {
    std::set<std::string> keys;
    for (const auto& [k, v] : a) keys.insert(k);
    for (const auto& [k, v] : b) keys.insert(k);
    std::vector<TotalDifference> out;
    for (const auto& k : keys) {
        auto ia = a.find(k), ib = b.find(k);
        out.push_back(diff(k, ia == a.end() ? 0.0 : ia->second, ib == b.end() ? 0.0 : ib->second));
    }
    return out;
}

}  // namespace

bool InventoryDifference::changed() const {
    auto any = [](const std::vector<TotalDifference>& v) {
        for (const auto& d : v)
            if (d.delta != 0) return true;
        return false;
    };
    return total.delta != 0 || any(byGas) || any(byIsoCategory) || any(byScope) || any(bySite);
}

InventoryDifference compare(const Inventory& before, const Inventory& after) {
    InventoryDifference d;
    d.total = diff("total", before.totalTco2e, after.totalTco2e);
    d.byGas = diffMaps(before.byGasTco2e, after.byGasTco2e);
    for (int c = 1; c <= 6; ++c) d.byIsoCategory.push_back(diff(std::to_string(c), before.categoryTco2e(c), after.categoryTco2e(c)));
    for (int s = 1; s <= 3; ++s) d.byScope.push_back(diff(std::to_string(s), before.scopeTco2e(s), after.scopeTco2e(s)));
    d.bySite = diffMaps(before.bySiteTco2e, after.bySiteTco2e);
    d.beforePin = before.pin;
    d.afterPin = after.pin;
    return d;
}

InventoryDifference compareFactorChoices(const ActivityBatch& batch, const FactorLibrary& library, const FactorPin& pinned,
                                         const FactorSelection& proposed, const UncertaintySettings& settings,
                                         const InventoryOptions& options) {
    const FactorPin next = library.pin(proposed, pinned.year);
    FactorResolver before(library, pinned, settings);
    GasInventory gasesBefore = GasInventory::calculate(batch, before);
    Inventory inventoryBefore = Inventory::weigh(gasesBefore, GwpSet::get(pinned.gwpSet), options);
    if (next.factorSets == pinned.factorSets) {
        gasesBefore.pin = next;
        return compare(inventoryBefore, Inventory::weigh(gasesBefore, GwpSet::get(next.gwpSet), options));
    }
    FactorResolver after(library, next, settings);
    return compare(inventoryBefore, Inventory::weigh(GasInventory::calculate(batch, after), GwpSet::get(next.gwpSet), options));
}

}  // namespace cnms::accounting
