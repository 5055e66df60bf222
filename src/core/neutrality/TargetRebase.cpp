// SPDX-License-Identifier: MIT
#include "cnms/neutrality/TargetRebase.h"

#include <cmath>
#include <cstdio>

#include "cnms/accounting/InventoryService.h"

namespace cnms::neutrality {
namespace {

std::string tonnes(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

}  // namespace

std::optional<double> inventoryBaseValue(const Target& target, const accounting::Inventory& inv) {
    if (target.kind != TargetKind::Absolute) return std::nullopt;
    double sum = 0;
    if (!target.categories.empty()) {
        for (int c : target.categories)
            if (c >= 1 && c <= 6) sum += inv.categoryTco2e(c);
        return sum;
    }
    if (target.scopes.empty()) return std::nullopt;
    for (int s : target.scopes)
        if (s >= 1 && s <= 3) sum += inv.scopeTco2e(s);
    return sum;
}

std::vector<TargetRebase> planTargetRebase(const std::vector<Target>& targets, const accounting::Inventory& inv,
                                           const std::string& date, const std::string& reason) {
    std::vector<TargetRebase> out;
    for (const auto& t : targets) {
        if (t.baseYear != inv.year) continue;
        auto value = inventoryBaseValue(t, inv);
        if (!value) continue;
        const double rounded = std::round(*value * 1000.0) / 1000.0;
        if (std::abs(rounded - t.baseValue) < 0.5) continue;
        Target after = t;
        after.baseValue = rounded;
        std::string line = date + ": base value " + tonnes(t.baseValue) + " → " + tonnes(rounded) +
                           " tCO2e after the base year " + std::to_string(inv.year) + " was recalculated";
        if (!reason.empty()) line += " (" + reason + ")";
        after.baseNote = t.baseNote.empty() ? line : t.baseNote + "\n" + line;
        out.push_back({t, std::move(after)});
    }
    return out;
}

std::vector<TargetRebase> rebaseTargets(ProjectStore& store, int baseYear, const std::string& date,
                                        const std::string& reason) {
    auto work = store.begin("recalculate target base values for " + std::to_string(baseYear));
    accounting::InventoryService inventory(store);
    // The year's cache is refreshed from its records first, so the targets follow the recalculated inventory.
    inventory.recalculate(baseYear);
    auto moved = planTargetRebase(store.targets().list(), inventory.inventory(baseYear), date, reason);
    for (const auto& m : moved) {
        if (auto issues = validate(m.after); !issues.empty()) throw ValidationError(std::move(issues));
        store.targets().update(m.after);
    }
    work->commit();
    return moved;
}

}  // namespace cnms::neutrality
