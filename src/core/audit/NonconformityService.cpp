// SPDX-License-Identifier: MIT
#include "cnms/audit/NonconformityService.h"

#include <algorithm>

#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/RecordLinks.h"
#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms {
namespace {
using nc_workflow::Step;

std::string trimmed(std::string_view s) { return std::string(text::trim(s)); }

void requireText(const std::string& value, const char* field, const char* message) {
    if (value.empty()) throw ValidationError({{field, "required", message}});
}
}  // namespace

std::vector<Nonconformity> NonconformityService::list() const { return m_ctx.store().nonconformities().list(); }

Nonconformity NonconformityService::get(NonconformityId id) const { return requireNonconformity(m_ctx.store(), id); }

std::vector<Action> NonconformityService::actions(NonconformityId id) const {
    return m_ctx.store().actions().listBySource(kNonconformityRecordType, id);
}

std::vector<NcEvent> NonconformityService::history(NonconformityId id) const {
    return m_ctx.store().nonconformities().events(id);
}

std::vector<NcOverview> NonconformityService::overview() const {
    auto today = m_ctx.today();
    std::vector<NcOverview> out;
    for (auto& nc : list()) {
        NcOverview row;
        for (const auto& action : actions(nc.id)) {
            ++row.actions;
            if (action.status != ActionStatus::Open) continue;
            ++row.openActions;
            row.overdue = row.overdue || action.isOverdue(today);
            if (row.nextDue.empty() || action.dueDate < row.nextDue) row.nextDue = action.dueDate;
        }
        if (nc.isClosed())
            if (auto next = m_ctx.store().nonconformities().findReopening(nc.id)) row.reopenedAs = next->id;
        row.nc = std::move(nc);
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<nc_workflow::Step> NonconformityService::allowedSteps(NonconformityId id) const {
    auto nc = get(id);
    auto next = m_ctx.store().nonconformities().findReopening(id);
    return nc_workflow::allowedSteps(nc, actions(id), m_ctx.actor(),
                                     next ? std::optional<NonconformityId>(next->id) : std::nullopt);
}

void NonconformityService::require(Step step, const Nonconformity& nc) const {
    std::optional<NonconformityId> successor;
    if (step == Step::Reopen)
        if (auto next = m_ctx.store().nonconformities().findReopening(nc.id)) successor = next->id;
    if (auto refusal = nc_workflow::refusal(step, nc, actions(nc.id), m_ctx.actor(), successor))
        throw RefusedError(refusal->code, refusal->message);
}

std::string NonconformityService::dateOrToday(const std::string& on, std::string_view field, std::string_view notBefore,
                                              std::string_view notBeforeWhat) const {
    auto today = m_ctx.today();
    auto date = trimmed(on);
    if (date.empty()) date = today;
    std::string name(field);
    if (!iso_date::isValid(date))
        throw ValidationError({{name, "date_invalid", "'" + date + "' is not a date (YYYY-MM-DD)"}});
    if (date > today)
        throw ValidationError({{name, "in_future", "the date " + date + " is in the future (today is " + today + ")"}});
    if (!notBefore.empty() && date < notBefore)
        throw ValidationError(
            {{name, "too_early",
              "the date " + date + " is before " + std::string(notBefore) + ", when " + std::string(notBeforeWhat)}});
    return date;
}

void NonconformityService::record(const Nonconformity& before, const Nonconformity& after, std::string_view step,
                                  const std::string& note) {
    NcEvent event;
    event.ncId = after.id;
    event.at = m_ctx.clock().timestamp();
    event.actor = m_ctx.actor();
    event.step = std::string(step);
    if (before.id != 0) event.fromState = before.state;
    event.toState = after.state;
    event.note = note;
    m_ctx.store().nonconformities().appendEvent(event);
}

Nonconformity NonconformityService::raise(const Nonconformity& draft) {
    security::require(m_ctx.store(), security::Permission::RaiseNonconformity);
    auto& store = m_ctx.store();
    Nonconformity nc;
    nc.source = draft.source;
    nc.clauseId = trimmed(draft.clauseId);
    nc.severity = draft.severity;
    nc.description = trimmed(draft.description);
    nc.subject = draft.subject;
    nc.finding = draft.finding;
    nc.raisedOn = trimmed(draft.raisedOn);
    nc.reopenOf = draft.reopenOf;
    nc.reopenReason = trimmed(draft.reopenReason);

    auto issues = validateRaise(nc);
    if (!nc.clauseId.empty() && !m_catalogue.find(nc.clauseId))
        issues.push_back({"clause", "unknown_clause", "'" + nc.clauseId + "' is not a clause of the catalogue"});
    if (nc.subject)
        for (auto& issue : checkRecordRefs(store, m_catalogue, {*nc.subject}, "subject"))
            issues.push_back({"subject", issue.code, issue.message});
    if (nc.finding) {
        auto item = store.checklists().findItemById(nc.finding->itemId);
        auto audit = store.audits().find(nc.finding->auditId);
        if (!item || !audit || item->auditId != audit->id)
            issues.push_back({"finding", "not_found", "the audit finding the nonconformity refers to does not exist"});
        else if (!audit->isCompleted())
            issues.push_back({"finding", "audit_not_completed",
                              "nonconformities are raised from audit " + audit->code + " when it is completed"});
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    nc.raisedOn = dateOrToday(nc.raisedOn, "raised_on", {}, {});
    nc.raisedBy = m_ctx.actor();
    nc.state = NcState::Raised;

    auto work = store.begin("raise nonconformity");
    nc.id = store.nonconformities().insert(nc);
    record(Nonconformity{}, nc, nc.reopenOf ? "reopen" : "raise", nc.reopenOf ? nc.reopenReason : nc.description);
    work->commit();
    return nc;
}

Nonconformity NonconformityService::contain(NonconformityId id, const std::string& correction, const std::string& on) {
    security::require(m_ctx.store(), security::Permission::RespondToNonconformity);
    auto nc = get(id);
    require(Step::Contain, nc);
    auto text = trimmed(correction);
    requireText(text, "correction", "describe the correction or containment taken");
    Nonconformity after = nc;
    after.containedOn = dateOrToday(on, "on", nc.raisedOn, "the nonconformity was raised");
    after.correction = text;
    after.containedBy = m_ctx.actor();
    after.state = NcState::Contained;
    auto work = m_ctx.store().begin("contain " + nc.code());
    m_ctx.store().nonconformities().update(after);
    record(nc, after, "contain", text);
    work->commit();
    return after;
}

Nonconformity NonconformityService::analyseCause(NonconformityId id, const std::vector<std::string>& whys,
                                                 CauseCategory category, const std::string& rootCause) {
    security::require(m_ctx.store(), security::Permission::RespondToNonconformity);
    auto nc = get(id);
    require(Step::AnalyseCause, nc);
    std::vector<FieldIssue> issues;
    std::vector<std::string> answers;
    for (std::size_t i = 0; i < whys.size(); ++i) {
        answers.push_back(trimmed(whys[i]));
        if (answers.back().empty())
            issues.push_back(
                {"whys[" + std::to_string(i) + "]", "required", "why number " + std::to_string(i + 1) + " is empty"});
    }
    if (answers.empty()) issues.push_back({"whys", "required", "give at least one answer to 'why?'"});
    if (answers.size() > 5) issues.push_back({"whys", "too_many", "give at most five whys"});
    if (!issues.empty()) throw ValidationError(std::move(issues));

    Nonconformity after = nc;
    after.whys = answers;
    after.causeCategory = category;
    after.rootCause = trimmed(rootCause).empty() ? answers.back() : trimmed(rootCause);
    after.analysedBy = m_ctx.actor();
    after.analysedOn = m_ctx.today();
    after.state = NcState::CauseAnalysed;
    auto work = m_ctx.store().begin("analyse cause of " + nc.code());
    m_ctx.store().nonconformities().update(after);
    record(nc, after, "cause", std::string(toString(category)) + ": " + after.rootCause);
    work->commit();
    return after;
}

Action NonconformityService::addAction(NonconformityId id, const std::string& description, const std::string& owner,
                                       const std::string& dueDate) {
    security::require(m_ctx.store(), security::Permission::RespondToNonconformity);
    auto nc = get(id);
    require(Step::AddAction, nc);
    Action action;
    action.sourceType = std::string(kNonconformityRecordType);
    action.sourceId = id;
    action.description = trimmed(description);
    action.owner = trimmed(owner);
    action.dueDate = trimmed(dueDate);
    auto issues = validate(action);
    if (issues.empty() && action.dueDate < nc.raisedOn)
        issues.push_back(
            {"due", "too_early",
             "the due date " + action.dueDate + " is before the nonconformity was raised (" + nc.raisedOn + ")"});
    if (!issues.empty()) throw ValidationError(std::move(issues));
    action.createdBy = m_ctx.actor();
    action.createdAt = m_ctx.clock().timestamp();

    Nonconformity after = nc;
    after.state = NcState::ActionPlanned;
    auto work = m_ctx.store().begin("plan action for " + nc.code());
    action.id = m_ctx.store().actions().insert(action);
    if (nc.state != after.state) m_ctx.store().nonconformities().update(after);
    record(nc, after, "act",
           action.code() + " (" + action.owner + ", due " + action.dueDate + "): " + action.description);
    work->commit();
    return action;
}

Action NonconformityService::implementAction(NonconformityId id, ActionId actionId, const std::string& on,
                                             const std::string& note) {
    security::require(m_ctx.store(), security::Permission::RespondToNonconformity);
    auto nc = get(id);
    require(Step::ImplementAction, nc);
    auto all = actions(id);
    auto it = std::find_if(all.begin(), all.end(), [&](const Action& a) { return a.id == actionId; });
    if (it == all.end()) {
        Action probe;
        probe.id = actionId;
        throw NotFoundError(nc.code() + " has no action " + probe.code());
    }
    Action action = *it;
    if (action.status != ActionStatus::Open)
        throw RefusedError("action_not_open",
                           "action " + action.code() + " was already implemented on " + action.implementedOn);
    action.implementedOn = dateOrToday(on, "on", nc.raisedOn, "the nonconformity was raised");
    action.status = ActionStatus::Implemented;
    action.implementedBy = m_ctx.actor();
    action.implementationNote = trimmed(note);

    bool othersOpen = std::any_of(all.begin(), all.end(),
                                  [&](const Action& a) { return a.id != actionId && a.status == ActionStatus::Open; });
    Nonconformity after = nc;
    if (!othersOpen) after.state = NcState::Implemented;
    auto work = m_ctx.store().begin("implement " + action.code() + " of " + nc.code());
    m_ctx.store().actions().update(action);
    if (after.state != nc.state) m_ctx.store().nonconformities().update(after);
    record(nc, after, "implement",
           action.code() + (action.implementationNote.empty() ? "" : ": " + action.implementationNote));
    work->commit();
    return action;
}

Nonconformity NonconformityService::verify(NonconformityId id, bool effective, const std::string& evidence,
                                           const std::string& on) {
    security::require(m_ctx.store(), security::Permission::VerifyNonconformity);
    auto nc = get(id);
    require(Step::Verify, nc);
    auto text = trimmed(evidence);
    requireText(text, "evidence", "record the evidence on which effectiveness was judged");
    std::string lastImplemented;
    for (const auto& action : actions(id)) lastImplemented = std::max(lastImplemented, action.implementedOn);
    auto date = dateOrToday(on, "on", lastImplemented, "the last corrective action was implemented");

    Nonconformity after = nc;
    if (effective) {
        after.state = NcState::Verified;
        after.verifiedBy = m_ctx.actor();
        after.verifiedOn = date;
        after.verificationEvidence = text;
    } else {
        // Not effective: the cause was not removed, so it is analysed again and more is planned.
        after.state = NcState::CauseAnalysed;
    }
    auto work = m_ctx.store().begin("verify effectiveness of " + nc.code());
    m_ctx.store().nonconformities().update(after);
    record(nc, after, effective ? "verify" : "verify_failed", date + ": " + text);
    work->commit();
    return after;
}

Nonconformity NonconformityService::close(NonconformityId id) {
    security::require(m_ctx.store(), security::Permission::VerifyNonconformity);
    auto nc = get(id);
    require(Step::Close, nc);
    Nonconformity after = nc;
    after.state = NcState::Closed;
    after.closedBy = m_ctx.actor();
    after.closedOn = dateOrToday({}, "on", nc.verifiedOn, "effectiveness was verified");
    auto work = m_ctx.store().begin("close " + nc.code());
    m_ctx.store().nonconformities().update(after);
    record(nc, after, "close", {});
    work->commit();
    return after;
}

Nonconformity NonconformityService::reopen(NonconformityId id, const std::string& reason) {
    security::require(m_ctx.store(), security::Permission::VerifyNonconformity);
    auto nc = get(id);
    require(Step::Reopen, nc);
    auto why = trimmed(reason);
    requireText(why, "reason", "give the reason for reopening (e.g. the problem recurred)");
    Nonconformity draft;
    draft.source = nc.source;
    draft.clauseId = nc.clauseId;
    draft.severity = nc.severity;
    draft.description = nc.description;
    draft.subject = nc.subject;
    draft.finding = nc.finding;
    draft.reopenOf = nc.id;
    draft.reopenReason = why;
    auto work = m_ctx.store().begin("reopen " + nc.code());
    auto next = raise(draft);
    // The closed record is frozen, but its history may say where it continues.
    record(nc, nc, "reopened_as", next.code() + ": " + why);
    work->commit();
    return next;
}

}  // namespace cnms
