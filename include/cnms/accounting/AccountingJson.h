// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/BaseYear.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/FactorSet.h"
#include "cnms/accounting/GasInventory.h"
#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/InventoryComparison.h"

/**
 * JSON forms of the accounting types, for the change log, storage and `--format json`. Keys are
 * snake_case and match the import columns where a field is one. Inventories carry the CLI keys
 * `total_tco2e`, `by_gas_tco2e`, `by_iso_category_tco2e` ("1"…"6"), `by_scope_tco2e` ("1"…"3")
 * and `by_site_tco2e`; see docs/accounting.md for the full shape.
 */
namespace cnms::accounting {

void to_json(nlohmann::json& j, const ActivityRecord& r);
/** Reads a record written by to_json; missing optional keys stay empty. Throws nlohmann::json::exception on wrong types. */
void from_json(const nlohmann::json& j, ActivityRecord& r);

void to_json(nlohmann::json& j, const Factor& f);
void from_json(const nlohmann::json& j, Factor& f);
void to_json(nlohmann::json& j, const FactorSet& s);
void from_json(const nlohmann::json& j, FactorSet& s);
void to_json(nlohmann::json& j, const FactorSelection& s);
void from_json(const nlohmann::json& j, FactorSelection& s);
void to_json(nlohmann::json& j, const FactorPin& p);
void from_json(const nlohmann::json& j, FactorPin& p);

void to_json(nlohmann::json& j, const TraceParameter& p);
void from_json(const nlohmann::json& j, TraceParameter& p);
void to_json(nlohmann::json& j, const FactorTrace& t);
void from_json(const nlohmann::json& j, FactorTrace& t);
void to_json(nlohmann::json& j, const EffectiveFactor& f);
void from_json(const nlohmann::json& j, EffectiveFactor& f);

/** Stage one without the per-record cell list: enough to re-weigh with any GWP set later. */
void to_json(nlohmann::json& j, const GasInventory& g);
void from_json(const nlohmann::json& j, GasInventory& g);

/** Options of the inventory's JSON form. */
struct InventoryJsonOptions {
    bool includeRows = true;  ///< the per-cell rows with their trace
};
nlohmann::json toJson(const Inventory& inventory, const InventoryJsonOptions& options = {});
void to_json(nlohmann::json& j, const Inventory& inventory);
void to_json(nlohmann::json& j, const InventoryRow& row);
void to_json(nlohmann::json& j, const InventoryDifference& d);
void to_json(nlohmann::json& j, const BaseYearAssessment& a);
void to_json(nlohmann::json& j, const StructuralChange& c);
void from_json(const nlohmann::json& j, StructuralChange& c);

}  // namespace cnms::accounting
