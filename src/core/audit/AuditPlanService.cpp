// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditPlanService.h"

#include <algorithm>
#include <cstdio>

#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/AuditProgrammeService.h"
#include "cnms/audit/ChecklistGenerator.h"
#include "cnms/audit/ClauseSelection.h"
#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms {
namespace {

std::string trimmed(std::string_view s) { return std::string(text::trim(s)); }

Audit normalized(Audit a) {
    for (auto* s : {&a.title, &a.objective, &a.criteria, &a.rationale, &a.clauseSelection, &a.startDate, &a.endDate,
                    &a.lead.name, &a.lead.department})
        *s = trimmed(*s);
    for (auto& t : a.team) t = {trimmed(t.name), trimmed(t.department)};
    for (auto& p : a.processes) p = {trimmed(p.name), trimmed(p.department), trimmed(p.owner)};
    for (auto& s : a.sites) s = trimmed(s);
    for (auto& s : a.auditees) s = trimmed(s);
    return a;
}

bool hasAnswers(ProjectStore& store, AuditId id) {
    for (const auto& item : store.checklists().items(id))
        if (item.result != FindingResult::Open) return true;
    return false;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

}  // namespace

std::vector<Audit> AuditPlanService::audits() const { return m_ctx.store().audits().list(); }

std::vector<Audit> AuditPlanService::audits(int year) const {
    auto programme = m_ctx.store().auditProgrammes().findByYear(year);
    if (!programme) return {};
    return m_ctx.store().audits().listByProgramme(programme->id);
}

std::vector<IndependenceConflict> AuditPlanService::conflicts(const Audit& draft) const {
    return independenceConflicts(normalized(draft));
}

Audit AuditPlanService::prepared(const Audit& draft) const {
    Audit audit = normalized(draft);
    std::vector<FieldIssue> issues;
    // The scope is resolved from what the auditor wrote; a caller may also give leaf ids directly.
    std::string selection = audit.clauseSelection.empty() ? join(audit.clauses, ",") : audit.clauseSelection;
    audit.clauses.clear();
    if (!selection.empty()) {
        try {
            audit.clauses = ClauseSelection::parse(selection, m_catalogue, "clauses").leaves();
            audit.clauseSelection = selection;
        } catch (const ValidationError& e) {
            issues = e.issues();
        }
    }
    auto own = validate(audit);
    // An unresolvable selection already explains why the scope is empty.
    for (auto& issue : own)
        if (!(issue.field == "clauses" && !issues.empty())) issues.push_back(std::move(issue));
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < audit.sites.size(); ++i) {
        const auto& code = audit.sites[i];
        std::string field = "sites[" + std::to_string(i) + "]";
        if (!m_ctx.store().sites().findByCode(code))
            issues.push_back({field, "not_found", "there is no site with code '" + code + "'"});
        else if (std::find(seen.begin(), seen.end(), code) != seen.end())
            issues.push_back({field, "duplicate", "site " + code + " is named twice"});
        seen.push_back(code);
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    return audit;
}

std::vector<IndependenceDeclaration> AuditPlanService::declarations(
    const Audit& audit, const std::vector<IndependenceDeclaration>& kept,
    const std::vector<IndependenceAcknowledgement>& acks) const {
    auto conflicts = independenceConflicts(audit);
    std::vector<FieldIssue> issues;
    for (std::size_t i = 0; i < acks.size(); ++i) {
        std::string field = "acknowledge[" + std::to_string(i) + "]";
        auto who = trimmed(acks[i].auditor);
        bool hasConflict = std::any_of(conflicts.begin(), conflicts.end(),
                                       [&](const IndependenceConflict& c) { return c.auditor == who; });
        if (!hasConflict)
            issues.push_back(
                {field, "no_conflict", "'" + who + "' has no independence conflict in this audit to acknowledge"});
        else if (text::trim(acks[i].reason).empty())
            issues.push_back({field, "required", "the acknowledgement for " + who + " needs a reason"});
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));

