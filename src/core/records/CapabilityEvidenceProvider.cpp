// SPDX-License-Identifier: MIT
#include "cnms/records/CapabilityEvidenceProvider.h"

namespace cnms::records {

CapabilityEvidenceProvider::CapabilityEvidenceProvider(ProjectStore& store) : m_store(store) {
    // Record types held by the inventory, neutrality, audit and management review capabilities, counted
    // from their repositories: a record present counts as in place (these records carry no approval step).
    auto count = [](std::size_t n) { return Evidence{static_cast<int>(n), static_cast<int>(n), 0}; };
    m_counters = {
        {"activity_data",
         [this, count] {
             std::size_t n = 0;
             for (int y : m_store.activities().years()) n += static_cast<std::size_t>(m_store.activities().countInYear(y));
             return count(n);
         }},
        {"ghg_inventory", [this, count] { return count(m_store.activities().years().size()); }},
        {"emission_factor_set", [this, count] { return count(m_store.activities().years().size()); }},
        {"reduction_measure", [this, count] { return count(m_store.measures().list().size()); }},
        {"target", [this, count] { return count(m_store.targets().list().size()); }},
        {"offset_credit", [this, count] { return count(m_store.credits().list().size()); }},
        {"audit_programme", [this, count] { return count(m_store.auditProgrammes().list().size()); }},
        {"audit", [this, count] { return count(m_store.audits().list().size()); }},
        {"nonconformity", [this, count] { return count(m_store.nonconformities().list().size()); }},
        {"corrective_action", [this, count] { return count(m_store.actions().list().size()); }},
        // A management review counts once held: a draft is present but not yet in place, as an
        // unapproved document is.
        {"management_review",
         [this] {
             int present = 0, held = 0;
             for (const auto& r : m_store.managementReviews().list()) ++present, held += r.isHeld() ? 1 : 0;
             return Evidence{present, held, 0};
         }},
    };
}

std::vector<std::string> CapabilityEvidenceProvider::recordTypes() const {
    std::vector<std::string> out;
    for (const auto& [type, counter] : m_counters) out.push_back(type);
    return out;
}

Evidence CapabilityEvidenceProvider::evidence(const EvidenceQuery& query) const {
    auto it = m_counters.find(query.recordType);
    return it == m_counters.end() ? Evidence{} : it->second();
}

}  // namespace cnms::records
