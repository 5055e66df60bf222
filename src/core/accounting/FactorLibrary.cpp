// SPDX-License-Identifier: MIT
#include "cnms/accounting/FactorLibrary.h"

#include <algorithm>

#include "CsvTable.h"
#include "cnms/accounting/GwpSet.h"
#include "cnms/core/Embedded.h"

namespace cnms::accounting {

namespace {

// Shipped tables get a version number that is raised whenever the bundled CSV changes; the content
// hash tells two builds apart even if someone forgets to raise it.
constexpr const char* kShippedVersion = "1";

std::shared_ptr<const FactorSet> loadChinaFuels() {
    const auto text = embedded::fuelsCnCsv();
    detail::CsvTable csv(text, "fuels_cn.csv");
    auto set = std::make_shared<FactorSet>("cn_fuels", kShippedVersion);
    set->nameZh = "常用化石燃料相关参数缺省值（发改委企业温室气体核算指南 / GB/T 32151 附录C）";
    set->nameEn = "China default fossil-fuel parameters (NDRC 2013-2015 guidelines / GB/T 32151 Table C.1)";
    set->source = "NDRC enterprise GHG accounting and reporting guidelines (2013-2015), Appendix 2 Table 2.1; "
                  "GB/T 32151.x Table C.1; see resources/factors README for the transcriptions checked";
    set->shipped = true;
    set->contentHash = detail::contentHash(text);
    const auto id = csv.column("fuel_id"), zh = csv.column("name_zh"), en = csv.column("name_en"),
               unit = csv.column("activity_unit"), ncv = csv.column("ncv"), ncvUnit = csv.column("ncv_unit"),
               cc = csv.column("carbon_content"), of = csv.column("oxidation_rate"), src = csv.column("source"),
               conf = csv.column("confidence"), notes = csv.column("notes");
    for (std::size_t r = 0; r < csv.rows(); ++r) {
        Factor f;
        f.id = csv.at(r, id);
        f.kind = FactorKind::Fuel;
        f.nameZh = csv.at(r, zh);
        f.nameEn = csv.at(r, en);
        f.activityUnit = csv.at(r, unit);
        f.ncv = csv.number(r, ncv);
        f.ncvUnit = csv.at(r, ncvUnit);
        f.carbonContent = csv.number(r, cc);
        f.oxidationPct = csv.number(r, of);
        f.source = csv.at(r, src);
        f.confidence = confidenceFromString(csv.at(r, conf)).value_or(Confidence::Low);
        f.notes = csv.at(r, notes);
        set->add(std::move(f));
    }
    return set;
}

std::shared_ptr<const FactorSet> loadIpcc(std::string_view sector, const char* setId, const char* nameZh, const char* nameEn,
                                          const char* table) {
    const auto text = embedded::ipcc2006StationaryCsv();
    detail::CsvTable csv(text, "ipcc2006_stationary.csv");
    auto set = std::make_shared<FactorSet>(setId, kShippedVersion);
    set->nameZh = nameZh;
    set->nameEn = nameEn;
    set->source = std::string("2006 IPCC Guidelines Vol.2 Ch.2 ") + table + "; NCV Vol.2 Ch.1 Table 1.2; carbon content Table 1.3";
    set->shipped = true;
    set->contentHash = detail::contentHash(text);
    const auto fuel = csv.column("ipcc_fuel"), zh = csv.column("name_zh_nearest"), sec = csv.column("sector"),
               co2 = csv.column("co2"), ch4 = csv.column("ch4"), n2o = csv.column("n2o"), ncv = csv.column("default_ncv"),
               ncvUnit = csv.column("ncv_unit"), cc = csv.column("default_carbon_content"), src = csv.column("source"),
               conf = csv.column("confidence"), notes = csv.column("notes");
    for (std::size_t r = 0; r < csv.rows(); ++r) {
        if (csv.at(r, sec) != sector) continue;
        Factor f;
        f.id = detail::slug(csv.at(r, fuel));
        f.kind = FactorKind::Fuel;
        f.nameZh = csv.at(r, zh);
        f.nameEn = csv.at(r, fuel);
        f.activityUnit = "t";
        f.ncv = csv.number(r, ncv);
        f.ncvUnit = csv.at(r, ncvUnit);  // TJ/Gg, numerically GJ/t
        f.carbonContent = csv.number(r, cc);  // kg C/GJ = tC/TJ
        f.oxidationPct = 100.0;  // the IPCC Tier 1 factors assume full oxidation (Vol.2 Ch.1 1.4.2.1)
        f.co2KgPerTj = csv.number(r, co2);
        f.ch4KgPerTj = csv.number(r, ch4);
        f.n2oKgPerTj = csv.number(r, n2o);
        f.source = csv.at(r, src);
        f.confidence = confidenceFromString(csv.at(r, conf)).value_or(Confidence::Low);
        f.notes = csv.at(r, notes);
        set->add(std::move(f));
    }
    return set;
}

std::shared_ptr<const FactorSet> loadGrid() {
    const auto text = embedded::gridFactorsCnCsv();
    detail::CsvTable csv(text, "grid_factors_cn.csv");
    auto set = std::make_shared<FactorSet>("cn_grid", kShippedVersion);
    set->nameZh = "中国电力与热力排放因子（生态环境部、国家统计局公告）";
    set->nameEn = "China electricity and heat emission factors (MEE & NBS announcements)";
    set->source = "MEE & NBS announcements of the 2021, 2022 and 2023 electricity CO2 emission factors; MEE ETS "
                  "reporting defaults; NDRC guideline default heat factor";
    set->shipped = true;
    set->contentHash = detail::contentHash(text);
    const auto id = csv.column("factor_id"), scope = csv.column("scope"), zh = csv.column("region_zh"),
               en = csv.column("region_en"), year = csv.column("data_year"), type = csv.column("factor_type"),
               value = csv.column("value"), unit = csv.column("unit"), src = csv.column("source"),
               conf = csv.column("confidence"), notes = csv.column("notes");
    for (std::size_t r = 0; r < csv.rows(); ++r) {
        Factor f;
        f.id = csv.at(r, id);
        f.factorType = csv.at(r, type);
        const bool heat = f.factorType == "heat_default" || csv.at(r, unit).ends_with("/GJ");
        f.kind = heat ? FactorKind::Heat : FactorKind::Electricity;
        f.region = csv.at(r, en);
        if (auto y = csv.optionalNumber(r, year)) f.dataYear = static_cast<int>(*y);
        f.nameZh = std::string(csv.at(r, zh)) + (f.dataYear ? " " + std::to_string(*f.dataYear) : std::string());
        f.nameEn = std::string(csv.at(r, en)) + (f.dataYear ? " " + std::to_string(*f.dataYear) : std::string()) + ", " +
                   f.factorType + " (" + std::string(csv.at(r, scope)) + ")";
        f.value = csv.number(r, value);
        f.unit = csv.at(r, unit);
        f.activityUnit = heat ? "GJ" : "MWh";
        f.source = csv.at(r, src);
        f.confidence = confidenceFromString(csv.at(r, conf)).value_or(Confidence::Low);
        f.notes = csv.at(r, notes);
        set->add(std::move(f));
    }
    return set;
}

bool isShippedId(std::string_view id) {
    for (const auto& s : FactorLibrary::shippedSets())
        if (s->id == id) return true;
    return false;
}

std::pair<std::string_view, std::string_view> splitEntry(std::string_view entry) {
    auto at = entry.find('@');
    if (at == std::string_view::npos) return {entry, {}};
    return {entry.substr(0, at), entry.substr(at + 1)};
}

}  // namespace

FactorSelection FactorSelection::defaults() { return {{"cn_fuels", "cn_grid"}, "AR5"}; }

FactorSelection FactorPin::selection() const {
    FactorSelection sel;
    sel.gwpSet = gwpSet;
    for (const auto& s : factorSets) sel.factorSets.push_back(s.id + "@" + s.version);
    return sel;
}

const std::vector<std::shared_ptr<const FactorSet>>& FactorLibrary::shippedSets() {
    static const std::vector<std::shared_ptr<const FactorSet>> sets = {
        loadChinaFuels(),
        loadIpcc("energy_industries", "ipcc2006_energy", "IPCC 2006 固定源燃烧缺省排放因子（能源工业）",
                 "IPCC 2006 stationary combustion defaults (energy industries)", "Table 2.2"),
        loadIpcc("manufacturing_construction", "ipcc2006_manufacturing", "IPCC 2006 固定源燃烧缺省排放因子（制造业和建筑业）",
                 "IPCC 2006 stationary combustion defaults (manufacturing industries and construction)", "Table 2.3"),
        loadGrid(),
    };
    return sets;
}

FactorLibrary::FactorLibrary() : m_sets(shippedSets()) {}

void FactorLibrary::addUserSet(FactorSet set) {
    set.shipped = false;
    set.contentHash.clear();
    if (isShippedId(set.id))
        throw RefusedError("factor_set_id_reserved", "'" + set.id + "' is the id of a shipped factor set");
    auto issues = validate(set);
    if (!issues.empty()) throw ValidationError(std::move(issues));
    if (findSet(set.id, set.version))
        throw RefusedError("factor_set_version_exists", "factor set '" + set.id + "' already has a version '" + set.version + "'");
    m_sets.push_back(std::make_shared<const FactorSet>(std::move(set)));
}

void FactorLibrary::removeUserSet(std::string_view id) {
    if (isShippedId(id)) throw RefusedError("factor_set_shipped", "the shipped factor set '" + std::string(id) + "' cannot be removed");
    auto before = m_sets.size();
    std::erase_if(m_sets, [&](const auto& s) { return s->id == id; });
    if (m_sets.size() == before) throw NotFoundError("no factor set '" + std::string(id) + "'");
}

const FactorSet* FactorLibrary::findSet(std::string_view id) const {
    for (auto it = m_sets.rbegin(); it != m_sets.rend(); ++it)
        if ((*it)->id == id) return it->get();
    return nullptr;
}

const FactorSet* FactorLibrary::findSet(std::string_view id, std::string_view version) const {
    for (const auto& s : m_sets)
        if (s->id == id && s->version == version) return s.get();
    return nullptr;
}

const FactorSet* FactorLibrary::findEntry(std::string_view entry) const {
    auto [id, version] = splitEntry(entry);
    return version.empty() ? findSet(id) : findSet(id, version);
}

std::vector<const FactorSet*> FactorLibrary::sets() const {
    std::vector<const FactorSet*> out;
    for (const auto& s : m_sets) out.push_back(s.get());
    return out;
}

std::vector<FactorLibrary::Found> FactorLibrary::findAll(const FactorPin& pin, std::string_view activity) const {
    std::vector<Found> found;
    auto colon = activity.find(':');
    std::string_view onlySet;
    if (colon != std::string_view::npos) {
        onlySet = activity.substr(0, colon);
        activity = activity.substr(colon + 1);
    }
    for (const auto& p : pin.factorSets) {
        if (!onlySet.empty() && p.id != onlySet) continue;
        const FactorSet* set = findSet(p.id, p.version);
        if (!set) continue;
        if (const Factor* f = set->find(activity)) found.push_back({set, f});
    }
    return found;
}

std::optional<FactorLibrary::Found> FactorLibrary::find(const FactorPin& pin, std::string_view activity) const {
    auto all = findAll(pin, activity);
    if (all.empty()) return std::nullopt;
    return all.front();
}

FactorPin FactorLibrary::pin(const FactorSelection& selection, int year) const {
    std::vector<FieldIssue> issues;
    FactorPin pin;
    pin.year = year;
    for (const auto& entry : selection.factorSets) {
        const FactorSet* set = findEntry(entry);
        if (!set) {
            issues.push_back({"factor_sets", "factor_set_unknown", "no factor set '" + entry + "'"});
            continue;
        }
        if (!set->validFor(year)) {
            issues.push_back({"factor_sets", "factor_set_not_valid_for_year",
                              "factor set '" + set->id + "' (" + set->version + ") is valid for " +
                                  (set->validFromYear ? std::to_string(*set->validFromYear) : std::string("any year")) + " to " +
                                  (set->validToYear ? std::to_string(*set->validToYear) : std::string("any year")) +
                                  ", not for " + std::to_string(year)});
            continue;
        }
        bool duplicate = std::any_of(pin.factorSets.begin(), pin.factorSets.end(), [&](const auto& p) { return p.id == set->id; });
        if (duplicate) {
            issues.push_back({"factor_sets", "factor_set_duplicate", "factor set '" + set->id + "' is selected twice"});
            continue;
        }
        pin.factorSets.push_back({set->id, set->version, set->contentHash});
    }
    const GwpSet* gwp = GwpSet::find(selection.gwpSet);
    if (!gwp) issues.push_back({"gwp_set", "gwp_set_unknown", "unknown GWP set '" + selection.gwpSet + "' (known: AR4, AR5, AR6)"});
    else {
        pin.gwpSet = gwp->id();
        pin.gwpContentHash = gwp->contentHash();
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    return pin;
}

std::vector<std::string> FactorLibrary::drift(const FactorPin& pin) const {
    std::vector<std::string> out;
    for (const auto& p : pin.factorSets) {
        const FactorSet* set = findSet(p.id, p.version);
        if (!set) {
            const FactorSet* other = findSet(p.id);
            out.push_back("factor set '" + p.id + "' version " + p.version + " is not in the library" +
                          (other ? " (it holds version " + other->version + ")" : std::string()));
        } else if (set->shipped && set->contentHash != p.contentHash) {
            out.push_back("shipped factor set '" + p.id + "' changed since the year was pinned (content " + p.contentHash +
                          " then, " + set->contentHash + " now)");
        }
    }
    if (const GwpSet* gwp = GwpSet::find(pin.gwpSet); !gwp) out.push_back("GWP set '" + pin.gwpSet + "' is unknown");
    else if (!pin.gwpContentHash.empty() && gwp->contentHash() != pin.gwpContentHash)
        out.push_back("GWP table changed since the year was pinned");
    return out;
}

}  // namespace cnms::accounting
