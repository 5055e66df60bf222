// SPDX-License-Identifier: MIT
#include "cnms/accounting/FactorSet.h"

#include <cmath>

#include "cnms/accounting/Gas.h"
#include "cnms/accounting/Units.h"
#include "cnms/core/TextUtil.h"

namespace cnms::accounting {

std::string_view toString(FactorKind k) {
    switch (k) {
    case FactorKind::Fuel: return "fuel";
    case FactorKind::Electricity: return "electricity";
    case FactorKind::Heat: return "heat";
    case FactorKind::Process: return "process";
    case FactorKind::Indirect: return "indirect";
    }
    return "fuel";
}

std::optional<FactorKind> factorKindFromString(std::string_view s) {
    for (auto k : {FactorKind::Fuel, FactorKind::Electricity, FactorKind::Heat, FactorKind::Process, FactorKind::Indirect})
        if (toString(k) == s) return k;
    return std::nullopt;
}

FactorSet::FactorSet(std::string setId, std::string setVersion) : id(std::move(setId)), version(std::move(setVersion)) {}

void FactorSet::add(Factor factor) {
    if (m_index.find(std::string_view(factor.id)) != m_index.end())
        throw RefusedError("factor_id_duplicate", "factor set '" + id + "' already has a factor '" + factor.id + "'");
    m_index.emplace(factor.id, m_factors.size());
    m_factors.push_back(std::move(factor));
}

const Factor* FactorSet::find(std::string_view factorId) const {
    auto it = m_index.find(factorId);
    return it == m_index.end() ? nullptr : &m_factors[it->second];
}

bool FactorSet::validFor(int year) const {
    return (!validFromYear || year >= *validFromYear) && (!validToYear || year <= *validToYear);
}

namespace {

bool isIdentifier(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        if (!ok) return false;
    }
    return true;
}

// Ids are written in activity columns, so they must survive CSV and the set:factor / set@version syntax.
bool isFactorId(std::string_view s) {
    if (s.empty() || s.size() > 128 || s != text::trim(s)) return false;
    return s.find_first_of(":@,\t\n\r") == std::string_view::npos;
}

class FactorChecker {
public:
    FactorChecker(std::vector<FieldIssue>& issues, std::string prefix) : m_issues(issues), m_prefix(std::move(prefix)) {}

    void issue(std::string_view field, std::string code, std::string message) {
        m_issues.push_back({m_prefix + std::string(field), std::move(code), std::move(message)});
    }

    void positive(std::string_view field, const std::optional<double>& v) {
        if (v && !(std::isfinite(*v) && *v > 0)) issue(field, "value_not_positive", std::string(field) + " must be a number above 0");
    }
    void nonNegative(std::string_view field, const std::optional<double>& v) {
        if (v && !(std::isfinite(*v) && *v >= 0)) issue(field, "value_negative", std::string(field) + " must be a number of 0 or more");
    }

