// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

namespace cnms {

using AuditProgrammeId = std::int64_t;
using AuditId = std::int64_t;

/** The internal audit programme of one calendar year: why the year's audits are what they are. */
struct AuditProgramme {
    AuditProgrammeId id = 0;
    int year = 0;
    std::string objectives;  ///< what the year's audits are to establish
    std::string rationale;   ///< why audits fall where they do: importance, changes, earlier results

    bool operator==(const AuditProgramme&) const = default;
};

/** A member of the audit team, with the department they belong to (for the independence check). */
struct Auditor {
    std::string name;
    std::string department;

    bool operator==(const Auditor&) const = default;
};

/** A process or function in an audit's scope, its department and the person responsible for it. */
struct AuditedProcess {
    std::string name;
    std::string department;
    std::string owner;

    bool operator==(const AuditedProcess&) const = default;
};

/** An auditor's conflict of independence, acknowledged with a reason before the audit was planned. */
struct IndependenceDeclaration {
    std::string auditor;
    std::string conflict;  ///< the warning as it was shown
    std::string reason;    ///< why the auditor audits anyway, and how objectivity is kept
    std::string acknowledgedBy;
    std::string acknowledgedAt;  ///< ISO 8601 UTC

    bool operator==(const IndependenceDeclaration&) const = default;
};

enum class AuditStatus { Planned, InProgress, Completed };

std::string_view toString(AuditStatus status);
std::optional<AuditStatus> auditStatusFromString(std::string_view text);

/**
 * One internal audit: plan (objective, criteria, scope, dates, team), its status and, once
 * completed, its conclusion. A completed audit is read-only; its checklist lives in
 * ChecklistItem records.
 */
struct Audit {
    AuditId id = 0;
    std::string code;  ///< e.g. "IA-2025-01", assigned when planned
    AuditProgrammeId programmeId = 0;
    std::string title;
    std::string objective;
    std::string criteria;
    std::string rationale;             ///< why this audit, now (importance, earlier results)
    std::string clauseSelection;       ///< as the auditor wrote it, e.g. "4-10" or "6.2,9.4"
    std::vector<std::string> clauses;  ///< the catalogue's leaf clauses the selection resolved to
    std::vector<std::string> sites;    ///< site codes
    std::vector<AuditedProcess> processes;
    std::string startDate;  ///< YYYY-MM-DD
    std::string endDate;
    Auditor lead;
    std::vector<Auditor> team;  ///< further auditors, not including the lead
    std::vector<std::string> auditees;
    std::vector<IndependenceDeclaration> independence;
    AuditStatus status = AuditStatus::Planned;
    std::string conclusion;
    std::string completedBy;
    std::string completedOn;  ///< YYYY-MM-DD
    std::string createdBy;
    std::string createdAt;

    bool operator==(const Audit&) const = default;
    /** The lead followed by the team. */
    std::vector<Auditor> auditors() const;
    bool isCompleted() const { return status == AuditStatus::Completed; }
};

/**
 * Every problem with the plan's own fields: title, objective, criteria, scope, dates, lead and
 * team names. Scope resolution and site existence are checked by AuditPlanService.
 */
std::vector<FieldIssue> validate(const Audit& audit);

}  // namespace cnms
