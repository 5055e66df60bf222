// SPDX-License-Identifier: MIT
#include "cnms/records/EvidenceProviders.h"

#include <algorithm>

#include "cnms/core/Identifiers.h"
#include "cnms/records/CapabilityEvidenceProvider.h"
#include "cnms/records/ReadinessGuidance.h"
#include "cnms/records/RegisterService.h"

namespace cnms::records {

std::vector<std::string> RegisterEvidenceProvider::recordTypes() const {
    std::vector<std::string> out;
    for (const auto& s : m_schemas.all()) out.push_back(s.type);
    return out;
}

Evidence RegisterEvidenceProvider::evidence(const EvidenceQuery& query) const {
    Evidence e;
    const auto* schema = m_schemas.find(query.recordType);
    if (!schema) return e;
    for (const auto& r : m_store.registers().list(schema->type, false)) {
        if (!RegisterService::isCurrent(*schema, r)) continue;
        if (query.filter) {
            auto value = r.text(query.filter->field);
            if (std::find(query.filter->values.begin(), query.filter->values.end(), value) ==
                query.filter->values.end())
                continue;
        }
        ++e.present;
        if (RegisterService::isApproved(*schema, r)) ++e.approved;
        if (RegisterService::isOverdue(*schema, r, query.today)) ++e.overdue;
    }
    return e;
}

Evidence OrganizationEvidenceProvider::evidence(const EvidenceQuery&) const {
    auto org = m_store.organization().get();
    bool complete =
        !org.name.empty() && credit_code::isValid(org.creditCode) && industry_code::isValid(org.industryCode);
    return complete ? Evidence{1, 1, 0} : Evidence{};
}

Evidence SiteEvidenceProvider::evidence(const EvidenceQuery&) const {
    auto n = static_cast<int>(m_store.sites().list().size());
    return {n, n, 0};
}

ReadinessService projectReadiness(ProjectStore& store) {
    ReadinessService service;
    service.addProvider(std::make_shared<OrganizationEvidenceProvider>(store));
    service.addProvider(std::make_shared<SiteEvidenceProvider>(store));
    service.addProvider(std::make_shared<RegisterEvidenceProvider>(store));
    service.addProvider(std::make_shared<CapabilityEvidenceProvider>(store));
    for (const auto& [record, filter] : ReadinessGuidance::shipped().filters()) service.setFilter(record, filter);
    return service;
}

}  // namespace cnms::records
