// SPDX-License-Identifier: MIT
#include "cnms/neutrality/NeutralityJson.h"
#include "cnms/core/JsonNumbers.h"

namespace cnms::neutrality {

void to_json(nlohmann::json& j, const OffsetCredit& c) {
    j = {{"id", c.id},
         {"registry", c.registry},
         {"project_id", c.projectId},
         {"project_name", c.projectName},
         {"credit_type", toString(c.type)},
         {"vintage", c.vintage},
         {"serial", c.serial},
         {"quantity_tco2e", c.quantityTco2e},
         {"status", toString(c.status)},
         {"retirement_date", c.retirementDate},
         {"beneficiary", c.beneficiary},
         {"claim", c.claim}};
}

void from_json(const nlohmann::json& j, OffsetCredit& c) {
    c.id = jsonIntegerOr<CreditId>(j, "id", 0);
    c.registry = j.value("registry", "");
    c.projectId = j.value("project_id", "");
    c.projectName = j.value("project_name", "");
    c.type = creditTypeFromString(j.value("credit_type", "avoidance")).value_or(CreditType::Avoidance);
    c.vintage = jsonIntegerOr<int>(j, "vintage", 0);
    c.serial = j.value("serial", "");
    c.quantityTco2e = j.value("quantity_tco2e", 0.0);
    c.status = creditStatusFromString(j.value("status", "active")).value_or(CreditStatus::Active);
    c.retirementDate = j.value("retirement_date", "");
    c.beneficiary = j.value("beneficiary", "");
    c.claim = j.value("claim", "");
}

void to_json(nlohmann::json& j, const ReductionMeasure& m) {
    j = {{"id", m.id},
         {"title", m.title},
         {"site", m.siteCode},
         {"affects", m.affects},
         {"type", toString(m.type)},
         {"status", toString(m.status)},
         {"owner", m.owner},
         {"start_date", m.startDate},
         {"capex", m.capex},
         {"annual_opex_change", m.annualOpexChange},
         {"lifetime_years", m.lifetimeYears},
         {"expected_annual_tco2e", m.expectedAnnualTco2e},
         {"realised_annual_tco2e", m.realisedAnnualTco2e ? nlohmann::json(*m.realisedAnnualTco2e) : nlohmann::json()},
         {"note", m.note}};
}

void from_json(const nlohmann::json& j, ReductionMeasure& m) {
    m.id = jsonIntegerOr<MeasureId>(j, "id", 0);
    m.title = j.value("title", "");
    m.siteCode = j.value("site", "");
    m.affects = j.value("affects", "");
    m.type = measureTypeFromString(j.value("type", "other")).value_or(MeasureType::Other);
    m.status = measureStatusFromString(j.value("status", "idea")).value_or(MeasureStatus::Idea);
    m.owner = j.value("owner", "");
    m.startDate = j.value("start_date", "");
    m.capex = j.value("capex", 0.0);
    m.annualOpexChange = j.value("annual_opex_change", 0.0);
    m.lifetimeYears = jsonIntegerOr<int>(j, "lifetime_years", 10);
    m.expectedAnnualTco2e = j.value("expected_annual_tco2e", 0.0);
    if (j.contains("realised_annual_tco2e") && j["realised_annual_tco2e"].is_number())
        m.realisedAnnualTco2e = j["realised_annual_tco2e"].get<double>();
    else
        m.realisedAnnualTco2e.reset();
    m.note = j.value("note", "");
}

void to_json(nlohmann::json& j, const Target& t) {
    nlohmann::json milestones = nlohmann::json::array();
    for (const auto& m : t.milestones) milestones.push_back({{"year", m.year}, {"reduction_pct", m.reductionPct}});
    j = {{"id", t.id},
         {"name", t.name},
         {"kind", toString(t.kind)},
         {"scopes", t.scopes},
         {"categories", t.categories},
         {"base_year", t.baseYear},
         {"base_value", t.baseValue},
         {"intensity_unit", t.intensityUnit},
         {"target_year", t.targetYear},
         {"reduction_pct", t.reductionPct},
         {"target_value", t.line().targetValue()},
         {"milestones", milestones},
         {"neutrality_year", t.neutralityYear ? nlohmann::json(*t.neutralityYear) : nlohmann::json()},
         {"base_note", t.baseNote}};
}

void from_json(const nlohmann::json& j, Target& t) {
    t.id = jsonIntegerOr<TargetId>(j, "id", 0);
    t.name = j.value("name", "");
    t.kind = targetKindFromString(j.value("kind", "absolute")).value_or(TargetKind::Absolute);
    t.scopes = jsonIntegersOr<int>(j, "scopes");
    t.categories = jsonIntegersOr<int>(j, "categories");
    t.baseYear = jsonIntegerOr<int>(j, "base_year", 0);
    t.baseValue = j.value("base_value", 0.0);
    t.intensityUnit = j.value("intensity_unit", "");
    t.targetYear = jsonIntegerOr<int>(j, "target_year", 0);
    t.reductionPct = j.value("reduction_pct", 0.0);
    t.milestones.clear();
    for (const auto& m : j.value("milestones", nlohmann::json::array()))
        t.milestones.push_back({jsonIntegerOr<int>(m, "year", 0), m.value("reduction_pct", 0.0)});
    if (j.contains("neutrality_year") && j["neutrality_year"].is_number_integer())
        t.neutralityYear = jsonIntegerAt<int>(j, "neutrality_year");
    else
        t.neutralityYear.reset();
    t.baseNote = j.value("base_note", "");
}

void to_json(nlohmann::json& j, const NeutralityBalance& b) {
    nlohmann::json refused = nlohmann::json::array();
    for (const auto& r : b.refused)
        refused.push_back({{"registry", r.credit.registry},
                           {"serial", r.credit.serial},
                           {"quantity_tco2e", r.credit.quantityTco2e},
                           {"reason", toString(r.reason)},
                           {"detail", r.detail}});
    nlohmann::json accepted = nlohmann::json::array();
    for (const auto& c : b.accepted) accepted.push_back(c);
    j = {{"boundary_emissions_tco2e", b.boundaryEmissionsTco2e},
         {"reductions_tco2e", b.reductionsTco2e},
         {"offsets_accepted_tco2e", b.offsetsAcceptedTco2e},
         {"removals_accepted_tco2e", b.removalsAcceptedTco2e},
         {"offsets_accepted", accepted},
         {"offsets_rejected", refused},
         {"net_emissions_tco2e", b.netEmissionsTco2e},
         {"carbon_neutral", b.carbonNeutral}};
}

}  // namespace cnms::neutrality
