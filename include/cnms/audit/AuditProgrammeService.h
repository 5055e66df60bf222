// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/ServiceContext.h"

namespace cnms {

/** Which of a year's audits cover one leaf clause. */
struct ClauseCoverage {
    std::string clauseId;
    std::string titleZh;
    std::string titleEn;
    std::vector<std::string> audits;  ///< codes
    bool covered() const { return !audits.empty(); }
};

/** Which of a year's audits visit one site. */
struct SiteCoverage {
    std::string siteCode;
    std::string siteName;
    std::vector<std::string> audits;
    bool covered() const { return !audits.empty(); }
};

/** A year's programme with what its audits cover and what they leave out. */
struct ProgrammeCoverage {
    int year = 0;
    std::optional<AuditProgramme> programme;
    std::vector<Audit> audits;
    std::vector<ClauseCoverage> clauses;  ///< every leaf clause of the catalogue, in order
    std::vector<SiteCoverage> sites;      ///< every site of the organization

    std::vector<std::string> uncoveredClauses() const;
    std::vector<std::string> uncoveredSites() const;
    /** Every clause is covered at least once in the year (the project's rule). */
    bool clausesComplete() const { return uncoveredClauses().empty(); }
};

/** The yearly audit programme: its objectives and its coverage of clauses and sites. */
class AuditProgrammeService {
public:
    explicit AuditProgrammeService(ServiceContext ctx, const ClauseCatalogue& catalogue = ClauseCatalogue::shipped())
        : m_ctx(std::move(ctx)), m_catalogue(catalogue) {}

    std::vector<AuditProgramme> programmes() const;
    /** The programme of `year`, stored empty first when there is none. */
    AuditProgramme ensure(int year);
    /**
     * Sets a year's objectives and rationale (creating the programme if needed); the year must be
     * between 2000 and 2100. Returns the stored programme.
     */
    AuditProgramme save(int year, const std::string& objectives, const std::string& rationale);
    /** What the audits planned for `year` cover; clauses of cancelled audits do not count. */
    ProgrammeCoverage coverage(int year) const;

private:
    ServiceContext m_ctx;
    const ClauseCatalogue& m_catalogue;
};

}  // namespace cnms