    std::optional<FactorUnit> factorUnit(std::string_view field, const std::string& text) {
        if (text::trim(text).empty()) {
            issue(field, "required", std::string(field) + " is required");
            return std::nullopt;
        }
        try {
            return units::parseFactorUnit(text);
        } catch (const UnitError& e) {
            issue(field, e.code(), e.what());
            return std::nullopt;
        }
    }

private:
    std::vector<FieldIssue>& m_issues;
    std::string m_prefix;
};

void checkFactor(const Factor& f, FactorChecker& c) {
    if (!isFactorId(f.id)) c.issue("id", "id_invalid", "the factor id is required, at most 128 characters, without ':', '@', ',' or surrounding spaces");
    std::optional<Unit> activityUnit;
    if (!f.activityUnit.empty()) {
        activityUnit = units::find(f.activityUnit);
        if (!activityUnit) c.issue("activity_unit", "unit_unknown", "unknown unit '" + f.activityUnit + "'");
    }
    if (f.uncertaintyPct && !(std::isfinite(*f.uncertaintyPct) && *f.uncertaintyPct >= 0))
        c.issue("uncertainty_pct", "value_negative", "the uncertainty must be a percentage of 0 or more");

    if (f.kind == FactorKind::Fuel) {
        bool any = f.ncv || f.carbonContent || f.oxidationPct || f.co2KgPerTj || f.ch4KgPerTj || f.n2oKgPerTj;
        if (!any) c.issue("ncv", "parameters_missing", "a fuel factor needs at least one parameter (NCV, carbon content, oxidation rate or a kg/TJ factor)");
        c.positive("ncv", f.ncv);
        if (f.ncv) {
            if (auto u = c.factorUnit("ncv_unit", f.ncvUnit)) {
                if (u->numerator.dimension != Dimension::Energy || u->denominator.dimension == Dimension::Energy || !u->species.empty())
                    c.issue("ncv_unit", "factor_unit_invalid", "the NCV unit must be an energy per mass or volume, e.g. GJ/t or GJ/10^4 Nm3");
                else if (activityUnit && !units::convertible(*activityUnit, u->denominator))
                    c.issue("activity_unit", "unit_dimension_mismatch",
                            "activity unit '" + f.activityUnit + "' does not fit the NCV unit '" + f.ncvUnit + "'");
            }
        }
        c.positive("carbon_content", f.carbonContent);
        if (f.oxidationPct && !(std::isfinite(*f.oxidationPct) && *f.oxidationPct > 0 && *f.oxidationPct <= 100))
            c.issue("oxidation_rate", "out_of_range", "the oxidation rate must be above 0 and at most 100 %");
        c.nonNegative("co2_kg_per_tj", f.co2KgPerTj);
        c.nonNegative("ch4_kg_per_tj", f.ch4KgPerTj);
        c.nonNegative("n2o_kg_per_tj", f.n2oKgPerTj);
        return;
    }

    if (!f.value) c.issue("value", "required", "the factor value is required");
    c.nonNegative("value", f.value);
    auto u = c.factorUnit("unit", f.unit);
    if (!u) return;
    if (u->numerator.dimension != Dimension::Mass) {
        c.issue("unit", "factor_unit_invalid", "the factor unit must be a mass of gas per unit, e.g. tCO2/MWh");
        return;
    }
    if (activityUnit && !units::convertible(*activityUnit, u->denominator))
        c.issue("activity_unit", "unit_dimension_mismatch", "activity unit '" + f.activityUnit + "' does not fit the factor unit '" + f.unit + "'");
    switch (f.kind) {
    case FactorKind::Electricity:
    case FactorKind::Heat:
        if (u->species != "CO2" && u->species != "CO2e")
            c.issue("unit", "factor_unit_invalid", "an electricity or heat factor is in tCO2 (or tCO2e) per unit of energy");
        else if (u->denominator.dimension != Dimension::Energy)
            c.issue("unit", "factor_unit_invalid", "an electricity or heat factor is per unit of energy, e.g. tCO2/MWh or tCO2/GJ");
        break;
    case FactorKind::Process: {
        std::string gas = f.gas.empty() ? u->species : f.gas;
        if (gas.empty()) c.issue("gas", "required", "a process factor names its gas (gas column or a unit like tCO2/t)");
        else if (!gases::find(gas)) c.issue("gas", "gas_unknown", "unknown gas '" + gas + "'");
        else if (!f.gas.empty() && !u->species.empty() && gases::find(u->species) != gases::find(f.gas))
            c.issue("unit", "factor_unit_invalid", "the unit names " + u->species + " but the factor's gas is " + f.gas);
        break;
    }
    case FactorKind::Indirect:
        if (u->species != "CO2e" && u->species != "CO2")
            c.issue("unit", "factor_unit_invalid", "an indirect factor is in tCO2e per unit, e.g. tCO2e/tkm");
        break;
    case FactorKind::Fuel: break;
    }
}

}  // namespace

std::vector<FieldIssue> validate(const FactorSet& set) {
    std::vector<FieldIssue> issues;
    if (!isIdentifier(set.id))
        issues.push_back({"id", "id_invalid", "the set id is required: at most 64 letters, digits, '_', '-' or '.'"});
    if (!isIdentifier(set.version))
        issues.push_back({"version", "version_invalid", "the version is required: at most 64 letters, digits, '_', '-' or '.'"});
    if (text::trim(set.nameZh).empty() && text::trim(set.nameEn).empty())
        issues.push_back({"name", "required", "the set needs a name (Chinese or English)"});
    if (text::trim(set.source).empty())
        issues.push_back({"source", "required", "the source (document, lab report, supplier statement) is required"});
    for (auto [field, year] : {std::pair{"valid_from_year", set.validFromYear}, std::pair{"valid_to_year", set.validToYear}})
        if (year && (*year < 1990 || *year > 2100)) issues.push_back({field, "out_of_range", "the year must be between 1990 and 2100"});
    if (set.validFromYear && set.validToYear && *set.validToYear < *set.validFromYear)
        issues.push_back({"valid_to_year", "before_start", "the last valid year is before the first"});
    if (set.factors().empty()) issues.push_back({"factors", "required", "the set holds no factor"});
    for (std::size_t i = 0; i < set.factors().size(); ++i) {
        FactorChecker checker(issues, "factors[" + std::to_string(i) + "].");
        checkFactor(set.factors()[i], checker);
    }
    return issues;
}

}  // namespace cnms::accounting
