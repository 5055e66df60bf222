// SPDX-License-Identifier: MIT
#include "cnms/records/CapabilityEvidenceProvider.h"

#include <algorithm>
#include <set>

#include "cnms/audit/Audit.h"
#include "cnms/audit/AuditPorts.h"
#include "cnms/audit/ChecklistItem.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/Action.h"
#include "cnms/neutrality/NeutralityStore.h"

namespace cnms::records {
namespace {

Evidence count(std::size_t n) { return Evidence{static_cast<int>(n), static_cast<int>(n), 0}; }

std::vector<int> yearsWithData(ProjectStore& store) {
    std::vector<int> years;
    for (int y : store.activities().years())
        if (store.activities().countInYear(y) > 0) years.push_back(y);
    std::sort(years.begin(), years.end());
    return years;
}

Evidence findings(ProjectStore& store) {
    Evidence e;
    for (const auto& audit : store.audits().list()) {
        for (const auto& item : store.checklists().items(audit.id)) {
            if (item.result == FindingResult::Open) continue;
            ++e.present;
            if (audit.isCompleted()) ++e.approved;  // an audit in progress may still revise its findings
        }
    }
    return e;
}

Evidence nonconformities(ProjectStore& store, const EvidenceQuery& q) {
    std::set<std::int64_t> late;
    for (const auto& a : store.actions().list())
        if (a.isOverdue(q.today) && a.sourceType == kNonconformityRecordType) late.insert(a.sourceId);
    Evidence e = count(store.nonconformities().list().size());
    for (const auto& nc : store.nonconformities().list())
        if (!nc.isClosed() && late.count(nc.id)) ++e.overdue;
    return e;
}

Evidence actions(ProjectStore& store, const EvidenceQuery& q) {
    const auto all = store.actions().list();
    Evidence e = count(all.size());
    e.overdue = static_cast<int>(std::count_if(all.begin(), all.end(), [&](const Action& a) { return a.isOverdue(q.today); }));
    return e;
}

Evidence neutralityPlan(ProjectStore& store) {
    if (store.targets().list().empty()) return {};
    const auto measures = store.measures().list();
    return count(static_cast<std::size_t>(std::count_if(measures.begin(), measures.end(), [](const auto& m) {
        using neutrality::MeasureStatus;
        return m.status == MeasureStatus::Planned || m.status == MeasureStatus::Implementing ||
               m.status == MeasureStatus::Done;
    })));
}

Evidence neutralityEvaluations(ProjectStore& store) {
    const auto targets = store.targets().list();
    if (targets.empty()) return {};
    const int base = targets.front().baseYear;
    const auto years = yearsWithData(store);
    if (std::find(years.begin(), years.end(), base) == years.end()) return {};
    return count(static_cast<std::size_t>(std::count_if(years.begin(), years.end(), [&](int y) { return y >= base; })));
}

Evidence neutralityClaims(ProjectStore& store) {
    std::set<std::string> claims;
    for (const auto& c : store.credits().list())
        if (c.status == neutrality::CreditStatus::Retired && !c.claim.empty()) claims.insert(c.claim);
    return count(claims.size());
}

}  // namespace

CapabilityEvidenceProvider::CapabilityEvidenceProvider(ProjectStore& store) : m_store(store) {
    // Inventory records carry no approval step: a record present counts as in place.
    ProjectStore* s = &m_store;
    m_counters = {
        {"activity_data",
         [s](const EvidenceQuery&) {
             std::size_t n = 0;
             for (int y : s->activities().years()) n += static_cast<std::size_t>(s->activities().countInYear(y));
             return count(n);
         }},
        {"ghg_inventory", [s](const EvidenceQuery&) { return count(yearsWithData(*s).size()); }},
        {"emission_factor_set", [s](const EvidenceQuery&) { return count(yearsWithData(*s).size()); }},
        {"reduction_measure", [s](const EvidenceQuery&) { return count(s->measures().list().size()); }},
        {"target", [s](const EvidenceQuery&) { return count(s->targets().list().size()); }},
        {"offset_credit", [s](const EvidenceQuery&) { return count(s->credits().list().size()); }},
        {"neutrality_plan", [s](const EvidenceQuery&) { return neutralityPlan(*s); }},
        {"neutrality_evaluation", [s](const EvidenceQuery&) { return neutralityEvaluations(*s); }},
        {"neutrality_claim", [s](const EvidenceQuery&) { return neutralityClaims(*s); }},
        {"audit_programme", [s](const EvidenceQuery&) { return count(s->auditProgrammes().list().size()); }},
        {"audit", [s](const EvidenceQuery&) { return count(s->audits().list().size()); }},
        {"finding", [s](const EvidenceQuery&) { return findings(*s); }},
        {"nonconformity", [s](const EvidenceQuery& q) { return nonconformities(*s, q); }},
        {"corrective_action", [s](const EvidenceQuery& q) { return actions(*s, q); }},
        // A management review counts once held: a draft is present but not yet in place, as an
        // unapproved document is.
        {"management_review",
         [s](const EvidenceQuery&) {
             int present = 0, held = 0;
             for (const auto& r : s->managementReviews().list()) ++present, held += r.isHeld() ? 1 : 0;
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
    return it == m_counters.end() ? Evidence{} : it->second(query);
}

}  // namespace cnms::records
