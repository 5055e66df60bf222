// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditCompletionService.h"

#include <map>

#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms {
namespace {

std::vector<std::string> unansweredRefs(const std::vector<ChecklistItem>& items) {
    std::vector<std::string> refs;
    for (const auto& item : items)
        if (item.result == FindingResult::Open) refs.push_back(item.ref);
    return refs;
}

std::string listed(const std::vector<std::string>& refs, std::size_t shown = 10) {
    std::string out;
    for (std::size_t i = 0; i < refs.size() && i < shown; ++i) out += (i ? ", " : "") + refs[i];
    if (refs.size() > shown) out += " and " + std::to_string(refs.size() - shown) + " more";
    return out;
}

std::string summary(const std::vector<ChecklistItem>& items) {
    std::map<FindingResult, int> counts;
    for (const auto& item : items) ++counts[item.result];
    std::string out = std::to_string(items.size()) + " items checked";
    for (auto r : {FindingResult::Conforming, FindingResult::MajorNonconformity, FindingResult::MinorNonconformity,
                   FindingResult::Observation, FindingResult::Improvement, FindingResult::NotApplicable})
        if (counts[r] > 0) out += ", " + std::to_string(counts[r]) + " " + std::string(toString(r));
    return out;
}

Nonconformity draftFromFinding(const Audit& audit, const ChecklistItem& item, FindingResult result,
                               const std::string& evidence) {
    Nonconformity draft;
    draft.source = NcSource::Audit;
    draft.clauseId = item.clauseId;
    draft.severity = result == FindingResult::MajorNonconformity ? NcSeverity::Major : NcSeverity::Minor;
    draft.description = audit.code + " " + item.ref + ": " + evidence;
    if (!item.records.empty()) draft.subject = item.records.front();
    draft.finding = FindingLink{audit.id, item.id};
    return draft;
}

}  // namespace

FindingResult effectiveResult(const ChecklistItem& item, const std::vector<FindingCorrection>& corrections) {
    FindingResult result = item.result;
    for (const auto& c : corrections)
        if (c.itemId == item.id) result = c.result;  // oldest first, so the last one wins
    return result;
}

std::vector<std::string> AuditCompletionService::blockers(AuditId auditId) const {
    auto& store = m_ctx.store();
    Audit audit = requireAudit(store, auditId);
    std::vector<std::string> out;
    if (audit.isCompleted()) out.push_back("audit " + audit.code + " is already completed");
    if (m_ctx.today() < audit.startDate) out.push_back("audit " + audit.code + " starts on " + audit.startDate);
    auto open = unansweredRefs(store.checklists().items(auditId));
    if (!open.empty())
        out.push_back(std::to_string(open.size()) + (open.size() == 1 ? " checklist item is" : " checklist items are") +
                      " not answered: " + listed(open));
    return out;
}

AuditCompletion AuditCompletionService::complete(AuditId auditId, const std::string& conclusion) {
    security::require(m_ctx.store(), security::Permission::ConductAudit);
    auto& store = m_ctx.store();
    Audit audit = requireAudit(store, auditId);
    requireNotCompleted(audit);
    auto today = m_ctx.today();
    if (today < audit.startDate)
        throw RefusedError("audit_not_started", "audit " + audit.code + " starts on " + audit.startDate +
                                                    " and cannot be completed before it starts");
    auto items = store.checklists().items(auditId);
    auto open = unansweredRefs(items);
    if (!open.empty())
        throw RefusedError("audit_incomplete", "audit " + audit.code +
                                                   " cannot be completed: " + std::to_string(open.size()) +
                                                   (open.size() == 1 ? " checklist item is" : " checklist items are") +
                                                   " not answered (" + listed(open) + ")");
    auto text = std::string(text::trim(conclusion));
    audit.conclusion = text.empty() ? summary(items) : text;
    audit.status = AuditStatus::Completed;
    audit.completedBy = m_ctx.actor();
    audit.completedOn = today;

    AuditCompletion result;
    auto work = store.begin("complete audit " + audit.code);
    store.audits().update(audit);
    NonconformityService ncs(m_ctx);
    for (const auto& item : items)
        if (isNonconformity(item.result))
            result.raised.push_back(ncs.raise(draftFromFinding(audit, item, item.result, item.evidence)));
    work->commit();
    result.audit = requireAudit(store, auditId);
    return result;
}

FindingCorrectionResult AuditCompletionService::correct(AuditId auditId, const std::string& ref, FindingResult result,
                                                        const std::string& evidence, const std::string& reason) {
    security::require(m_ctx.store(), security::Permission::ConductAudit);
    auto& store = m_ctx.store();
    Audit audit = requireAudit(store, auditId);
    if (!audit.isCompleted())
        throw RefusedError("audit_not_completed",
                           "audit " + audit.code + " is not completed; answer the item again instead of correcting it");
    auto item = store.checklists().findItem(auditId, text::trim(ref));
    if (!item) throw NotFoundError("audit " + audit.code + " has no checklist item '" + ref + "'");
    std::vector<FieldIssue> issues;
    if (result == FindingResult::Open)
        issues.push_back(
            {"result", "required", "choose the corrected result: conforming, major, minor, observation, ofi or na"});
    auto evidenceText = std::string(text::trim(evidence));
    auto reasonText = std::string(text::trim(reason));
    if (evidenceText.empty()) issues.push_back({"evidence", "required", "record the evidence behind the correction"});
    if (reasonText.empty()) issues.push_back({"reason", "required", "say why the finding is corrected"});
    if (!issues.empty()) throw ValidationError(std::move(issues));

    FindingCorrectionResult out;
    out.correction = {0,           auditId,       item->id,
                      item->ref,   result,        evidenceText,
                      reasonText,  m_ctx.actor(), m_ctx.clock().timestamp(),
                      std::nullopt};
    auto work = store.begin("correct finding " + item->ref + " of audit " + audit.code);
    if (isNonconformity(result) && store.nonconformities().findByFinding(item->id).empty()) {
        out.raised = NonconformityService(m_ctx).raise(draftFromFinding(audit, *item, result, evidenceText));
        out.correction.raisedNonconformity = out.raised->id;
    }
    out.correction.id = store.checklists().insertCorrection(out.correction);
    work->commit();
    return out;
}

}  // namespace cnms
