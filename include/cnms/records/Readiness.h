// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ClauseCatalogue.h"

/**
 * Readiness for audit, clause by clause, computed from the catalogue's required records and the
 * evidence that capabilities report through RecordEvidenceProvider. No clause number appears in
 * the rules: a clause's requirements are the catalogue's `records`, each typed by record type.
 */
namespace cnms::records {

/** Restricts a requirement to records whose enum field has one of some values (see guidance JSON). */
struct RecordFilter {
    std::string field;
    std::vector<std::string> values;
};

/** What a provider is asked: evidence of one record type, as of one day. */
struct EvidenceQuery {
    std::string recordType;
    std::string today;  ///< YYYY-MM-DD
    std::optional<RecordFilter> filter;
};

/** How much of one record type the project holds. */
struct Evidence {
    int present = 0;   ///< current records (not superseded, not withdrawn/obsolete ...)
    int approved = 0;  ///< of those, approved where approval applies (else equal to present)
    int overdue = 0;   ///< of those, past a due date (calibration, review, evaluation, action ...)
};

/**
 * Implemented by each capability for the record types it owns (registers, sites, inventory,
 * audits ...) and registered with the ReadinessService, so readiness picks up a new capability
 * by registration and never by a clause number in code.
 */
class RecordEvidenceProvider {
public:
    virtual ~RecordEvidenceProvider() = default;
    /** The catalogue record types this provider answers for. */
    virtual std::vector<std::string> recordTypes() const = 0;
    virtual Evidence evidence(const EvidenceQuery& query) const = 0;
};

enum class ReadinessStatus { Met, PartlyMet, Missing };
std::string_view toString(ReadinessStatus s);  ///< met, partly_met, missing

/** Why one required record is not in place. */
enum class Gap {
    None,        ///< present, approved, not overdue
    Missing,     ///< no current record of the type (or none matching the filter)
    Unapproved,  ///< records exist but none is approved
    Overdue,     ///< a record is past its due date
    NotTracked,  ///< no capability of this build provides the record type yet
};
std::string_view toString(Gap g);

/** One record the catalogue requires for a clause and what the project has of it. */
struct RequirementReadiness {
    ClauseRecord record;  ///< the catalogue's requirement (id, kind, zh/en text, record type)
    std::optional<RecordFilter> filter;
    Evidence evidence;
    Gap gap = Gap::Missing;
};

/** A leaf clause's readiness. */
struct ClauseReadiness {
    std::string clauseId;
    std::string parent;
    std::string titleZh, titleEn;
    Pdca pdca = Pdca::Plan;
    ReadinessStatus status = ReadinessStatus::Missing;
    std::vector<RequirementReadiness> requirements;
    /** The record type of the first gap: the register or page that fixes it (empty when met). */
    std::string fixRecordType;
};

/** A grouping clause (4 ... 10, 7.1, 7.5) aggregated over its leaf clauses. */
struct GroupReadiness {
    std::string clauseId;
    std::string titleZh, titleEn;
    Pdca pdca = Pdca::Plan;
    int met = 0, partlyMet = 0, missing = 0;
    double percent = 0.0;
    ReadinessStatus status = ReadinessStatus::Missing;
};

/** Overall readiness: leaf clauses in catalogue order, groups, and the readiness percentage. */
struct ReadinessReport {
    std::string today;
    std::vector<ClauseReadiness> clauses;
    std::vector<GroupReadiness> groups;
    int met = 0, partlyMet = 0, missing = 0;
    double percent = 0.0;  ///< (met + 0.5 × partly met) / leaf clauses × 100

    const ClauseReadiness* clause(std::string_view id) const;
    const GroupReadiness* group(std::string_view id) const;
    /** Percentage over the leaf clauses of one PDCA phase (for the home page's wheel). */
    double phasePercent(Pdca phase) const;
};

/** Computes readiness from the catalogue and the registered providers. */
class ReadinessService {
public:
    /** `filters` map catalogue record ids (e.g. "7.5.3-R2") to a narrowing of their record type. */
    explicit ReadinessService(const ClauseCatalogue& catalogue = ClauseCatalogue::shipped());

    /** Registers a provider; a later provider for the same record type replaces the earlier one. */
    void addProvider(std::shared_ptr<const RecordEvidenceProvider> provider);
    /** Narrows one catalogue requirement to some records of its type. */
    void setFilter(std::string recordId, RecordFilter filter);
    /** The record types some provider answers for. */
    std::vector<std::string> trackedRecordTypes() const;

    ReadinessReport evaluate(std::string_view today) const;

private:
    const RecordEvidenceProvider* providerFor(std::string_view type) const;
    const ClauseCatalogue& m_catalogue;
    std::vector<std::shared_ptr<const RecordEvidenceProvider>> m_providers;
    std::vector<std::pair<std::string, RecordFilter>> m_filters;
};

}  // namespace cnms::records
