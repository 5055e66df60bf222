// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/ProductionFigure.h"

namespace cnms::accounting {

/** {"id", "kind", "year", "site", "quantity", "unit", "product", "evidence", "note"}; site "" = organization. */
void to_json(nlohmann::json& j, const ProductionFigure& f);
/** Reads what to_json writes; missing texts stay empty. Throws nlohmann::json::exception on wrong types or kind. */
void from_json(const nlohmann::json& j, ProductionFigure& f);

/**
 * The intensity block of an inventory's JSON: per_output and per_revenue (as toJson(Inventory)
 * writes them, null when missing) each with its `source`, and `sites`: one entry per site figure.
 */
nlohmann::json intensityJson(const Inventory& inventory, const IntensityDenominators& denominators);

}  // namespace cnms::accounting
