// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "cnms/core/Organization.h"
#include "cnms/core/Site.h"

/** JSON forms of the domain records: used by the change log, `--format json` and exports. */
namespace cnms {

void to_json(nlohmann::json& j, const Organization& org);
void from_json(const nlohmann::json& j, Organization& org);
void to_json(nlohmann::json& j, const Site& site);
void from_json(const nlohmann::json& j, Site& site);

}  // namespace cnms
