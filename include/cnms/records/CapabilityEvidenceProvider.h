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
 * Readiness evidence for the record types of the inventory, neutrality, audit and management review
 * capabilities. Management reviews are present when drafted and approved (in place) when held.
 */
class CapabilityEvidenceProvider : public RecordEvidenceProvider {
public:
    explicit CapabilityEvidenceProvider(ProjectStore& store);
    std::vector<std::string> recordTypes() const override;
    Evidence evidence(const EvidenceQuery& query) const override;

private:
    ProjectStore& m_store;
    std::map<std::string, std::function<Evidence()>> m_counters;
};

}  // namespace cnms::records
