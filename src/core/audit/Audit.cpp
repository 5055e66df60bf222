// SPDX-License-Identifier: MIT
#include "cnms/audit/Audit.h"

#include <set>

#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"

namespace cnms {
namespace {
bool blank(std::string_view s) { return text::trim(s).empty(); }

void checkDate(std::vector<FieldIssue>& issues, const std::string& value, const char* field, const char* what) {
    if (value.empty())
        issues.push_back({field, "required", std::string("the ") + what + " is required (YYYY-MM-DD)"});
    else if (!iso_date::isValid(value))
        issues.push_back(
            {field, "date_invalid", std::string("the ") + what + " '" + value + "' is not a date (YYYY-MM-DD)"});
}
}  // namespace

std::string_view toString(AuditStatus status) {
    switch (status) {
        case AuditStatus::Planned: return "planned";
        case AuditStatus::InProgress: return "in_progress";
        case AuditStatus::Completed: return "completed";
    }
    return "planned";
}

std::optional<AuditStatus> auditStatusFromString(std::string_view text) {
    for (auto s : {AuditStatus::Planned, AuditStatus::InProgress, AuditStatus::Completed})
        if (toString(s) == text) return s;
    return std::nullopt;
}

std::vector<Auditor> Audit::auditors() const {
    std::vector<Auditor> all{lead};
    all.insert(all.end(), team.begin(), team.end());
    return all;
}

std::vector<FieldIssue> validate(const Audit& audit) {
    std::vector<FieldIssue> issues;
    if (blank(audit.title)) issues.push_back({"title", "required", "the audit needs a title"});
    if (blank(audit.objective)) issues.push_back({"objective", "required", "the audit needs an objective"});
    if (blank(audit.criteria))
        issues.push_back({"criteria", "required", "the audit needs criteria (the standard, procedures, obligations)"});
    if (audit.clauses.empty())
        issues.push_back({"clauses", "required", "the audit's scope must include at least one clause"});
    checkDate(issues, audit.startDate, "start", "start date");
    checkDate(issues, audit.endDate, "end", "end date");
    if (iso_date::isValid(audit.startDate) && iso_date::isValid(audit.endDate) && audit.endDate < audit.startDate)
        issues.push_back({"end", "before_start",
                          "the audit ends (" + audit.endDate + ") before it starts (" + audit.startDate + ")"});
    if (blank(audit.lead.name)) issues.push_back({"lead", "required", "the audit needs a lead auditor"});
    std::set<std::string, std::less<>> names;
    if (!blank(audit.lead.name)) names.insert(std::string(text::trim(audit.lead.name)));
    for (std::size_t i = 0; i < audit.team.size(); ++i) {
        std::string field = "team[" + std::to_string(i) + "]";
        auto name = std::string(text::trim(audit.team[i].name));
        if (name.empty())
            issues.push_back({field, "required", "every auditor of the team needs a name"});
        else if (!names.insert(name).second)
            issues.push_back({field, "duplicate", name + " is named twice in the audit team"});
    }
    for (std::size_t i = 0; i < audit.processes.size(); ++i)
        if (blank(audit.processes[i].name))
            issues.push_back(
                {"processes[" + std::to_string(i) + "]", "required", "every audited process needs a name"});
    for (std::size_t i = 0; i < audit.auditees.size(); ++i)
        if (blank(audit.auditees[i]))
            issues.push_back({"auditees[" + std::to_string(i) + "]", "required", "an auditee's name is empty"});
    return issues;
}

}  // namespace cnms
