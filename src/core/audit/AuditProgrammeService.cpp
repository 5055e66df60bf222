// SPDX-License-Identifier: MIT
#include "cnms/audit/AuditProgrammeService.h"

#include <algorithm>

#include "cnms/audit/ClauseSelection.h"
#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms {
namespace {
constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

void checkYear(int year) {
    if (year < kFirstYear || year > kLastYear)
        throw ValidationError({{"year", "out_of_range",
                                "the programme year must be between " + std::to_string(kFirstYear) + " and " +
                                    std::to_string(kLastYear)}});
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

std::vector<std::string> ProgrammeCoverage::uncoveredClauses() const {
    std::vector<std::string> out;
    for (const auto& c : clauses)
        if (!c.covered()) out.push_back(c.clauseId);
    return out;
}

std::vector<std::string> ProgrammeCoverage::uncoveredSites() const {
    std::vector<std::string> out;
    for (const auto& s : sites)
        if (!s.covered()) out.push_back(s.siteCode);
    return out;
}

std::vector<AuditProgramme> AuditProgrammeService::programmes() const { return m_ctx.store().auditProgrammes().list(); }

AuditProgramme AuditProgrammeService::ensure(int year) {
    security::require(m_ctx.store(), security::Permission::ManageAudits);
    checkYear(year);
    auto& repo = m_ctx.store().auditProgrammes();
    if (auto existing = repo.findByYear(year)) return *existing;
    AuditProgramme programme;
    programme.year = year;
    auto work = m_ctx.store().begin("create audit programme " + std::to_string(year));
    programme.id = repo.insert(programme);
    work->commit();
    return programme;
}

AuditProgramme AuditProgrammeService::save(int year, const std::string& objectives, const std::string& rationale) {
    security::require(m_ctx.store(), security::Permission::ManageAudits);
    checkYear(year);
    auto& repo = m_ctx.store().auditProgrammes();
    AuditProgramme programme = repo.findByYear(year).value_or(AuditProgramme{0, year, {}, {}});
    programme.objectives = std::string(text::trim(objectives));
    programme.rationale = std::string(text::trim(rationale));
    auto work = m_ctx.store().begin("edit audit programme " + std::to_string(year));
    if (programme.id == 0)
        programme.id = repo.insert(programme);
    else
        repo.update(programme);
    work->commit();
    return programme;
}

ProgrammeCoverage AuditProgrammeService::coverage(int year) const {
    auto& store = m_ctx.store();
    ProgrammeCoverage cov;
    cov.year = year;
    cov.programme = store.auditProgrammes().findByYear(year);
    if (cov.programme) cov.audits = store.audits().listByProgramme(cov.programme->id);
    for (const auto& id : leafClauses(m_catalogue)) {
        auto clause = m_catalogue.find(id);
        ClauseCoverage c{id, clause->titleZh, clause->titleEn, {}};
        for (const auto& audit : cov.audits)
            if (contains(audit.clauses, id)) c.audits.push_back(audit.code);
        cov.clauses.push_back(std::move(c));
    }
    for (const auto& site : store.sites().list()) {
        SiteCoverage s{site.code, site.name, {}};
        for (const auto& audit : cov.audits)
            if (contains(audit.sites, site.code)) s.audits.push_back(audit.code);
        cov.sites.push_back(std::move(s));
    }
    return cov;
}

}  // namespace cnms
