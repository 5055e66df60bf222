// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ProjectStore.h"

/**
 * The manager's dashboard in numbers: where the management system stands today, gathered from
 * the inventory, neutrality, audit, register and readiness services. Front ends only show it.
 * Every figure that has no data behind it is absent (std::nullopt or an empty list), never zero,
 * so a front end can say what to do instead of printing a zero as if it were a measurement.
 */
namespace cnms::dashboard {

/** One reporting year with activity data: totals by scope and, when a target covers it, the trajectory. */
struct YearPoint {
    int year = 0;
    double totalTco2e = 0;
    double scopeTco2e[3] = {0, 0, 0};  ///< GHG Protocol scopes 1, 2, 3
    /** Emissions inside the first target's coverage (its scopes or ISO categories). */
    std::optional<double> coveredTco2e;
    /** The first target's straight-line trajectory for this year (absolute targets only). */
    std::optional<double> trajectoryTco2e;
};

/** The latest reporting year against the one before it. */
struct EmissionsStatus {
    int year = 0;
    double totalTco2e = 0;
    std::optional<int> previousYear;
    std::optional<double> previousTotalTco2e;
    /** (total − previous) / previous × 100; absent without a previous year or when it was 0. */
    std::optional<double> changePct;
    /** Total tCO2e per unit of output of the year (accounting::resolveDenominators); absent without output figures. */
    std::optional<double> intensityPerOutput;
    std::string outputUnit;  ///< e.g. "t cement"
    /** Total tCO2e per unit of revenue; absent without a revenue figure. */
    std::optional<double> intensityPerRevenue;
    std::string revenueUnit;  ///< e.g. "10^4 CNY"
};

/** The first absolute target against the latest year (clause "targets" of the catalogue). */
struct TargetStatus {
    std::string name;
    int baseYear = 0;
    double baseValueTco2e = 0;
    int targetYear = 0;
    double targetValueTco2e = 0;    ///< base × (1 − reduction): where the line ends
    double reductionPct = 0;
    std::optional<int> neutralityYear;
    int year = 0;                   ///< the latest reporting year
    double actualTco2e = 0;         ///< emissions inside the target's coverage that year
    double trajectoryTco2e = 0;     ///< where the straight line from base to target stands that year
    bool onTrack = false;           ///< actual at or below the trajectory
    std::string coverage;           ///< "scope 1+2", "ISO categories 1,2" or "total"
};

/**
 * The carbon-neutrality balance of the latest year with the same defaults as `cnms neutrality
 * PROJECT --year Y`: boundary = total emissions, vintages Y−5 … Y, credits retired by June 30 of
 * Y+1, reductions against the first target's base year.
 */
struct NeutralityStatus {
    int year = 0;
    double boundaryTco2e = 0;
    double creditsCountedTco2e = 0;  ///< retired credits accepted for the claim
    double netTco2e = 0;             ///< boundary − credits counted
    bool carbonNeutral = false;
    int creditsRefused = 0;
    int checklistMet = 0;
    int checklistItems = 0;
};

/** Readiness for audit (see records::ReadinessService). */
struct ReadinessStatus {
    double percent = 0;
    int met = 0, partlyMet = 0, missing = 0;
    int leafClauses = 0;
};

/** Nonconformities and actions still to be dealt with. */
struct FollowUpStatus {
    int openNonconformities = 0;     ///< not closed
    int overdueNonconformities = 0;  ///< open, with at least one overdue action
    int openActions = 0;             ///< actions register: not yet implemented
    int overdueActions = 0;          ///< open and past their due date
};

/** The next internal audit not yet completed, earliest start first. */
struct NextAudit {
    std::string code;
    std::string title;
    std::string startDate;
    int daysUntil = 0;  ///< negative when it should have started already
    bool inProgress = false;
};

/** Calibration of the measuring instruments in use (the monitoring register's due dates). */
struct CalibrationStatus {
    int instruments = 0;  ///< current instruments with a calibration due date
    int overdue = 0;      ///< due date before today
    int dueSoon = 0;      ///< due today or within the next `kDueSoonDays` days
    /** The earliest due date and the instrument it belongs to. */
    std::optional<std::string> nextDueDate;
    std::string nextInstrument;
};

/** What a manager should do first in a project that has not got that far. */
struct FirstStep {
    std::string recordType;  ///< the catalogue record type whose page to open, e.g. "organization"
    std::string clauseId;    ///< the clause that requires it (from the readiness report)
};

/** Everything the dashboard shows, as of one day. */
struct DashboardSummary {
    static constexpr int kDueSoonDays = 30;

    std::string today;
    std::vector<YearPoint> years;  ///< every year with activity data, ascending
    std::optional<EmissionsStatus> emissions;
    /** The latest year's scope shares in % (sum 100); absent when the year's total is 0. */
    std::optional<std::vector<double>> scopeSharesPct;
    std::optional<TargetStatus> target;
    std::optional<NeutralityStatus> neutrality;
    ReadinessStatus readiness;
    FollowUpStatus followUp;
    std::optional<NextAudit> nextAudit;
    std::optional<CalibrationStatus> calibration;  ///< absent when no instrument has a due date
    /**
     * The record types to add first, each once: the organization profile, sites and activity data
     * before the other gaps of the readiness report (requirements missing, unapproved or overdue)
     * in catalogue order. Front ends show the first few that have a page.
     */
    std::vector<FirstStep> firstSteps;

    /** True when the project holds nothing to chart yet: no activity data and no readiness. */
    bool isEmpty() const { return years.empty() && readiness.met == 0 && readiness.partlyMet == 0; }
};

/** Gathers the summary from the project's services as of `today` (YYYY-MM-DD). */
DashboardSummary summarize(ProjectStore& store, std::string_view today);

}  // namespace cnms::dashboard
