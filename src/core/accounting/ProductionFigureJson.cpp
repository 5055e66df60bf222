// SPDX-License-Identifier: MIT
#include "cnms/accounting/ProductionFigureJson.h"

namespace cnms::accounting {
namespace {

nlohmann::json intensityOf(const std::optional<Intensity>& i, DenominatorSource source) {
    nlohmann::json j = nullptr;
    if (i) {
        j = {{"base_value", i->base.value},
             {"base_unit", i->base.unit},
             {"total_tco2e_per_unit", i->totalPerUnit},
             {"scope12_tco2e_per_unit", i->scope12PerUnit},
             {"unit", "tCO2e/" + i->base.unit}};
        j["source"] = toString(source);
    }
    return j;
}

}  // namespace

void to_json(nlohmann::json& j, const ProductionFigure& f) {
    j = {{"id", f.id},     {"kind", toString(f.kind)}, {"year", f.year},         {"site", f.site},
         {"quantity", f.quantity}, {"unit", f.unit}, {"product", f.product}, {"evidence", f.evidence},
         {"note", f.note}};
}

void from_json(const nlohmann::json& j, ProductionFigure& f) {
    f.id = j.value("id", std::int64_t{0});
    const auto kind = figureKindFromString(j.at("kind").get<std::string>());
    if (!kind) throw nlohmann::json::other_error::create(501, "kind must be output or revenue", &j);
    f.kind = *kind;
    f.year = j.at("year").get<int>();
    f.site = j.value("site", "");
    f.quantity = j.at("quantity").get<double>();
    f.unit = j.at("unit").get<std::string>();
    f.product = j.value("product", "");
    f.evidence = j.value("evidence", "");
    f.note = j.value("note", "");
}

nlohmann::json intensityJson(const Inventory& inventory, const IntensityDenominators& denominators) {
    nlohmann::json j;
    j["per_output"] = intensityOf(inventory.intensityPerOutput, denominators.outputSource);
    j["per_revenue"] = intensityOf(inventory.intensityPerRevenue, denominators.revenueSource);
    j["output_source"] = toString(denominators.outputSource);
    j["revenue_source"] = toString(denominators.revenueSource);
    j["sites"] = nlohmann::json::array();
    for (const auto& s : denominators.siteIntensities(inventory)) {
        auto entry = intensityOf(s.intensity, DenominatorSource::Organization);
        entry.erase("source");
        entry["site"] = s.site;
        entry["kind"] = toString(s.kind);
        j["sites"].push_back(entry);
    }
    return j;
}

}  // namespace cnms::accounting
