// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

/** Reference data compiled into cnms_core from resources/ (see cmake/CnmsEmbed.cmake). */
namespace cnms::embedded {
std::string_view clauseCatalogueJson();
std::string_view registerSchemasJson();    ///< resources/records/register-schemas.json
std::string_view readinessGuidanceJson();  ///< resources/records/readiness-guidance.json
/** resources/factors/fuels_cn.csv: China default fossil-fuel parameters. */
std::string_view fuelsCnCsv();
/** resources/factors/ipcc2006_stationary.csv: IPCC 2006 stationary-combustion defaults. */
std::string_view ipcc2006StationaryCsv();
/** resources/factors/grid_factors_cn.csv: China electricity and heat factors. */
std::string_view gridFactorsCnCsv();
/** resources/factors/gwp.csv: 100-year GWPs of AR4, AR5 and AR6. */
std::string_view gwpCsv();
}
