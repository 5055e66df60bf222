// SPDX-License-Identifier: MIT
#include "cnms/review/ReviewInputCompiler.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/audit/AuditReport.h"
#include "cnms/core/IsoDate.h"
#include "cnms/neutrality/TargetActual.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::review {
namespace {

/** How many records of one kind a fact list names before it stops; the counts cover all of them. */
constexpr std::size_t kMaxListed = 8;

std::string fixed(double value, int decimals) {
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0.0;  // no "-0.00"
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}
std::string tonnes(double value) { return fixed(value, 2); }

/** A register field's number; absent, null or not a number gives nothing (registers allow all three). */
std::optional<double> numberField(const records::RegisterRecord& rec, const char* field) {
    auto it = rec.fields.find(field);
    if (it == rec.fields.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}
std::string num(std::size_t n) { return std::to_string(n); }

/** The calendar date of a stored date or ISO timestamp. */
std::string dayOf(std::string_view text) { return std::string(text.substr(0, 10)); }

struct Period {
    std::string from, to;
    bool contains(std::string_view dateOrTimestamp) const {
        if (dateOrTimestamp.size() < 10) return false;
        auto day = dayOf(dateOrTimestamp);
        return day >= from && day <= to;
    }
};

ReviewInput previousActions(ProjectStore& store, const ManagementReview& review, const std::string& asOf) {
    ReviewInput in{InputKind::PreviousActions, {}, {}};
    std::map<ReviewId, std::string> meetingOf;
    for (const auto& r : store.managementReviews().list()) meetingOf[r.id] = r.meetingDate;
    std::size_t total = 0, implemented = 0, open = 0, overdue = 0;
    std::vector<ReviewFact> openFacts;
    for (const auto& a : store.actions().list()) {
        if (a.sourceType != kRecordType || a.sourceId == review.id) continue;
        auto it = meetingOf.find(a.sourceId);
        if (it == meetingOf.end() || it->second > review.meetingDate) continue;
        ++total;
        if (a.status == ActionStatus::Implemented) {
            ++implemented;
            continue;
        }
        ++open;
        if (a.isOverdue(asOf)) ++overdue;
        if (openFacts.size() < kMaxListed)
            openFacts.push_back({"previous_action_open", {a.code(), a.description, a.owner, a.dueDate}});
    }
    if (total == 0) {
        in.facts.push_back({"no_previous_actions", {}});
        return in;
    }
    in.facts.push_back({"previous_actions", {num(total), num(implemented), num(open), num(overdue)}});
    in.facts.insert(in.facts.end(), openFacts.begin(), openFacts.end());
    return in;
}

ReviewInput changes(ProjectStore& store, const Period& period) {
    ReviewInput in{InputKind::Changes, {}, {}};
    struct Register {
        const char* type;
        const char* code;
        const char* titleField;
    };
    const Register registers[] = {{"context_issue", "changes_context_issue", "title"},
                                  {"interested_party", "changes_interested_party", "name"},
                                  {"compliance_obligation", "changes_compliance_obligation", "title"},
                                  {"risk_opportunity", "changes_risk_opportunity", "title"}};
    std::vector<ReviewFact> named;
    for (const auto& reg : registers) {
        std::size_t added = 0, changed = 0, current = 0;
        for (const auto& rec : store.registers().list(reg.type)) {
            ++current;
            bool isNewSeries = rec.seriesId == 0 || rec.seriesId == rec.id;
            bool touched = false;
            if (isNewSeries && period.contains(rec.createdAt)) {
                ++added;
                touched = true;
            } else if (period.contains(rec.createdAt) || (period.contains(rec.updatedAt) && rec.updatedAt != rec.createdAt)) {
                ++changed;
                touched = true;
            }
            if (touched && named.size() < kMaxListed) named.push_back({"changed_record", {rec.text(reg.titleField)}});
        }
        in.facts.push_back({reg.code, {num(added), num(changed), num(current)}});
    }
    in.facts.insert(in.facts.end(), named.begin(), named.end());
    return in;
}

/** Emissions a target covers: its scopes, else its categories, else the total. */
double coveredEmissions(const neutrality::Target& target, const accounting::Inventory& inv) {
    double sum = 0;
    if (!target.scopes.empty()) {
        for (int s : target.scopes) sum += inv.scopeTco2e(s);
        return sum;
    }
    if (!target.categories.empty()) {
        for (int c : target.categories) sum += inv.categoryTco2e(c);
        return sum;
    }
    return inv.totalTco2e;
}

ReviewInput carbonPerformance(ProjectStore& store, const Period& period) {
    ReviewInput in{InputKind::CarbonPerformance, {}, {}};
    const int lastYear = iso_date::year(period.to);
    std::vector<int> years;
    for (int y : store.activities().years())
        if (y <= lastYear && store.activities().countInYear(y) > 0) years.push_back(y);
    std::sort(years.begin(), years.end());
    auto targets = store.targets().list();
    if (years.empty()) {
        in.facts.push_back({"no_inventory", {}});
    } else {
        accounting::InventoryService service(store);
        std::map<int, accounting::Inventory> inventories;
        std::map<int, accounting::IntensityDenominators> denominators;
        for (int y : years) {
            denominators.emplace(y, accounting::resolveDenominators(store, y));
            inventories.emplace(y, service.inventory(y, std::nullopt, denominators.at(y).organization));
            in.facts.push_back({"year_total", {std::to_string(y), tonnes(inventories.at(y).totalTco2e)}});
        }
        if (years.size() >= 2) {
            int y = years.back(), prev = years[years.size() - 2];
            double before = inventories.at(prev).totalTco2e, now = inventories.at(y).totalTco2e;
            if (before > 0)
                in.facts.push_back({"year_change", {std::to_string(y), std::to_string(prev),
                                                    fixed((now - before) / before * 100.0, 1)}});
        }
        const auto& last = inventories.at(years.back());
        if (!last.intensityPerOutput && !last.intensityPerRevenue) in.facts.push_back({"intensity_unavailable", {}});
        if (last.intensityPerOutput)
            in.facts.push_back({"intensity_output", {std::to_string(years.back()), fixed(last.intensityPerOutput->totalPerUnit, 4),
                                                     last.intensityPerOutput->base.unit}});
        if (last.intensityPerRevenue)
            in.facts.push_back({"intensity_revenue", {std::to_string(years.back()),
                                                      fixed(last.intensityPerRevenue->totalPerUnit, 4),
                                                      last.intensityPerRevenue->base.unit}});
        if (years.size() >= 2 && last.intensityPerOutput) {
            const auto& before = inventories.at(years[years.size() - 2]).intensityPerOutput;
            // Only a change per the same unit means anything.
            if (before && before->base.unit == last.intensityPerOutput->base.unit && before->totalPerUnit > 0)
                in.facts.push_back({"intensity_change", {std::to_string(years.back()), std::to_string(years[years.size() - 2]),
                                                         fixed((last.intensityPerOutput->totalPerUnit - before->totalPerUnit) /
                                                                   before->totalPerUnit * 100.0, 1)}});
        }

        for (const auto& target : targets) {
            if (target.kind != neutrality::TargetKind::Absolute) {
                // Per unit of the year's figure in the target's unit (neutrality::targetActual).
                std::vector<std::pair<int, double>> actuals;
                for (int y : years)
                    if (y >= target.baseYear)
                        if (auto v = neutrality::targetActual(target, inventories.at(y), denominators.at(y)))
                            actuals.emplace_back(y, *v);
                auto progress = neutrality::progress(target.line(), actuals);
                if (progress.empty()) {
                    in.facts.push_back({"target_not_evaluated", {target.name, std::string(toString(target.kind))}});
                    continue;
                }
                const auto& p = progress.back();
                in.facts.push_back({"target_progress_intensity",
                                    {target.name, std::to_string(p.year), fixed(p.actual, 4), fixed(p.trajectory, 4),
                                     "tCO2e/" + target.intensityUnit, fixed(p.achievedPct, 1)}});
                in.facts.push_back({p.onTrack ? "target_on_track" : "target_off_track", {target.name}});
                continue;
            }
            std::vector<std::pair<int, double>> actuals;
            for (int y : years) actuals.emplace_back(y, coveredEmissions(target, inventories.at(y)));
            auto progress = neutrality::progress(target.line(), actuals);
            if (progress.empty()) {
                in.facts.push_back({"target_not_evaluated", {target.name, std::string(toString(target.kind))}});
                continue;
            }
            const auto& p = progress.back();
            in.facts.push_back({"target_progress", {target.name, std::to_string(p.year), tonnes(p.actual),
                                                    tonnes(p.trajectory), fixed(p.achievedPct, 1)}});
            in.facts.push_back({p.onTrack ? "target_on_track" : "target_off_track", {target.name}});
        }

        // The balance of the last year, with the claim window `cnms neutrality` uses by default.
        const int y = years.back();
        int baseYear = targets.empty() ? 0 : targets.front().baseYear;
        double baseEmissions = (baseYear && baseYear < y && inventories.count(baseYear))
                                   ? inventories.at(baseYear).totalTco2e
                                   : 0.0;
        neutrality::ClaimPeriod claim{y, y - 5, y, std::to_string(y + 1) + "-06-30"};
        auto balance = neutrality::NeutralityService(store).evaluate(last.totalTco2e, baseEmissions, claim);
        in.facts.push_back({"neutrality_balance", {std::to_string(y), tonnes(balance.boundaryEmissionsTco2e),
                                                   tonnes(balance.offsetsAcceptedTco2e),
                                                   tonnes(balance.netEmissionsTco2e)}});
        in.facts.push_back({balance.carbonNeutral ? "neutral_yes" : "neutral_no", {std::to_string(y)}});
    }
    if (targets.empty()) in.facts.push_back({"no_targets", {}});
    auto credits = store.credits().list();
    std::size_t retired = 0;
    double retiredT = 0;
    for (const auto& c : credits)
        if (c.status == neutrality::CreditStatus::Retired) ++retired, retiredT += c.quantityTco2e;
    in.facts.push_back({"credits", {num(credits.size()), num(retired), tonnes(retiredT)}});
    return in;
}

ReviewInput auditResults(ProjectStore& store, const Period& period, std::size_t& ofis) {
    ReviewInput in{InputKind::AuditResults, {}, {}};
    std::size_t completed = 0, pending = 0;
    for (const auto& audit : store.audits().list()) {
        if (!audit.isCompleted()) {
            ++pending;
            continue;
        }
        if (!period.contains(audit.completedOn)) continue;
        ++completed;
        auto report = buildAuditReport(store, audit.id);
        auto count = [&](FindingResult r) { return report.counts.count(r) ? report.counts.at(r) : 0; };
        int ncs = count(FindingResult::MajorNonconformity) + count(FindingResult::MinorNonconformity);
        ofis += static_cast<std::size_t>(count(FindingResult::Improvement));
        in.facts.push_back({"audit_completed", {audit.code, audit.title, audit.completedOn, std::to_string(ncs),
                                                std::to_string(count(FindingResult::Observation)),
                                                std::to_string(count(FindingResult::Improvement))}});
        if (!audit.conclusion.empty()) in.facts.push_back({"audit_conclusion", {audit.code, audit.conclusion}});
    }
    if (completed == 0) in.facts.insert(in.facts.begin(), ReviewFact{"no_audits", {}});
    in.facts.push_back({"audits_planned", {num(pending)}});
    return in;
}

ReviewInput nonconformities(ProjectStore& store, const Period& period, const std::string& asOf) {
    ReviewInput in{InputKind::Nonconformities, {}, {}};
    std::size_t raised = 0, closed = 0, open = 0;
    std::vector<ReviewFact> openFacts;
    for (const auto& nc : store.nonconformities().list()) {
        if (period.contains(nc.raisedOn)) ++raised;
        if (nc.isClosed()) {
            if (period.contains(nc.closedOn)) ++closed;
            continue;
        }
        ++open;
        if (openFacts.size() < kMaxListed)
            openFacts.push_back({"nc_open", {nc.code(), std::string(toString(nc.severity)),
                                             std::string(toString(nc.state)), nc.description}});
    }
    in.facts.push_back({"nc_summary", {num(raised), num(closed), num(open)}});
    in.facts.insert(in.facts.end(), openFacts.begin(), openFacts.end());
    std::size_t actionsOpen = 0, overdue = 0;
    for (const auto& a : store.actions().list()) {
        if (a.sourceType != "nonconformity" || a.status != ActionStatus::Open) continue;
        ++actionsOpen;
        if (a.isOverdue(asOf)) ++overdue;
    }
    in.facts.push_back({"corrective_actions", {num(actionsOpen), num(overdue)}});
    return in;
}

ReviewInput complianceEvaluation(ProjectStore& store, const Period& period, const std::string& asOf) {
    ReviewInput in{InputKind::ComplianceEvaluation, {}, {}};
    std::size_t total = 0;
    std::map<std::string, std::size_t> byResult;
    std::vector<ReviewFact> findings;
    for (const auto& rec : store.registers().list("compliance_evaluation")) {
        if (!period.contains(rec.text("evaluated_on"))) continue;
        ++total;
        auto result = rec.text("result");
        ++byResult[result];
        if (result != "compliant" && findings.size() < kMaxListed)
            findings.push_back({"compliance_finding", {rec.text("title")}});
    }
    in.facts.push_back({"compliance_summary", {num(total), num(byResult["compliant"]), num(byResult["partly"]),
                                               num(byResult["non_compliant"])}});
    in.facts.insert(in.facts.end(), findings.begin(), findings.end());
    std::size_t overdue = 0;
    for (const auto& rec : store.registers().list("compliance_obligation")) {
        auto due = rec.text("next_evaluation_due");
        if (rec.text("status") != "withdrawn" && !due.empty() && due < asOf) ++overdue;
    }
    in.facts.push_back({"compliance_overdue", {num(overdue)}});
    return in;
}

ReviewInput monitoringResults(ProjectStore& store, const Period& period, const std::string& asOf) {
    ReviewInput in{InputKind::MonitoringResults, {}, {}};
    std::size_t total = 0, deviations = 0;
    std::vector<ReviewFact> listed;
    for (const auto& rec : store.registers().list("monitoring_result")) {
        if (!period.contains(rec.text("measured_on"))) continue;
        ++total;
        auto deviation = rec.fields.find("deviation");
        if (deviation != rec.fields.end() && deviation->is_boolean() && deviation->get<bool>()) {
            ++deviations;
            if (listed.size() < kMaxListed)
                listed.push_back({"monitoring_deviation", {rec.text("title"), rec.text("period")}});
        }
    }
    in.facts.push_back({"monitoring_summary", {num(total), num(deviations)}});
    in.facts.insert(in.facts.end(), listed.begin(), listed.end());
    std::size_t overdue = 0;
    for (const auto& rec : store.registers().list("measuring_instrument")) {
        auto due = rec.text("next_calibration_due");
        if (rec.text("status") == "in_use" && !due.empty() && due < asOf) ++overdue;
    }
    in.facts.push_back({"calibration_overdue", {num(overdue)}});
    return in;
}

ReviewInput resources(ProjectStore& store, const Period& period) {
    ReviewInput in{InputKind::Resources, {}, {}};
    const int fromYear = iso_date::year(period.from), toYear = iso_date::year(period.to);
    std::size_t count = 0;
    double amount = 0;
    std::vector<ReviewFact> listed;
    for (const auto& rec : store.registers().list("resource_plan")) {
        auto y = numberField(rec, "year");
        if (!y || *y < fromYear || *y > toYear) continue;
        ++count;
        double a = numberField(rec, "amount").value_or(0.0);
        amount += a;
        if (listed.size() < kMaxListed) listed.push_back({"resource_plan", {rec.text("title"), fixed(a, 2)}});
    }
    in.facts.push_back({"resources_summary", {num(count), fixed(amount, 2)}});
    in.facts.insert(in.facts.end(), listed.begin(), listed.end());
    std::size_t trainings = 0;
    for (const auto& rec : store.registers().list("training_record"))
        if (period.contains(rec.text("date"))) ++trainings;
    in.facts.push_back({"training_summary", {num(trainings)}});
    return in;
}

ReviewInput communications(ProjectStore& store, const Period& period) {
    ReviewInput in{InputKind::Communications, {}, {}};
    std::size_t count = 0;
    std::vector<ReviewFact> listed;
    for (const auto& rec : store.registers().list("communication")) {
        if (rec.text("direction") != "incoming" || !period.contains(rec.text("date"))) continue;
        ++count;
        if (listed.size() < kMaxListed)
            listed.push_back({"communication_incoming", {rec.text("date"), rec.text("party"), rec.text("subject")}});
    }
    in.facts.push_back({"communications_summary", {num(count)}});
    in.facts.insert(in.facts.end(), listed.begin(), listed.end());
    return in;
}

ReviewInput improvement(ProjectStore& store, std::size_t ofis) {
    ReviewInput in{InputKind::Improvement, {}, {}};
    in.facts.push_back({"improvement_ofis", {num(ofis)}});
    std::size_t listed = 0;
    for (const auto& rec : store.registers().list("risk_opportunity"))
        if (rec.text("kind") == "opportunity" && rec.text("status") != "closed" && listed++ < kMaxListed)
            in.facts.push_back({"opportunity_open", {rec.text("title")}});
    listed = 0;
    for (const auto& m : store.measures().list()) {
        bool pending = m.status == neutrality::MeasureStatus::Idea || m.status == neutrality::MeasureStatus::Planned ||
                       m.status == neutrality::MeasureStatus::Implementing;
        if (pending && listed++ < kMaxListed)
            in.facts.push_back({"measure_pending", {m.title, tonnes(m.expectedAnnualTco2e)}});
    }
    return in;
}

}  // namespace

std::vector<ReviewInput> compileInputs(ProjectStore& store, const ManagementReview& review) {
    const Period period{review.periodFrom, review.periodTo};
    const std::string asOf = review.meetingDate;
    std::size_t ofis = 0;
    std::vector<ReviewInput> out;
    out.push_back(previousActions(store, review, asOf));
    out.push_back(changes(store, period));
    out.push_back(carbonPerformance(store, period));
    out.push_back(auditResults(store, period, ofis));
    out.push_back(nonconformities(store, period, asOf));
    out.push_back(complianceEvaluation(store, period, asOf));
    out.push_back(monitoringResults(store, period, asOf));
    out.push_back(resources(store, period));
    out.push_back(communications(store, period));
    out.push_back(improvement(store, ofis));
    return out;
}

std::vector<ReviewInput> keepComments(std::vector<ReviewInput> compiled, const std::vector<ReviewInput>& previous) {
    for (auto& in : compiled)
        for (const auto& old : previous)
            if (old.kind == in.kind) in.comment = old.comment;
    return compiled;
}

}  // namespace cnms::review