    std::vector<IndependenceDeclaration> out = kept;
    std::vector<std::string> missing;
    for (const auto& conflict : conflicts) {
        bool known = std::any_of(kept.begin(), kept.end(), [&](const IndependenceDeclaration& d) {
            return d.auditor == conflict.auditor && d.conflict == conflict.message;
        });
        if (known) continue;
        auto ack = std::find_if(acks.begin(), acks.end(), [&](const IndependenceAcknowledgement& a) {
            return trimmed(a.auditor) == conflict.auditor;
        });
        if (ack == acks.end()) {
            missing.push_back(conflict.message);
            continue;
        }
        out.push_back(
            {conflict.auditor, conflict.message, trimmed(ack->reason), m_ctx.actor(), m_ctx.clock().timestamp()});
    }
    if (!missing.empty())
        throw RefusedError("independence_unacknowledged",
                           "auditor independence: " + join(missing, "; ") +
                               ". Acknowledge each warning with a reason, or change the audit team");
    return out;
}

std::string AuditPlanService::nextCode(int year) const {
    const std::string prefix = "IA-" + std::to_string(year) + "-";
    int highest = 0;
    for (const auto& audit : m_ctx.store().audits().list()) {
        if (audit.code.rfind(prefix, 0) != 0) continue;
        highest = std::max(highest, std::atoi(audit.code.c_str() + prefix.size()));
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%02d", prefix.c_str(), highest + 1);
    return buf;
}

Audit AuditPlanService::plan(const Audit& draft, const std::vector<IndependenceAcknowledgement>& acks) {
    security::require(m_ctx.store(), security::Permission::ManageAudits);
    Audit audit = prepared(draft);
    audit.independence = declarations(audit, {}, acks);
    audit.status = AuditStatus::Planned;
    audit.conclusion.clear();
    audit.completedBy.clear();
    audit.completedOn.clear();
    audit.createdBy = m_ctx.actor();
    audit.createdAt = m_ctx.clock().timestamp();
    int year = iso_date::year(audit.startDate);

    auto& store = m_ctx.store();
    auto work = store.begin("plan audit " + audit.title);
    audit.programmeId = AuditProgrammeService(m_ctx, m_catalogue).ensure(year).id;
    audit.code = nextCode(year);
    audit.id = store.audits().insert(audit);
    for (auto item : generateChecklist(m_catalogue, audit.clauses)) {
        item.auditId = audit.id;
        item.id = store.checklists().insertItem(item);
    }
    work->commit();
    return requireAudit(store, audit.id);
}

Audit AuditPlanService::updatePlan(const Audit& changed, const std::vector<IndependenceAcknowledgement>& acks) {
    security::require(m_ctx.store(), security::Permission::ManageAudits);
    auto& store = m_ctx.store();
    Audit existing = requireAudit(store, changed.id);
    requireNotCompleted(existing);
    Audit audit = prepared(changed);
    // What planning does not decide stays as stored.
    audit.code = existing.code;
    audit.status = existing.status;
    audit.conclusion = existing.conclusion;
    audit.completedBy = existing.completedBy;
    audit.completedOn = existing.completedOn;
    audit.createdBy = existing.createdBy;
    audit.createdAt = existing.createdAt;
    bool scopeChanged = audit.clauses != existing.clauses;
    if (scopeChanged && hasAnswers(store, audit.id))
        throw RefusedError("scope_locked", "the clause scope of audit " + existing.code +
                                               " cannot change: checklist items are already answered");
    audit.independence = declarations(audit, existing.independence, acks);

    auto work = store.begin("edit audit plan " + existing.code);
    audit.programmeId = AuditProgrammeService(m_ctx, m_catalogue).ensure(iso_date::year(audit.startDate)).id;
    store.audits().update(audit);
    if (scopeChanged) {
        auto items = store.checklists().items(audit.id);
        store.checklists().removeItems(audit.id);
        auto fresh = generateChecklist(m_catalogue, audit.clauses);
        int seq = static_cast<int>(fresh.size());
        for (auto& old : items)
            if (old.own) {
                old.id = 0;
                old.seq = ++seq;
                fresh.push_back(old);
            }
        for (auto& item : fresh) {
            item.auditId = audit.id;
            store.checklists().insertItem(item);
        }
    }
    work->commit();
    return requireAudit(store, audit.id);
}

void AuditPlanService::remove(AuditId id) {
    security::require(m_ctx.store(), security::Permission::ManageAudits);
    auto& store = m_ctx.store();
    Audit existing = requireAudit(store, id);
    requireNotCompleted(existing);
    if (hasAnswers(store, id))
        throw RefusedError("audit_started", "audit " + existing.code +
                                                " has answered checklist items and cannot be removed; complete it");
    auto work = store.begin("remove audit " + existing.code);
    store.audits().remove(id);
    work->commit();
}

}  // namespace cnms
