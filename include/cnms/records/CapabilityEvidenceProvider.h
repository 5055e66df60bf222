// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/records/Readiness.h"

namespace cnms::records {

/**
 * Readiness evidence for the record types of the inventory, neutrality and audit capabilities,
 * counted from their repositories. Where the data has the rules:
 * - finding: answered checklist items; approved once their audit is completed;
 * - nonconformity: overdue when it is open with an overdue action; corrective_action: overdue
 *   when open past its due date (so an overdue action leaves its clause partly met);
 * - neutrality_plan: committed reduction measures (planned, implementing or done) once a target
 *   exists — targets with the measures that reach them are the plan;
 * - neutrality_evaluation: the reporting years whose balance is computable, i.e. years with
 *   activity data at or after the first target's base year (which must have data itself);
 * - neutrality_claim: the distinct claims that retired credits were retired for.
 * - management_review: present when drafted, in place (approved) when held.
 * Energy attribute certificates are not tracked: the credit register refuses them (GEC, I-REC).
 */
class CapabilityEvidenceProvider : public RecordEvidenceProvider {
public:
    explicit CapabilityEvidenceProvider(ProjectStore& store);
    std::vector<std::string> recordTypes() const override;
    Evidence evidence(const EvidenceQuery& query) const override;

private:
    ProjectStore& m_store;
    std::map<std::string, std::function<Evidence(const EvidenceQuery&)>> m_counters;
};

}  // namespace cnms::records
