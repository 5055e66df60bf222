// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditJson.h"
#include "cnms/core/JsonNumbers.h"

namespace cnms {
namespace {
template <class T>
nlohmann::json optionalJson(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}
}  // namespace

void to_json(nlohmann::json& j, const RecordRef& ref) { j = {{"type", ref.type}, {"id", ref.id}}; }
void from_json(const nlohmann::json& j, RecordRef& ref) {
    ref.type = j.value("type", "");
    ref.id = j.value("id", "");
}

void to_json(nlohmann::json& j, const FileRef& ref) {
    j = {{"path", ref.path}, {"sha256", ref.sha256}, {"size", ref.size}, {"recorded_at", ref.recordedAt}};
}
void from_json(const nlohmann::json& j, FileRef& ref) {
    ref.path = j.value("path", "");
    ref.sha256 = j.value("sha256", "");
    ref.size = jsonIntegerOr<std::int64_t>(j, "size", 0);
    ref.recordedAt = j.value("recorded_at", "");
}

void to_json(nlohmann::json& j, const Auditor& a) { j = {{"name", a.name}, {"department", a.department}}; }
void from_json(const nlohmann::json& j, Auditor& a) {
    a.name = j.value("name", "");
    a.department = j.value("department", "");
}

void to_json(nlohmann::json& j, const AuditedProcess& p) {
    j = {{"name", p.name}, {"department", p.department}, {"owner", p.owner}};
}
void from_json(const nlohmann::json& j, AuditedProcess& p) {
    p.name = j.value("name", "");
    p.department = j.value("department", "");
    p.owner = j.value("owner", "");
}

void to_json(nlohmann::json& j, const IndependenceDeclaration& d) {
    j = {{"auditor", d.auditor},
         {"conflict", d.conflict},
         {"reason", d.reason},
         {"acknowledged_by", d.acknowledgedBy},
         {"acknowledged_at", d.acknowledgedAt}};
}
void from_json(const nlohmann::json& j, IndependenceDeclaration& d) {
    d.auditor = j.value("auditor", "");
    d.conflict = j.value("conflict", "");
    d.reason = j.value("reason", "");
    d.acknowledgedBy = j.value("acknowledged_by", "");
    d.acknowledgedAt = j.value("acknowledged_at", "");
}

void to_json(nlohmann::json& j, const AuditProgramme& p) {
    j = {{"id", p.id}, {"year", p.year}, {"objectives", p.objectives}, {"rationale", p.rationale}};
}

void to_json(nlohmann::json& j, const Audit& a) {
    j = {{"id", a.id},
         {"code", a.code},
         {"programme_id", a.programmeId},
         {"title", a.title},
         {"objective", a.objective},
         {"criteria", a.criteria},
         {"rationale", a.rationale},
         {"clause_selection", a.clauseSelection},
         {"clauses", a.clauses},
         {"sites", a.sites},
         {"processes", a.processes},
         {"start_date", a.startDate},
         {"end_date", a.endDate},
         {"lead", a.lead},
         {"team", a.team},
         {"auditees", a.auditees},
         {"independence", a.independence},
         {"status", toString(a.status)},
         {"conclusion", a.conclusion},
         {"completed_by", a.completedBy},
         {"completed_on", a.completedOn},
         {"created_by", a.createdBy},
         {"created_at", a.createdAt}};
}

void to_json(nlohmann::json& j, const ChecklistItem& i) {
    j = {{"id", i.id},
         {"audit_id", i.auditId},
         {"ref", i.ref},
         {"seq", i.seq},
         {"clause", i.clauseId},
         {"check_id", i.checkId},
         {"question_zh", i.questionZh},
         {"question_en", i.questionEn},
         {"own", i.own},
         {"result", toString(i.result)},
         {"evidence", i.evidence},
         {"records", i.records},
         {"files", i.files},
         {"answered_by", i.answeredBy},
         {"answered_at", i.answeredAt}};
}

void to_json(nlohmann::json& j, const ClauseScore& s) {
    j = {{"audit_id", s.auditId}, {"clause", s.clauseId}, {"score", s.score}, {"note", s.note}};
}

void to_json(nlohmann::json& j, const FindingCorrection& c) {
    j = {{"id", c.id},
         {"audit_id", c.auditId},
         {"item_id", c.itemId},
         {"item_ref", c.itemRef},
         {"result", toString(c.result)},
         {"evidence", c.evidence},
         {"reason", c.reason},
         {"corrected_by", c.correctedBy},
         {"corrected_at", c.correctedAt},
         {"raised_nonconformity", optionalJson(c.raisedNonconformity)}};
}

void to_json(nlohmann::json& j, const Nonconformity& n) {
    j = {{"id", n.id},
         {"code", n.code()},
         {"source", toString(n.source)},
         {"clause", n.clauseId},
         {"severity", toString(n.severity)},
         {"description", n.description},
         {"subject", optionalJson(n.subject)},
         {"finding", n.finding ? nlohmann::json{{"audit_id", n.finding->auditId}, {"item_id", n.finding->itemId}}
                               : nlohmann::json()},
         {"raised_by", n.raisedBy},
         {"raised_on", n.raisedOn},
         {"state", toString(n.state)},
         {"correction", n.correction},
         {"contained_by", n.containedBy},
         {"contained_on", n.containedOn},
         {"whys", n.whys},
         {"cause_category", n.causeCategory ? nlohmann::json(toString(*n.causeCategory)) : nlohmann::json()},
         {"root_cause", n.rootCause},
         {"analysed_by", n.analysedBy},
         {"analysed_on", n.analysedOn},
         {"verified_by", n.verifiedBy},
         {"verified_on", n.verifiedOn},
         {"verification_evidence", n.verificationEvidence},
         {"closed_by", n.closedBy},
         {"closed_on", n.closedOn},
         {"reopen_of", optionalJson(n.reopenOf)},
         {"reopen_reason", n.reopenReason}};
}

void to_json(nlohmann::json& j, const NcEvent& e) {
    j = {{"id", e.id},
         {"nc_id", e.ncId},
         {"at", e.at},
         {"actor", e.actor},
         {"step", e.step},
         {"from", e.fromState ? nlohmann::json(toString(*e.fromState)) : nlohmann::json()},
         {"to", toString(e.toState)},
         {"note", e.note}};
}

void to_json(nlohmann::json& j, const Action& a) {
    j = {{"id", a.id},
         {"code", a.code()},
         {"source_type", a.sourceType},
         {"source_id", a.sourceId},
         {"description", a.description},
         {"owner", a.owner},
         {"due", a.dueDate},
         {"status", toString(a.status)},
         {"implemented_on", a.implementedOn},
         {"implemented_by", a.implementedBy},
         {"implementation_note", a.implementationNote},
         {"created_by", a.createdBy},
         {"created_at", a.createdAt}};
}

}  // namespace cnms
