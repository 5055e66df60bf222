// SPDX-License-Identifier: MIT
#include "cnms/neutrality/TargetActual.h"

#include <algorithm>

#include "cnms/core/TextUtil.h"
#include "cnms/neutrality/TargetRebase.h"

namespace cnms::neutrality {
namespace {

bool covers(const Target& t, const accounting::InventoryRow& row) {
    if (!t.categories.empty()) return std::find(t.categories.begin(), t.categories.end(), row.isoCategory) != t.categories.end();
    return std::find(t.scopes.begin(), t.scopes.end(), row.scope) != t.scopes.end();
}

}  // namespace

std::optional<double> targetActual(const Target& target, const accounting::Inventory& inv,
                                   const accounting::IntensityDenominators& denominators) {
    Target absolute = target;
    absolute.kind = TargetKind::Absolute;
    const auto covered = inventoryBaseValue(absolute, inv);
    if (!covered || target.kind == TargetKind::Absolute) return covered;

    const std::string unit(text::trim(target.intensityUnit));
    for (const auto* i : {&inv.intensityPerOutput, &inv.intensityPerRevenue})
        if (*i && (*i)->base.unit == unit && (*i)->base.value > 0) return *covered / (*i)->base.value;

    double emissions = 0.0, quantity = 0.0;
    for (const auto& f : denominators.siteFigures) {
        if (f.unit != unit) continue;
        quantity += f.quantity;
        for (const auto& row : inv.rows)
            if (row.site == f.site && covers(target, row)) emissions += row.tco2e;
    }
    if (quantity <= 0) return std::nullopt;
    return emissions / quantity;
}

}  // namespace cnms::neutrality
