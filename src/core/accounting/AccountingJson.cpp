// SPDX-License-Identifier: MIT
#include "cnms/accounting/AccountingJson.h"

#include <cmath>
#include <cstdio>
#include "cnms/core/JsonNumbers.h"

namespace cnms::accounting {

using nlohmann::json;

namespace {

template <class T>
void putOptional(json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}

template <class T>
void getOptional(const json& j, const char* key, std::optional<T>& v) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) v.reset();
    else v = it->get<T>();
}

std::string getString(const json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

template <class E, class F>
E getEnum(const json& j, const char* key, F parse, E fallback) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    if (auto v = parse(it->get<std::string>())) return *v;
    throw json::other_error::create(501, std::string("unknown value '") + it->get<std::string>() + "' of " + key, &j);
}

json optionalNumber(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json mapJson(const std::map<std::string, double>& m) {
    json j = json::object();
    for (const auto& [k, v] : m) j[k] = v;
    return j;
}

std::string monthKey(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

json intensityJson(const std::optional<Intensity>& i) {
    if (!i) return nullptr;
    return {{"base_value", i->base.value},
            {"base_unit", i->base.unit},
            {"total_tco2e_per_unit", i->totalPerUnit},
            {"scope12_tco2e_per_unit", i->scope12PerUnit},
            {"unit", "tCO2e/" + i->base.unit}};
}

json differences(const std::vector<TotalDifference>& v) {
    json j = json::object();
    for (const auto& d : v)
        j[d.key] = {{"before", d.before}, {"after", d.after}, {"delta", d.delta}, {"delta_pct", optionalNumber(d.deltaPct)}};
    return j;
}

}  // namespace

// --- records ---------------------------------------------------------------------------------

void to_json(json& j, const ActivityRecord& r) {
    j = {{"record_id", r.recordId},
         {"site", r.site},
         {"period_start", r.periodStart.toString()},
         {"period_end", r.periodEnd.toString()},
         {"source_type", toString(r.sourceType)},
         {"activity", r.activity},
         {"quantity", r.quantity},
         {"unit", r.unit},
         {"data_quality", toString(r.dataQuality)},
         {"evidence", r.evidence},
         {"note", r.note},
         {"entered_by", r.enteredBy},
         {"entered_at", r.enteredAt}};
    putOptional(j, "iso_category", r.isoCategory);
    putOptional(j, "ncv", r.overrides.ncv);
    if (!r.overrides.ncvUnit.empty()) j["ncv_unit"] = r.overrides.ncvUnit;
    putOptional(j, "carbon_content", r.overrides.carbonContent);
    putOptional(j, "oxidation_rate", r.overrides.oxidationPct);
    putOptional(j, "ch4_kg_per_tj", r.overrides.ch4KgPerTj);
    putOptional(j, "n2o_kg_per_tj", r.overrides.n2oKgPerTj);
    putOptional(j, "factor_value", r.overrides.factorValue);
    if (!r.overrides.factorUnit.empty()) j["factor_unit"] = r.overrides.factorUnit;
    putOptional(j, "uncertainty_pct", r.uncertaintyPct);
}

void from_json(const json& j, ActivityRecord& r) {
    r.recordId = getString(j, "record_id");
    r.site = getString(j, "site");
    r.periodStart = CivilDate::parse(getString(j, "period_start")).value_or(CivilDate{});
    r.periodEnd = CivilDate::parse(getString(j, "period_end")).value_or(CivilDate{});
    r.sourceType = getEnum(j, "source_type", sourceTypeFromString, SourceType::FuelCombustion);
    r.activity = getString(j, "activity");
    r.quantity = j.at("quantity").get<double>();
    r.unit = getString(j, "unit");
    getOptional(j, "iso_category", r.isoCategory);
    getOptional(j, "ncv", r.overrides.ncv);
    r.overrides.ncvUnit = getString(j, "ncv_unit");
    getOptional(j, "carbon_content", r.overrides.carbonContent);
    getOptional(j, "oxidation_rate", r.overrides.oxidationPct);
    getOptional(j, "ch4_kg_per_tj", r.overrides.ch4KgPerTj);
    getOptional(j, "n2o_kg_per_tj", r.overrides.n2oKgPerTj);
    getOptional(j, "factor_value", r.overrides.factorValue);
    r.overrides.factorUnit = getString(j, "factor_unit");
    r.dataQuality = getEnum(j, "data_quality", dataQualityFromString, DataQuality::Measured);
    getOptional(j, "uncertainty_pct", r.uncertaintyPct);
    r.evidence = getString(j, "evidence");
    r.note = getString(j, "note");
    r.enteredBy = getString(j, "entered_by");
    r.enteredAt = getString(j, "entered_at");
}

// --- factors ---------------------------------------------------------------------------------

void to_json(json& j, const Factor& f) {
    j = {{"id", f.id},       {"kind", toString(f.kind)}, {"name_zh", f.nameZh},         {"name_en", f.nameEn},
         {"activity_unit", f.activityUnit}, {"source", f.source}, {"confidence", toString(f.confidence)},
         {"notes", f.notes}, {"biogenic", f.biogenic}};
    putOptional(j, "ncv", f.ncv);
    if (!f.ncvUnit.empty()) j["ncv_unit"] = f.ncvUnit;
    putOptional(j, "carbon_content", f.carbonContent);
    putOptional(j, "oxidation_rate", f.oxidationPct);
    putOptional(j, "co2_kg_per_tj", f.co2KgPerTj);
    putOptional(j, "ch4_kg_per_tj", f.ch4KgPerTj);
    putOptional(j, "n2o_kg_per_tj", f.n2oKgPerTj);
    putOptional(j, "value", f.value);
    if (!f.unit.empty()) j["unit"] = f.unit;
    if (!f.gas.empty()) j["gas"] = f.gas;
    putOptional(j, "data_year", f.dataYear);
    if (!f.region.empty()) j["region"] = f.region;
    if (!f.factorType.empty()) j["factor_type"] = f.factorType;
    putOptional(j, "uncertainty_pct", f.uncertaintyPct);
}

void from_json(const json& j, Factor& f) {
    f.id = getString(j, "id");
    f.kind = getEnum(j, "kind", factorKindFromString, FactorKind::Fuel);
    f.nameZh = getString(j, "name_zh");
    f.nameEn = getString(j, "name_en");
    f.activityUnit = getString(j, "activity_unit");
    getOptional(j, "ncv", f.ncv);
    f.ncvUnit = getString(j, "ncv_unit");
    getOptional(j, "carbon_content", f.carbonContent);
    getOptional(j, "oxidation_rate", f.oxidationPct);
    getOptional(j, "co2_kg_per_tj", f.co2KgPerTj);
    getOptional(j, "ch4_kg_per_tj", f.ch4KgPerTj);
    getOptional(j, "n2o_kg_per_tj", f.n2oKgPerTj);
    f.biogenic = j.value("biogenic", false);
    getOptional(j, "value", f.value);
    f.unit = getString(j, "unit");
    f.gas = getString(j, "gas");
    getOptional(j, "data_year", f.dataYear);
    f.region = getString(j, "region");
    f.factorType = getString(j, "factor_type");
    f.source = getString(j, "source");
    f.confidence = getEnum(j, "confidence", confidenceFromString, Confidence::Medium);
    f.notes = getString(j, "notes");
    getOptional(j, "uncertainty_pct", f.uncertaintyPct);
}

void to_json(json& j, const FactorSet& s) {
    j = {{"id", s.id},         {"version", s.version}, {"name_zh", s.nameZh},   {"name_en", s.nameEn},
         {"source", s.source}, {"shipped", s.shipped}, {"factors", s.factors()}};
    putOptional(j, "valid_from_year", s.validFromYear);
    putOptional(j, "valid_to_year", s.validToYear);
    if (!s.contentHash.empty()) j["content_hash"] = s.contentHash;
}

void from_json(const json& j, FactorSet& s) {
    s = FactorSet(getString(j, "id"), getString(j, "version"));
    s.nameZh = getString(j, "name_zh");
    s.nameEn = getString(j, "name_en");
    s.source = getString(j, "source");
    s.shipped = false;  // only the library creates shipped sets
    getOptional(j, "valid_from_year", s.validFromYear);
    getOptional(j, "valid_to_year", s.validToYear);
    if (auto it = j.find("factors"); it != j.end())
        for (const auto& f : *it) s.add(f.get<Factor>());
}

void to_json(json& j, const FactorSelection& s) { j = {{"factor_sets", s.factorSets}, {"gwp_set", s.gwpSet}}; }

void from_json(const json& j, FactorSelection& s) {
    s.factorSets = j.value("factor_sets", std::vector<std::string>{});
    s.gwpSet = j.value("gwp_set", std::string("AR5"));
}

void to_json(json& j, const FactorPin& p) {
    json sets = json::array();
    for (const auto& s : p.factorSets) sets.push_back({{"id", s.id}, {"version", s.version}, {"content_hash", s.contentHash}});
    j = {{"year", p.year}, {"factor_sets", sets}, {"gwp_set", p.gwpSet}, {"gwp_content_hash", p.gwpContentHash}};
}

void from_json(const json& j, FactorPin& p) {
    p.year = jsonIntegerAt<int>(j, "year");
    p.factorSets.clear();
    for (const auto& s : j.at("factor_sets"))
        p.factorSets.push_back({getString(s, "id"), getString(s, "version"), getString(s, "content_hash")});
    p.gwpSet = getString(j, "gwp_set");
    p.gwpContentHash = getString(j, "gwp_content_hash");
}

// --- traces and stage one ---------------------------------------------------------------------

void to_json(json& j, const TraceParameter& p) {
    j = {{"name", p.name}, {"value", p.perRecord ? json(nullptr) : json(p.value)}, {"unit", p.unit}, {"from_record", p.fromRecord}};
    if (p.perRecord) j["per_record"] = true;
    if (!p.fromRecord) {
        j["factor_set"] = p.factorSetId;
        j["factor_set_version"] = p.factorSetVersion;
        j["factor_id"] = p.factorId;
        j["confidence"] = toString(p.confidence);
    }
}

void from_json(const json& j, TraceParameter& p) {
    p.name = getString(j, "name");
    p.value = j.at("value").is_null() ? std::nan("") : j.at("value").get<double>();
    p.unit = getString(j, "unit");
    p.fromRecord = j.value("from_record", false);
    p.perRecord = j.value("per_record", false);
    p.factorSetId = getString(j, "factor_set");
    p.factorSetVersion = getString(j, "factor_set_version");
    p.factorId = getString(j, "factor_id");
    p.confidence = getEnum(j, "confidence", confidenceFromString, Confidence::High);
}

void to_json(json& j, const FactorTrace& t) {
    j = {{"method", t.method},          {"formula", t.formula},
         {"factor_set", t.factorSetId}, {"factor_set_version", t.factorSetVersion},
         {"factor_id", t.factorId},     {"parameters", t.parameters},
         {"confidence", toString(t.confidence)}, {"low_confidence", t.lowConfidence}};
}

void from_json(const json& j, FactorTrace& t) {
    t.method = getString(j, "method");
    t.formula = getString(j, "formula");
    t.factorSetId = getString(j, "factor_set");
    t.factorSetVersion = getString(j, "factor_set_version");
    t.factorId = getString(j, "factor_id");
    t.parameters = j.value("parameters", std::vector<TraceParameter>{});
    t.confidence = getEnum(j, "confidence", confidenceFromString, Confidence::High);
    t.lowConfidence = j.value("low_confidence", false);
}

void to_json(json& j, const EffectiveFactor& f) {
    json terms = json::array();
    for (std::uint8_t i = 0; i < f.termCount; ++i)
        terms.push_back({{"gas", gases::slotName(f.terms[i].gas)}, {"t_per_unit", f.terms[i].perUnit}});
    j = {{"source_type", toString(f.sourceType)}, {"activity", f.activity}, {"unit", f.unit}, {"gases", terms},
         {"trace", f.trace}, {"uncertainty_pct", f.uncertaintyPct}, {"uncertainty_defaulted", f.uncertaintyDefaulted},
         {"correlation_group", f.correlationGroup}, {"warnings", f.warnings}};
}

void from_json(const json& j, EffectiveFactor& f) {
    f.sourceType = getEnum(j, "source_type", sourceTypeFromString, SourceType::FuelCombustion);
    f.activity = getString(j, "activity");
    f.unit = getString(j, "unit");
    f.termCount = 0;
    for (const auto& t : j.at("gases")) {
        auto gas = gases::find(t.at("gas").get<std::string>());
        if (!gas) throw json::other_error::create(501, "unknown gas " + t.at("gas").get<std::string>(), &j);
        if (f.termCount >= f.terms.size()) throw json::other_error::create(501, "more than three gases in one factor", &j);
        f.terms[f.termCount++] = {*gas, t.at("t_per_unit").get<double>()};
    }
    f.trace = j.at("trace").get<FactorTrace>();
    f.uncertaintyPct = j.value("uncertainty_pct", 0.0);
    f.uncertaintyDefaulted = j.value("uncertainty_defaulted", false);
    f.correlationGroup = jsonIntegerOr<unsigned>(j, "correlation_group", 0u);
    f.warnings = j.value("warnings", std::vector<std::string>{});
}

void to_json(json& j, const GasInventory& g) {
    json cells = json::array();
    for (const auto& c : g.cells)
        cells.push_back({{"factor", c.factor},
                         {"site", c.site},
                         {"iso_category", c.isoCategory},
                         {"record_count", c.recordCount},
                         {"quantity", c.quantity},
                         {"weighted", c.weighted},
                         {"month_weighted", c.monthWeighted},
                         {"activity_variance", c.activityVariance},
                         {"activity_uncertainty_defaulted", c.activityUncertaintyDefaulted}});
    j = {{"year", g.year},       {"pin", g.pin},     {"record_count", g.recordCount},
         {"sites", g.sites},     {"factors", g.factors}, {"cells", cells}};
}

void from_json(const json& j, GasInventory& g) {
    g.year = jsonIntegerAt<int>(j, "year");
    g.pin = j.at("pin").get<FactorPin>();
    g.recordCount = jsonIntegerOr<std::size_t>(j, "record_count", 0);
    g.sites = j.at("sites").get<std::vector<std::string>>();
    g.factors = j.at("factors").get<std::vector<EffectiveFactor>>();
    g.cells.clear();
    g.recordCells.clear();
    for (const auto& c : j.at("cells")) {
        InventoryCell cell;
        cell.factor = jsonIntegerAt<std::uint32_t>(c, "factor");
        cell.site = jsonIntegerAt<std::uint32_t>(c, "site");
        cell.isoCategory = jsonIntegerAt<std::uint8_t>(c, "iso_category");
        cell.recordCount = jsonIntegerOr<unsigned>(c, "record_count", 0u);
        cell.quantity = c.at("quantity").get<double>();
        cell.weighted = c.at("weighted").get<double>();
        cell.monthWeighted = c.at("month_weighted").get<std::array<double, 12>>();
        cell.activityVariance = c.value("activity_variance", 0.0);
        cell.activityUncertaintyDefaulted = c.value("activity_uncertainty_defaulted", false);
        if (cell.factor >= g.factors.size() || cell.site >= g.sites.size() || cell.isoCategory < 1 || cell.isoCategory > 6)
            throw json::other_error::create(501, "a stored inventory cell points outside its factors or sites", &c);
        g.cells.push_back(cell);
    }
}

// --- inventories -------------------------------------------------------------------------------

void to_json(json& j, const InventoryRow& r) {
    json months = json::array();
    for (double m : r.monthTco2e) months.push_back(m);
    j = {{"site", r.site},
         {"source_type", toString(r.sourceType)},
         {"activity", r.activity},
         {"iso_category", r.isoCategory},
         {"scope", r.scope},
         {"quantity", r.quantity},
         {"unit", r.unit},
         {"record_count", r.recordCount},
         {"cell", r.cell},
         {"gas_t", mapJson(r.massT)},
         {"by_gas_tco2e", mapJson(r.tco2eByGas)},
         {"tco2e", r.tco2e},
         {"biogenic_co2_t", r.biogenicCo2T},
         {"month_tco2e", months},
         {"uncertainty_pct", optionalNumber(r.uncertaintyPct)},
         {"trace", r.trace},
         {"warnings", r.warnings}};
}

json toJson(const Inventory& inv, const InventoryJsonOptions& options) {
    json cats = json::object(), scopes = json::object(), catU = json::object(), scopeU = json::object(), months = json::object();
    for (int c = 1; c <= 6; ++c) {
        cats[std::to_string(c)] = inv.categoryTco2e(c);
        catU[std::to_string(c)] = optionalNumber(inv.uncertainty.byIsoCategoryPct[static_cast<std::size_t>(c - 1)]);
    }
    for (int s = 1; s <= 3; ++s) {
        scopes[std::to_string(s)] = inv.scopeTco2e(s);
        scopeU[std::to_string(s)] = optionalNumber(inv.uncertainty.byScopePct[static_cast<std::size_t>(s - 1)]);
    }
    for (int m = 1; m <= 12; ++m) months[monthKey(inv.year, m)] = inv.byMonthTco2e[static_cast<std::size_t>(m - 1)];
    json activities = json::array();
    for (const auto& a : inv.byActivityTco2e)
        activities.push_back({{"source_type", toString(a.sourceType)}, {"activity", a.activity}, {"tco2e", a.tco2e}});
    json low = json::array();
    for (const auto& l : inv.lowConfidence)
        low.push_back({{"factor_set", l.factorSetId},
                       {"factor_set_version", l.factorSetVersion},
                       {"factor_id", l.factorId},
                       {"activity", l.activity},
                       {"tco2e", l.tco2e},
                       {"share_pct", l.sharePct}});
    json j = {{"year", inv.year},
              {"gwp_set", inv.gwpSet},
              {"factor_pin", inv.pin},
              {"record_count", inv.recordCount},
              {"total_tco2e", inv.totalTco2e},
              {"biogenic_co2_t", inv.biogenicCo2T},
              {"by_gas_tco2e", mapJson(inv.byGasTco2e)},
              {"by_gas_t", mapJson(inv.byGasT)},
              {"by_gas_slot_t", mapJson(inv.byGasSlotT)},
              {"by_gas_group_tco2e", mapJson(inv.byGasGroupTco2e)},
              {"direct_by_gas_tco2e", mapJson(inv.directByGasTco2e)},
              {"by_iso_category_tco2e", cats},
              {"by_scope_tco2e", scopes},
              {"by_site_tco2e", mapJson(inv.bySiteTco2e)},
              {"by_source_type_tco2e", mapJson(inv.bySourceTypeTco2e)},
              {"by_activity_tco2e", activities},
              {"by_month_tco2e", months},
              {"uncertainty",
               {{"method", "IPCC 2006 Vol.1 Ch.3 Approach 1 (95 % half-width)"},
                {"total_pct", optionalNumber(inv.uncertainty.totalPct)},
                {"by_iso_category_pct", catU},
                {"by_scope_pct", scopeU},
                {"defaults_used", inv.uncertainty.defaultsUsed}}},
              {"intensity", {{"per_output", intensityJson(inv.intensityPerOutput)}, {"per_revenue", intensityJson(inv.intensityPerRevenue)}}},
              {"low_confidence_factors", low},
              {"warnings", inv.warnings}};
    if (options.includeRows) j["rows"] = inv.rows;
    return j;
}

void to_json(json& j, const Inventory& inv) { j = toJson(inv); }

void to_json(json& j, const InventoryDifference& d) {
    j = {{"total", {{"before", d.total.before}, {"after", d.total.after}, {"delta", d.total.delta}, {"delta_pct", optionalNumber(d.total.deltaPct)}}},
         {"by_gas_tco2e", differences(d.byGas)},
         {"by_iso_category_tco2e", differences(d.byIsoCategory)},
         {"by_scope_tco2e", differences(d.byScope)},
         {"by_site_tco2e", differences(d.bySite)},
         {"before_pin", d.beforePin},
         {"after_pin", d.afterPin},
         {"changed", d.changed()}};
}

void to_json(json& j, const StructuralChange& c) {
    j = {{"kind", toString(c.kind)}, {"description", c.description}, {"base_year_effect_tco2e", c.baseYearEffectTco2e}};
}

void from_json(const json& j, StructuralChange& c) {
    c.kind = getEnum(j, "kind", structuralChangeKindFromString, StructuralChangeKind::Acquisition);
    c.description = getString(j, "description");
    c.baseYearEffectTco2e = j.at("base_year_effect_tco2e").get<double>();
}

void to_json(json& j, const BaseYearAssessment& a) {
    j = {{"base_year", a.baseYear},
         {"current_year", a.currentYear},
         {"difference", a.difference},
         {"structural_effect_tco2e", a.structuralEffectTco2e},
         {"structural_effect_pct", optionalNumber(a.structuralEffectPct)},
         {"threshold_pct", a.thresholdPct},
         {"recalculation_required", a.recalculationRequired},
         {"methodology_differs", a.methodologyDiffers},
         {"reasons", a.reasons}};
}

}  // namespace cnms::accounting
