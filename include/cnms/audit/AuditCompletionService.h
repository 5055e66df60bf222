// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/ServiceContext.h"

namespace cnms {

/** What completing an audit produced. */
struct AuditCompletion {
    Audit audit;
    std::vector<Nonconformity> raised;  ///< one per major or minor finding
};

/** What a correction of a completed audit's finding produced. */
struct FindingCorrectionResult {
    FindingCorrection correction;
    std::optional<Nonconformity> raised;  ///< when the corrected result is a nonconformity not yet raised
};

/**
 * Completing an audit, which freezes it and raises a nonconformity for every major and minor
 * finding in the same unit of work, and correcting findings of a completed audit afterwards by
 * new, linked records.
 */
class AuditCompletionService {
public:
    explicit AuditCompletionService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    /** Why the audit cannot be completed now (unanswered items ...), empty when it can. */
    std::vector<std::string> blockers(AuditId audit) const;

    /**
     * Completes the audit today: refused ("audit_incomplete") while items are unanswered,
     * ("audit_completed") when already completed, ("audit_not_started") before its start date.
     * An empty conclusion is replaced by a count of the findings.
     */
    AuditCompletion complete(AuditId audit, const std::string& conclusion = {});

    /**
     * Records a correction of item `ref` of a completed audit (refused "audit_not_completed"
     * otherwise: answer the item again instead). Evidence and reason are required. A corrected
     * result that is a nonconformity raises one unless the item already has one.
     */
    FindingCorrectionResult correct(AuditId audit, const std::string& ref, FindingResult result,
                                    const std::string& evidence, const std::string& reason);

private:
    ServiceContext m_ctx;
};

/** The item's result after its corrections: the latest correction's, else the item's own. */
FindingResult effectiveResult(const ChecklistItem& item, const std::vector<FindingCorrection>& corrections);

}  // namespace cnms
