// SPDX-License-Identifier: MIT
#include "cnms/accounting/InventoryDrillDown.h"

#include <algorithm>
#include <cmath>

#include "cnms/accounting/Units.h"

namespace cnms::accounting {
namespace {

double contribution(const InventoryRow& row, const DrillKey& key) {
    switch (key.dimension) {
    case DrillKey::Dimension::Total: return row.tco2e;
    case DrillKey::Dimension::Scope: return std::to_string(row.scope) == key.key ? row.tco2e : 0.0;
    case DrillKey::Dimension::IsoCategory: return std::to_string(row.isoCategory) == key.key ? row.tco2e : 0.0;
    case DrillKey::Dimension::Site: return row.site == key.key ? row.tco2e : 0.0;
    case DrillKey::Dimension::Gas: {
        auto it = row.tco2eByGas.find(key.key);
        return it == row.tco2eByGas.end() ? 0.0 : it->second;
    }
    }
    return 0.0;
}

bool belongs(const InventoryRow& row, const DrillKey& key) {
    switch (key.dimension) {
    case DrillKey::Dimension::Total: return true;
    case DrillKey::Dimension::Scope: return std::to_string(row.scope) == key.key;
    case DrillKey::Dimension::IsoCategory: return std::to_string(row.isoCategory) == key.key;
    case DrillKey::Dimension::Site: return row.site == key.key;
    case DrillKey::Dimension::Gas: return row.tco2eByGas.count(key.key) > 0;
    }
    return false;
}

}  // namespace

std::vector<DrillRow> rowsBehind(const Inventory& inventory, const DrillKey& key) {
    std::vector<DrillRow> out;
    for (const auto& row : inventory.rows)
        if (belongs(row, key)) out.push_back({&row, contribution(row, key)});
    std::stable_sort(out.begin(), out.end(), [](const DrillRow& a, const DrillRow& b) {
        return std::abs(a.contributionTco2e) > std::abs(b.contributionTco2e);
    });
    return out;
}

bool recordBelongsTo(const ActivityRecord& record, const InventoryRow& row) {
    if (record.site != row.site || record.sourceType != row.sourceType || record.activity != row.activity ||
        record.effectiveIsoCategory() != row.isoCategory)
        return false;
    // The row names the unit by its canonical symbol ("10^4 Nm3" for a record's "万Nm3").
    const auto unit = units::find(record.unit);
    return unit ? unit->symbol == row.unit : record.unit == row.unit;
}

}  // namespace cnms::accounting
