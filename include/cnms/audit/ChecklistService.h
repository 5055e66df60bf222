// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/audit/ChecklistItem.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/ServiceContext.h"

namespace cnms {

/** What the auditor records for one checklist item. */
struct ChecklistAnswer {
    FindingResult result = FindingResult::Open;
    std::string evidence;  ///< what was seen; for "na" why the item does not apply
    std::vector<RecordRef> records;
    std::vector<std::string> files;  ///< paths; fingerprinted (SHA-256) when the answer is stored
};

/** The state of one evidence file of an audit compared with its recorded fingerprint. */
struct EvidenceFileCheck {
    std::string itemRef;
    FileRef file;
    FileState state = FileState::Unchanged;
};

/**
 * Running an audit's checklist: answers with evidence, the auditor's own questions and clause
 * scores. Everything is refused ("audit_completed") once the audit is completed.
 */
class ChecklistService {
public:
    explicit ChecklistService(ServiceContext ctx, const ClauseCatalogue& catalogue = ClauseCatalogue::shipped())
        : m_ctx(std::move(ctx)), m_catalogue(catalogue) {}

    std::vector<ChecklistItem> items(AuditId audit) const;

    /** Adds the auditor's own question under a catalogue clause; it gets the next "Q<n>" ref. */
    ChecklistItem addQuestion(AuditId audit, const std::string& clauseId, const std::string& question);

    /**
     * Records the answer to item `ref` (replacing an earlier answer). The result must not be
     * open and the evidence must not be empty; links and files are checked. The first answer
     * moves a planned audit to in progress.
     */
    ChecklistItem answer(AuditId audit, const std::string& ref, const ChecklistAnswer& answer);

    /** Scores a clause of the audit's scope from 0 to kMaxClauseScore. */
    ClauseScore score(AuditId audit, const std::string& clauseId, int score, const std::string& note = {});
    std::vector<ClauseScore> scores(AuditId audit) const;

    /** Every evidence file of the audit, compared with the fingerprint taken when it was recorded. */
    std::vector<EvidenceFileCheck> checkFiles(AuditId audit) const;

private:
    ServiceContext m_ctx;
    const ClauseCatalogue& m_catalogue;
};

}  // namespace cnms
