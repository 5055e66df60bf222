// SPDX-License-Identifier: MIT
#include "cnms/dashboard/DashboardSummary.h"

#include <algorithm>
#include <map>
#include <set>

#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/audit/Audit.h"
#include "cnms/audit/AuditPorts.h"
#include "cnms/audit/Nonconformity.h"
#include "cnms/core/Action.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/RegisterService.h"
#include "cnms/records/Today.h"

namespace cnms::dashboard {
namespace {

using accounting::Inventory;

/** Emissions inside a target's coverage: its scopes, else its ISO categories, else the total. */
double covered(const Inventory& inv, const neutrality::Target& target) {
    if (!target.scopes.empty()) {
        double sum = 0;
        for (int s : target.scopes)
            if (s >= 1 && s <= 3) sum += inv.scopeTco2e(s);
        return sum;
    }
    if (!target.categories.empty()) {
        double sum = 0;
        for (int c : target.categories)
            if (c >= 1 && c <= 6) sum += inv.categoryTco2e(c);
        return sum;
    }
    return inv.totalTco2e;
}

std::string coverageText(const neutrality::Target& target) {
    auto join = [](const std::vector<int>& values, const char* sep) {
        std::string out;
        for (int v : values) out += (out.empty() ? "" : sep) + std::to_string(v);
        return out;
    };
    if (!target.scopes.empty()) return "scope " + join(target.scopes, "+");
    if (!target.categories.empty()) return "ISO categories " + join(target.categories, ",");
    return "total";
}

/** The first absolute target: intensity targets need a denominator the project does not record. */
std::optional<neutrality::Target> firstAbsoluteTarget(ProjectStore& store) {
    for (const auto& t : store.targets().list())
        if (t.kind == neutrality::TargetKind::Absolute) return t;
    return std::nullopt;
}

void gatherEmissions(ProjectStore& store, DashboardSummary& out) {
    std::vector<int> years = store.activities().years();
    std::sort(years.begin(), years.end());
    years.erase(std::remove_if(years.begin(), years.end(),
                               [&](int y) { return store.activities().countInYear(y) == 0; }),
                years.end());
    if (years.empty()) return;

    accounting::InventoryService service(store);
    auto target = firstAbsoluteTarget(store);
    std::map<int, Inventory> inventories;
    for (int y : years) {
        Inventory inv = service.inventory(y, std::nullopt, accounting::resolveDenominators(store, y).organization);
        YearPoint p;
        p.year = y;
        p.totalTco2e = inv.totalTco2e;
        for (int s = 1; s <= 3; ++s) p.scopeTco2e[s - 1] = inv.scopeTco2e(s);
        if (target) {
            p.coveredTco2e = covered(inv, *target);
            p.trajectoryTco2e = target->line().trajectory(y);
        }
        out.years.push_back(p);
        inventories.emplace(y, std::move(inv));
    }

    const YearPoint& latest = out.years.back();
    EmissionsStatus e;
    e.year = latest.year;
    e.totalTco2e = latest.totalTco2e;
    if (out.years.size() > 1) {
        const YearPoint& previous = out.years[out.years.size() - 2];
        e.previousYear = previous.year;
        e.previousTotalTco2e = previous.totalTco2e;
        if (previous.totalTco2e != 0)
            e.changePct = (latest.totalTco2e - previous.totalTco2e) / previous.totalTco2e * 100.0;
    }
    const auto& latestInventory = inventories.at(latest.year);
    if (const auto& i = latestInventory.intensityPerOutput) {
        e.intensityPerOutput = i->totalPerUnit;
        e.outputUnit = i->base.unit;
    }
    if (const auto& i = latestInventory.intensityPerRevenue) {
        e.intensityPerRevenue = i->totalPerUnit;
        e.revenueUnit = i->base.unit;
    }
    out.emissions = e;
    if (latest.totalTco2e > 0) {
        std::vector<double> shares;
        for (double s : latest.scopeTco2e) shares.push_back(s / latest.totalTco2e * 100.0);
        out.scopeSharesPct = shares;
    }

    if (target) {
        TargetStatus t;
        t.name = target->name;
        t.baseYear = target->baseYear;
        t.baseValueTco2e = target->baseValue;
        t.targetYear = target->targetYear;
        t.targetValueTco2e = target->line().targetValue();
        t.reductionPct = target->reductionPct;
        t.neutralityYear = target->neutralityYear;
        t.year = latest.year;
        t.actualTco2e = *latest.coveredTco2e;
        t.trajectoryTco2e = *latest.trajectoryTco2e;
        t.onTrack = t.actualTco2e <= t.trajectoryTco2e;
        t.coverage = coverageText(*target);
        out.target = t;
    }

    // The balance with `cnms neutrality`'s defaults (see NeutralityStatus).
    const int year = latest.year;
    const auto targets = store.targets().list();
    const int baseYear = targets.empty() ? 0 : targets.front().baseYear;
    double baseEmissions = 0;
    bool firstPeriod = true;
    if (baseYear && baseYear < year && inventories.count(baseYear)) {
        baseEmissions = inventories.at(baseYear).totalTco2e;
        firstPeriod = false;
    }
    const neutrality::ClaimPeriod claim{year, year - 5, year, std::to_string(year + 1) + "-06-30"};
    const auto balance = neutrality::NeutralityService(store).evaluate(latest.totalTco2e, baseEmissions, claim);
    const auto& latestInv = inventories.at(year);
    const std::size_t sites = store.sites().list().size();
    const std::size_t withData = latestInv.bySiteTco2e.size();
    const neutrality::InventoryFacts facts{withData >= sites, {}, firstPeriod};
    const auto checklist = neutrality::claimChecklist(balance, targets, facts);
    NeutralityStatus n;
    n.year = year;
    n.boundaryTco2e = balance.boundaryEmissionsTco2e;
    n.creditsCountedTco2e = balance.offsetsAcceptedTco2e;
    n.netTco2e = balance.netEmissionsTco2e;
    n.carbonNeutral = balance.carbonNeutral;
    n.creditsRefused = static_cast<int>(balance.refused.size());
    n.checklistItems = static_cast<int>(checklist.size());
    n.checklistMet = static_cast<int>(std::count_if(checklist.begin(), checklist.end(), [](const auto& i) { return i.met; }));
    out.neutrality = n;
}

void gatherReadiness(ProjectStore& store, DashboardSummary& out) {
    const auto report = records::projectReadiness(store).evaluate(out.today);
    out.readiness = {report.percent, report.met, report.partlyMet, report.missing, static_cast<int>(report.clauses.size())};

    // First steps: the profile, the sites and the data come before anything else a clause asks;
    // after them the gaps in catalogue order.
    std::vector<FirstStep> gaps;
    std::set<std::string> seen;
    for (const auto& clause : report.clauses) {
        for (const auto& r : clause.requirements) {
            if (r.gap == records::Gap::None || r.gap == records::Gap::NotTracked) continue;  // nothing to add there
            if (seen.insert(r.record.recordType).second) gaps.push_back({r.record.recordType, clause.clauseId});
        }
    }
    const std::vector<std::string> basics = {"organization", "site", "activity_data"};
    std::stable_sort(gaps.begin(), gaps.end(), [&](const FirstStep& a, const FirstStep& b) {
        auto rank = [&](const std::string& t) {
            return std::find(basics.begin(), basics.end(), t) - basics.begin();
        };
        return rank(a.recordType) < rank(b.recordType);
    });
    out.firstSteps = gaps;
}

void gatherFollowUp(ProjectStore& store, DashboardSummary& out) {
    const auto actions = store.actions().list();
    std::set<std::int64_t> ncsWithOverdueAction;
    for (const auto& a : actions) {
        if (a.status != ActionStatus::Open) continue;
        ++out.followUp.openActions;
        if (a.isOverdue(out.today)) {
            ++out.followUp.overdueActions;
            if (a.sourceType == kNonconformityRecordType) ncsWithOverdueAction.insert(a.sourceId);
        }
    }
    for (const auto& nc : store.nonconformities().list()) {
        if (nc.isClosed()) continue;
        ++out.followUp.openNonconformities;
        if (ncsWithOverdueAction.count(nc.id)) ++out.followUp.overdueNonconformities;
    }
}

void gatherNextAudit(ProjectStore& store, DashboardSummary& out) {
    std::optional<Audit> next;
    for (const auto& a : store.audits().list()) {
        if (a.isCompleted() || a.startDate.empty()) continue;
        if (!next || a.startDate < next->startDate) next = a;
    }
    if (!next) return;
    NextAudit n;
    n.code = next->code;
    n.title = next->title;
    n.startDate = next->startDate;
    n.daysUntil = records::dates::daysBetween(out.today, next->startDate).value_or(0);
    n.inProgress = next->status == AuditStatus::InProgress;
    out.nextAudit = n;
}

void gatherCalibration(ProjectStore& store, DashboardSummary& out) {
    const auto* schema = records::RegisterSchemas::shipped().find("measuring_instrument");
    if (!schema || schema->dueField.empty()) return;
    const std::string soon = records::dates::addDays(out.today, DashboardSummary::kDueSoonDays).value_or(out.today);
    CalibrationStatus c;
    for (const auto& r : store.registers().list(schema->type, false)) {
        if (!records::RegisterService::isCurrent(*schema, r)) continue;
        const auto status = r.text(schema->statusField);
        if (std::find(schema->doneStatuses.begin(), schema->doneStatuses.end(), status) != schema->doneStatuses.end())
            continue;  // out of service: not calibrated while it is not used
        const std::string due = r.text(schema->dueField);
        if (due.empty()) continue;
        ++c.instruments;
        if (records::RegisterService::isOverdue(*schema, r, out.today))
            ++c.overdue;
        else if (due <= soon)
            ++c.dueSoon;
        if (!c.nextDueDate || due < *c.nextDueDate) {
            c.nextDueDate = due;
            c.nextInstrument = r.text(schema->titleField);
        }
    }
    if (c.instruments > 0) out.calibration = c;
}

}  // namespace

DashboardSummary summarize(ProjectStore& store, std::string_view today) {
    DashboardSummary out;
    out.today = std::string(today);
    gatherEmissions(store, out);
    gatherReadiness(store, out);
    gatherFollowUp(store, out);
    gatherNextAudit(store, out);
    gatherCalibration(store, out);
    return out;
}

}  // namespace cnms::dashboard
