// SPDX-License-Identifier: MIT
#include "cnms/audit/ChecklistService.h"

#include <algorithm>
#include <cstdlib>

#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/RecordLinks.h"
#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms {

std::vector<ChecklistItem> ChecklistService::items(AuditId audit) const {
    requireAudit(m_ctx.store(), audit);
    return m_ctx.store().checklists().items(audit);
}

ChecklistItem ChecklistService::addQuestion(AuditId auditId, const std::string& clauseId, const std::string& question) {
    security::require(m_ctx.store(), security::Permission::ConductAudit);
    auto& store = m_ctx.store();
    Audit audit = requireAudit(store, auditId);
    requireNotCompleted(audit);
    auto clause = std::string(text::trim(clauseId));
    auto text = std::string(text::trim(question));
    std::vector<FieldIssue> issues;
    if (clause.empty())
        issues.push_back({"clause", "required", "the question needs the clause it belongs to"});
    else if (!m_catalogue.find(clause))
        issues.push_back({"clause", "unknown_clause", "'" + clause + "' is not a clause of the catalogue"});
    if (text.empty()) issues.push_back({"question", "required", "the question text is empty"});
    if (!issues.empty()) throw ValidationError(std::move(issues));

    int lastOwn = 0, lastSeq = 0;
    for (const auto& item : store.checklists().items(auditId)) {
        lastSeq = std::max(lastSeq, item.seq);
        if (item.own && item.ref.size() > 1) lastOwn = std::max(lastOwn, std::atoi(item.ref.c_str() + 1));
    }
    ChecklistItem item;
    item.auditId = auditId;
    item.ref = "Q" + std::to_string(lastOwn + 1);
    item.seq = lastSeq + 1;
    item.clauseId = clause;
    item.questionZh = text;
    item.questionEn = text;
    item.own = true;
    auto work = store.begin("add audit question to " + audit.code);
    item.id = store.checklists().insertItem(item);
    work->commit();
    return item;
}

ChecklistItem ChecklistService::answer(AuditId auditId, const std::string& ref, const ChecklistAnswer& answer) {
    security::require(m_ctx.store(), security::Permission::ConductAudit);
    auto& store = m_ctx.store();
    Audit audit = requireAudit(store, auditId);
    requireNotCompleted(audit);
    auto found = store.checklists().findItem(auditId, text::trim(ref));
    if (!found) throw NotFoundError("audit " + audit.code + " has no checklist item '" + ref + "'");
    ChecklistItem item = *found;

    std::vector<FieldIssue> issues;
    if (answer.result == FindingResult::Open)
        issues.push_back({"result", "required", "choose a result: conforming, major, minor, observation, ofi or na"});
    auto evidence = std::string(text::trim(answer.evidence));
    if (evidence.empty())
        issues.push_back(
            {"evidence", "required", "record the evidence seen (for na: why the item does not apply to this audit)"});
    for (auto& issue : checkRecordRefs(store, m_catalogue, answer.records, "records"))
        issues.push_back(std::move(issue));
    std::vector<FileRef> files;
    auto now = m_ctx.clock().timestamp();
    for (std::size_t i = 0; i < answer.files.size(); ++i) {
        try {
            files.push_back(fingerprintFile(answer.files[i], now, "files[" + std::to_string(i) + "]"));
        } catch (const ValidationError& e) {
            issues.insert(issues.end(), e.issues().begin(), e.issues().end());
        }
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));

    item.result = answer.result;
    item.evidence = evidence;
    item.records = answer.records;
    item.files = std::move(files);
    item.answeredBy = m_ctx.actor();
    item.answeredAt = now;
    auto work = store.begin("answer " + item.ref + " of audit " + audit.code);
    store.checklists().updateItem(item);
    if (audit.status == AuditStatus::Planned) {
        audit.status = AuditStatus::InProgress;
        store.audits().update(audit);
    }
    work->commit();
    return item;
}

ClauseScore ChecklistService::score(AuditId auditId, const std::string& clauseId, int score, const std::string& note) {
    security::require(m_ctx.store(), security::Permission::ConductAudit);
    auto& store = m_ctx.store();
    Audit audit = requireAudit(store, auditId);
    requireNotCompleted(audit);
    auto clause = std::string(text::trim(clauseId));
    std::vector<FieldIssue> issues;
    if (std::find(audit.clauses.begin(), audit.clauses.end(), clause) == audit.clauses.end())
        issues.push_back(
            {"clause", "not_in_scope", "clause '" + clause + "' is not in the scope of audit " + audit.code});
    if (score < 0 || score > kMaxClauseScore)
        issues.push_back(
            {"score", "out_of_range", "the score must be between 0 and " + std::to_string(kMaxClauseScore)});
    if (!issues.empty()) throw ValidationError(std::move(issues));
    ClauseScore stored{auditId, clause, score, std::string(text::trim(note))};
    auto work = store.begin("score clause " + clause + " of audit " + audit.code);
    store.checklists().saveScore(stored);
    work->commit();
    return stored;
}

std::vector<ClauseScore> ChecklistService::scores(AuditId audit) const {
    requireAudit(m_ctx.store(), audit);
    return m_ctx.store().checklists().scores(audit);
}

std::vector<EvidenceFileCheck> ChecklistService::checkFiles(AuditId audit) const {
    std::vector<EvidenceFileCheck> out;
    for (const auto& item : items(audit))
        for (const auto& file : item.files) out.push_back({item.ref, file, checkFile(file)});
    return out;
}

}  // namespace cnms
