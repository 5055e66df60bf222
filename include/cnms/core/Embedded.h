// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

/** Reference data compiled into cnms_core from resources/ (see cmake/CnmsEmbed.cmake). */
namespace cnms::embedded {
std::string_view clauseCatalogueJson();
std::string_view registerSchemasJson();    ///< resources/records/register-schemas.json
std::string_view readinessGuidanceJson();  ///< resources/records/readiness-guidance.json
}
