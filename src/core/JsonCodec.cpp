// SPDX-License-Identifier: MIT
#include "cnms/core/JsonCodec.h"
#include "cnms/core/JsonNumbers.h"

namespace cnms {

void to_json(nlohmann::json& j, const Organization& org) {
    j = {{"name", org.name},
         {"credit_code", org.creditCode},
         {"industry_code", org.industryCode},
         {"address", org.address},
         {"consolidation", toString(org.consolidation)},
         {"standard_number", org.standardNumber}};
}

void from_json(const nlohmann::json& j, Organization& org) {
    org.name = j.value("name", "");
    org.creditCode = j.value("credit_code", "");
    org.industryCode = j.value("industry_code", "");
    org.address = j.value("address", "");
    org.consolidation =
        consolidationFromString(j.value("consolidation", "operational_control")).value_or(Consolidation::OperationalControl);
    org.standardNumber = j.value("standard_number", "");
}

void to_json(nlohmann::json& j, const Site& site) {
    j = {{"id", site.id},         {"code", site.code},       {"name", site.name},
         {"province", site.province}, {"address", site.address}, {"equity_share_pct", site.equitySharePct}};
}

void from_json(const nlohmann::json& j, Site& site) {
    site.id = jsonIntegerOr<SiteId>(j, "id", 0);
    site.code = j.value("code", "");
    site.name = j.value("name", "");
    site.province = j.value("province", "");
    site.address = j.value("address", "");
    site.equitySharePct = j.value("equity_share_pct", 100.0);
}

}  // namespace cnms
