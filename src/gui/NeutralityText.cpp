// SPDX-License-Identifier: MIT
#include "NeutralityText.h"

#include <QLocale>

namespace cnms::gui {

using namespace cnms::neutrality;

QString NeutralityText::measureType(MeasureType t) {
    switch (t) {
        case MeasureType::EnergyEfficiency: return tr("Energy efficiency");
        case MeasureType::FuelSwitch: return tr("Fuel switch");
        case MeasureType::RenewableElectricity: return tr("Renewable electricity");
        case MeasureType::ProcessChange: return tr("Process change");
        case MeasureType::Ccus: return tr("CCUS");
        case MeasureType::Other: return tr("Other");
    }
    return {};
}

QString NeutralityText::measureStatus(MeasureStatus s) {
    switch (s) {
        case MeasureStatus::Idea: return tr("Idea");
        case MeasureStatus::Planned: return tr("Planned");
        case MeasureStatus::Implementing: return tr("Implementing");
        case MeasureStatus::Done: return tr("Done");
        case MeasureStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString NeutralityText::creditType(CreditType t) {
    return t == CreditType::Removal ? tr("Removal") : tr("Avoidance");
}

QString NeutralityText::creditStatus(CreditStatus s) {
    switch (s) {
        case CreditStatus::Active: return tr("Active");
        case CreditStatus::Pending: return tr("Pending");
        case CreditStatus::Retired: return tr("Retired");
        case CreditStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString NeutralityText::targetKind(TargetKind k) { return k == TargetKind::Intensity ? tr("Intensity") : tr("Absolute"); }

QString NeutralityText::affects(const std::string& code) {
    if (code == "fuel_combustion") return tr("Fuel combustion");
    if (code == "process") return tr("Process emissions");
    if (code == "fugitive") return tr("Fugitive emissions");
    if (code == "purchased_electricity") return tr("Purchased electricity");
    if (code == "purchased_heat") return tr("Purchased heat");
    if (code == "co2_recovered") return tr("CO2 recovered");
    if (code == "indirect_other") return tr("Other indirect emissions");
    return QString::fromStdString(code);
}

QStringList NeutralityText::affectsCodes() {
    return {QStringLiteral("fuel_combustion"), QStringLiteral("process"), QStringLiteral("fugitive"),
            QStringLiteral("purchased_electricity"), QStringLiteral("purchased_heat"), QStringLiteral("co2_recovered"),
            QStringLiteral("indirect_other")};
}

QString NeutralityText::issue(const FieldIssue& issue) {
    const auto& f = issue.field;
    const auto& c = issue.code;
    if (c == "required") {
        if (f == "title") return tr("The measure needs a title.");
        if (f == "name") return tr("The target needs a name.");
        if (f == "scopes") return tr("Choose the scopes (or categories) the target covers.");
        if (f == "intensity_unit") return tr("An intensity target needs its unit of output, e.g. t clinker.");
        if (f == "registry") return tr("The registry or standard is required.");
        if (f == "serial") return tr("The serial number or serial block is required.");
        if (f == "retirement_date") return tr("A retired credit needs its retirement date.");
    }
    if (c == "date_invalid") return tr("Not a date: use YYYY-MM-DD.");
    if (c == "must_not_be_negative") return tr("Must be 0 or more.");
    if (c == "must_be_positive") return tr("Must be above 0.");
    if (c == "not_a_number") return tr("Must be a number.");
    if (c == "only_when_done") return tr("A realised reduction is recorded once the measure is done.");
    if (c == "before_base") return tr("The target year must come after the base year.");
    if (c == "serial_invalid") return tr("Not a serial number or a block FIRST~LAST.");
    if (c == "not_an_offset")
        return tr("Green electricity certificates (GEC, I-REC) are not offsets: they count only toward market-based "
                  "scope 2.");
    if (c == "out_of_range") {
        if (f == "lifetime_years") return tr("The lifetime must be 1 to 100 years.");
        if (f == "scopes") return tr("Scopes are 1, 2 or 3.");
        if (f == "categories") return tr("ISO 14064-1 categories are 1 to 6.");
        if (f == "base_year" || f == "vintage") return tr("A year between 1990 and 2100.");
        if (f == "reduction_pct") return tr("Above 0 and at most 100 %.");
        if (f == "milestones") return tr("Milestones lie between the base year and the target year, at 0-100 %.");
        if (f == "neutrality_year") return tr("The neutrality year must come after the base year.");
    }
    return QString::fromStdString(issue.message);
}

QString NeutralityText::refusalReason(RefusalReason r) {
    switch (r) {
        case RefusalReason::DuplicateSerial: return tr("Duplicate serial");
        case RefusalReason::VintageOutOfRange: return tr("Vintage out of range");
        case RefusalReason::NotRetired: return tr("Not retired");
        case RefusalReason::RetiredAfterClaim: return tr("Retired after the claim");
    }
    return {};
}

QString NeutralityText::refusal(const RefusedCredit& r, const ClaimPeriod& claim) {
    const OffsetCredit& c = r.credit;
    switch (r.reason) {
        case RefusalReason::DuplicateSerial: {
            // The core's detail is "overlaps REGISTRY SERIAL": keep the earlier record's name.
            const std::string prefix = "overlaps ";
            const std::string earlier = r.detail.rfind(prefix, 0) == 0 ? r.detail.substr(prefix.size()) : r.detail;
            return tr("Its serials overlap the earlier credit %1.").arg(QString::fromStdString(earlier));
        }
        case RefusalReason::VintageOutOfRange:
            return tr("Vintage %1 is outside the eligible window %2-%3.").arg(c.vintage).arg(claim.vintageFrom).arg(claim.vintageTo);
        case RefusalReason::NotRetired: return tr("Status is %1: only retired credits count.").arg(creditStatus(c.status));
        case RefusalReason::RetiredAfterClaim:
            return tr("Retired on %1, after the claim's deadline %2.")
                .arg(QString::fromStdString(c.retirementDate), QString::fromStdString(claim.retireBy));
    }
    return QString::fromStdString(r.detail);
}

QString NeutralityText::checklistTitle(const std::string& id) {
    if (id == "inventory_complete") return tr("Inventory complete for the boundary");
    if (id == "management_plan") return tr("Carbon-neutrality management plan with reduction targets");
    if (id == "reductions_shown") return tr("Reductions shown after the first period");
    if (id == "credits_retired_traceable") return tr("Credits retired and traceable");
    if (id == "removals_share_stated") return tr("Share of removals stated");
    return QString::fromStdString(id);
}

QString NeutralityText::checklistEvidence(const neutrality::ChecklistItem& item, const ClaimEvaluation& e,
                                          const std::vector<Target>& targets) {
    const auto& b = e.balance;
    if (item.id == "inventory_complete") {
        if (e.boundaryDescription.rfind("site ", 0) == 0)
            return tr("The site has activity data for %1.").arg(e.claim.year);
        return tr("%1 of %2 sites have activity data for %3.")
            .arg(e.sitesWithData)
            .arg(e.sitesTotal)
            .arg(e.claim.year);
    }
    if (item.id == "management_plan") {
        const Target* plan = nullptr;
        for (const auto& t : targets)
            if (t.neutralityYear) plan = &t;
        if (plan)
            return tr("Target \"%1\" with neutrality year %2, and %n reduction target(s).", nullptr,
                      static_cast<int>(targets.size()))
                .arg(QString::fromStdString(plan->name))
                .arg(*plan->neutralityYear);
        return targets.empty() ? tr("No reduction target is recorded.")
                               : tr("Reduction targets are recorded, but none states a neutrality year.");
    }
    if (item.id == "reductions_shown") {
        if (b.reductionsTco2e > 0) return tr("%1 below the base year %2.").arg(tonnes(b.reductionsTco2e)).arg(e.baseYear);
        return e.firstPeriod ? tr("First claim period: reductions are shown from the next period.")
                             : tr("No reduction against the base year after the first period.");
    }
    if (item.id == "credits_retired_traceable") {
        if (b.accepted.empty()) return tr("No credit is counted.");
        for (const auto& c : b.accepted)
            if (c.serial.empty() || c.retirementDate.empty() || c.beneficiary.empty())
                return tr("Credit %1 %2 lacks a retirement date or beneficiary.")
                    .arg(QString::fromStdString(c.registry), QString::fromStdString(c.serial));
        return tr("%n credit record(s), each with serial, retirement date and beneficiary.", nullptr,
                  static_cast<int>(b.accepted.size()));
    }
    if (item.id == "removals_share_stated") {
        const double share = b.offsetsAcceptedTco2e > 0 ? b.removalsAcceptedTco2e / b.offsetsAcceptedTco2e * 100 : 0;
        return tr("Removals are %1 % of the credits counted.").arg(QLocale().toString(share, 'f', 1));
    }
    return QString::fromStdString(item.evidence);
}

QString NeutralityText::tonnes(double value, int decimals) {
    return tr("%1 tCO2e").arg(QLocale().toString(value, 'f', decimals));
}

}  // namespace cnms::gui
