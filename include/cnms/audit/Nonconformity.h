// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/audit/Audit.h"
#include "cnms/audit/ChecklistItem.h"
#include "cnms/core/RecordRef.h"

namespace cnms {

using NonconformityId = std::int64_t;

/** Where a nonconformity was found. */
enum class NcSource { Audit, Monitoring, ComplianceEvaluation, Complaint, ManagementReview, Other };
enum class NcSeverity { Major, Minor };

/**
 * The corrective-action workflow, in order. Each state is reached only from the one before it
 * (see NcWorkflow); Closed is final: a recurrence reopens it as a new, linked nonconformity.
 */
enum class NcState { Raised, Contained, CauseAnalysed, ActionPlanned, Implemented, Verified, Closed };

/** Fishbone categories for the root cause. */
enum class CauseCategory { People, Method, Equipment, Material, Measurement, Environment, Management };

std::string_view toString(NcSource source);
std::optional<NcSource> ncSourceFromString(std::string_view text);
std::string_view toString(NcSeverity severity);
std::optional<NcSeverity> ncSeverityFromString(std::string_view text);
std::string_view toString(NcState state);
std::optional<NcState> ncStateFromString(std::string_view text);
std::string_view toString(CauseCategory category);
std::optional<CauseCategory> causeCategoryFromString(std::string_view text);
/** Every state / category in order, for pick lists. */
const std::vector<NcState>& allNcStates();
const std::vector<CauseCategory>& allCauseCategories();

/** The audit finding a nonconformity was raised from. */
struct FindingLink {
    AuditId auditId = 0;
    ChecklistItemId itemId = 0;

    bool operator==(const FindingLink&) const = default;
};

/** A nonconformity (不符合) and everything recorded about it on the way to closure. */
struct Nonconformity {
    NonconformityId id = 0;
    NcSource source = NcSource::Other;
    std::string clauseId;
    NcSeverity severity = NcSeverity::Minor;
    std::string description;
    std::optional<RecordRef> subject;    ///< the record the NC is about, if any
    std::optional<FindingLink> finding;  ///< set when raised from an audit
    std::string raisedBy;
    std::string raisedOn;  ///< YYYY-MM-DD
    NcState state = NcState::Raised;
    // Correction / containment
    std::string correction;
    std::string containedBy;
    std::string containedOn;
    // Root-cause analysis
    std::vector<std::string> whys;  ///< 1 to 5 answers to "why?", the last nearest the root
    std::optional<CauseCategory> causeCategory;
    std::string rootCause;
    std::string analysedBy;
    std::string analysedOn;
    // Effectiveness verification (the latest successful one)
    std::string verifiedBy;
    std::string verifiedOn;
    std::string verificationEvidence;
    // Closure
    std::string closedBy;
    std::string closedOn;
    // Reopening: this NC continues an earlier, closed one
    std::optional<NonconformityId> reopenOf;
    std::string reopenReason;

    bool operator==(const Nonconformity&) const = default;
    /** "NC-0007": how the NC is shown to people. */
    std::string code() const;
    bool isClosed() const { return state == NcState::Closed; }
};

/** One step of a nonconformity's history, in the order it happened; never changed afterwards. */
struct NcEvent {
    std::int64_t id = 0;
    NonconformityId ncId = 0;
    std::string at;  ///< ISO 8601 UTC
    std::string actor;
    std::string step;  ///< raise, contain, cause, act, implement, verify, verify_failed, close, reopen
    std::optional<NcState> fromState;
    NcState toState = NcState::Raised;
    std::string note;

    bool operator==(const NcEvent&) const = default;
};

/** Every problem with the fields given when raising: clause, description, dates. */
std::vector<FieldIssue> validateRaise(const Nonconformity& nc);

/** The record type under which NC actions are kept in the shared actions register. */
constexpr std::string_view kNonconformityRecordType = "nonconformity";

}  // namespace cnms
