// SPDX-License-Identifier: MIT
#include "FactorFormulas.h"

#include <cmath>
#include <cstdio>

#include "cnms/accounting/Units.h"

namespace cnms::accounting::detail {

namespace {

constexpr double kCo2PerC = 44.0 / 12.0;  // molar-mass ratio CO2/C as GB/T 32150 writes it

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

using Found = FactorLibrary::Found;

/** A parameter value with its origin: the record (from == nullptr, fromRecord) or a library factor. */
struct Param {
    std::optional<double> value;
    const Found* from = nullptr;
    bool fromRecord = false;
    std::string unit;
    int priority = 1 << 20;  // position of the holder in the pin; the record comes first (-1)
    explicit operator bool() const { return value.has_value(); }
};

class Builder {
public:
    Builder(const FactorLibrary& lib, const FactorPin& pin, const UncertaintySettings& st, const ActivityKeyView& key,
            std::vector<FieldIssue>& issues, bool parametric)
        : m_lib(lib), m_pin(pin), m_st(st), m_key(key), m_ov(*key.overrides), m_issues(issues), m_before(issues.size()),
          m_parametric(parametric) {
        m_ef.sourceType = key.sourceType;
        m_ef.activity = std::string(key.activity);
    }

    std::optional<EffectiveFactor> build(std::string& identity) {
        readUnit();
        readOverrides();
        if (m_key.activity.empty()) issue("activity", "required", "activity is required");
        else switch (m_key.sourceType) {
            case SourceType::FuelCombustion: combustion(); break;
            case SourceType::PurchasedElectricity: purchased(FactorKind::Electricity); break;
            case SourceType::PurchasedHeat: purchased(FactorKind::Heat); break;
            case SourceType::Process:
            case SourceType::Fugitive: gasRelease(); break;
            case SourceType::Co2Recovered: recovered(); break;
            case SourceType::IndirectOther: indirect(); break;
            }
        if (!failed() && m_ef.termCount == 0)
            issue("activity", "factor_invalid", "no emission could be derived for '" + std::string(m_key.activity) + "'");
        if (failed()) return std::nullopt;
        double var = 0;
        for (auto u : m_uncertainties) var += u * u;
        m_ef.uncertaintyPct = std::sqrt(var);
        identity = m_identity;
        return std::move(m_ef);
    }

private:
    bool failed() const { return m_issues.size() > m_before; }

    void issue(std::string field, std::string code, std::string message) {
        m_issues.push_back({std::move(field), std::move(code), std::move(message)});
    }

    std::string pinnedSets() const {
        std::string s;
        for (const auto& p : m_pin.factorSets) s += (s.empty() ? "" : ", ") + p.id + "@" + p.version;
        return s.empty() ? "none" : s;
    }

    void readUnit() {
        if (m_key.unit.empty()) {
            issue("unit", "required", "unit is required");
            return;
        }
        m_unit = units::find(m_key.unit);
        if (m_unit) {
            m_ef.unit = std::string(m_unit->symbol);
            return;
        }
        m_species = units::findSpeciesMass(m_key.unit);
        const bool speciesAllowed = m_key.sourceType == SourceType::IndirectOther || m_key.sourceType == SourceType::Co2Recovered;
        if (m_species && speciesAllowed) {
            m_ef.unit = std::string(m_species->unit.symbol) + m_species->species;
            return;
        }
        m_species.reset();
        issue("unit", "unit_unknown",
              "unknown unit '" + std::string(m_key.unit) + "' (t, kg, g, Nm3, 10^4 Nm3, m3, L, GJ, MJ, TJ, kWh, MWh, GWh, tce, tkm ...)");
    }

    void readOverrides() {
        const bool combustion = m_key.sourceType == SourceType::FuelCombustion;
        auto notApplicable = [&](const char* field, bool given) {
            if (given && !combustion)
                issue(field, "parameter_not_applicable", std::string(field) + " applies to fuel_combustion records only");
        };
        notApplicable("ncv", m_ov.ncv.has_value());
        notApplicable("ncv_unit", !m_ov.ncvUnit.empty());
        notApplicable("carbon_content", m_ov.carbonContent.has_value());
        notApplicable("oxidation_rate", m_ov.oxidationPct.has_value());
        notApplicable("ch4_kg_per_tj", m_ov.ch4KgPerTj.has_value());
        notApplicable("n2o_kg_per_tj", m_ov.n2oKgPerTj.has_value());

        if (m_ov.ncv && !(std::isfinite(*m_ov.ncv) && *m_ov.ncv > 0)) issue("ncv", "value_not_positive", "ncv must be above 0");
        if (!m_ov.ncv && !m_ov.ncvUnit.empty()) issue("ncv", "required", "ncv is required when ncv_unit is given");
        if (m_ov.carbonContent && !(std::isfinite(*m_ov.carbonContent) && *m_ov.carbonContent > 0))
            issue("carbon_content", "value_not_positive", "carbon_content (tC/TJ) must be above 0");
        if (m_ov.oxidationPct) {
            double of = *m_ov.oxidationPct;
            if (!(std::isfinite(of) && of > 0 && of <= 100))
                issue("oxidation_rate", "out_of_range", "oxidation_rate must be above 0 and at most 100 (%)");
            else if (of <= 1)
                issue("oxidation_rate", "oxidation_rate_fraction",
                      "oxidation_rate is in %: " + num(of) + " would mean " + num(of) + " %; write e.g. 98 for 98 %");
        }
        for (auto [field, v] : {std::pair{"ch4_kg_per_tj", m_ov.ch4KgPerTj}, std::pair{"n2o_kg_per_tj", m_ov.n2oKgPerTj}})
            if (v && !(std::isfinite(*v) && *v >= 0)) issue(field, "value_negative", std::string(field) + " must be 0 or more");

        if (m_ov.factorValue && m_ov.factorUnit.empty())
            issue("factor_unit", "required", "factor_unit is required with factor_value (e.g. tCO2/MWh)");
        if (!m_ov.factorValue && !m_ov.factorUnit.empty())
            issue("factor_value", "required", "factor_value is required with factor_unit");
        if (m_ov.factorValue && !(std::isfinite(*m_ov.factorValue) && *m_ov.factorValue >= 0))
            issue("factor_value", "value_negative", "factor_value must be 0 or more");
        if (!m_ov.factorUnit.empty()) {
            try {
                m_recordFactorUnit = units::parseFactorUnit(m_ov.factorUnit);
                if (m_recordFactorUnit->numerator.dimension != Dimension::Mass) {
                    issue("factor_unit", "factor_unit_invalid",
                          "factor_unit '" + m_ov.factorUnit + "' must be a mass of gas per unit, e.g. tCO2/MWh, tCO2/t, tCO2e/tkm");
                    m_recordFactorUnit.reset();
                }
            } catch (const UnitError& e) {
                issue("factor_unit", e.code(), e.what());
            }
        }
    }

    bool haveDirect() const { return m_ov.factorValue && m_recordFactorUnit; }

    // --- trace and uncertainty bookkeeping ---------------------------------------------------

    void noteLibrary(const Found& f, const char* name, double value, const std::string& unit) {
        TraceParameter p;
        p.name = name;
        p.value = value;
        p.unit = unit;
        p.factorSetId = f.set->id;
        p.factorSetVersion = f.set->version;
        p.factorId = f.factor->id;
        p.confidence = f.factor->confidence;
        if (m_ef.trace.factorId.empty()) {
            m_ef.trace.factorSetId = f.set->id;
            m_ef.trace.factorSetVersion = f.set->version;
            m_ef.trace.factorId = f.factor->id;
        }
        if (static_cast<int>(p.confidence) > static_cast<int>(m_ef.trace.confidence)) m_ef.trace.confidence = p.confidence;
        if (p.confidence == Confidence::Low) m_ef.trace.lowConfidence = true;
        std::string origin = f.set->id + "@" + f.set->version + ":" + f.factor->id;
        m_identity += origin + "." + name + "=" + num(value) + ";";
        addUncertaintyHolder(origin, f.factor->uncertaintyPct ? *f.factor->uncertaintyPct : m_st.factorPct(f.factor->confidence),
                             !f.factor->uncertaintyPct);
        m_ef.trace.parameters.push_back(std::move(p));
    }

    /** A record value as the formula shows it: the number, or "[record]" when each record brings its own. */
    std::string recordNum(double v) const { return m_parametric ? std::string("[record]") : num(v); }
    std::string shown(const Param& p) const { return p.fromRecord ? recordNum(*p.value) : num(*p.value); }

    void noteRecord(const char* name, double value, const std::string& unit) {
        TraceParameter p;
        p.name = name;
        p.value = m_parametric ? std::nan("") : value;
        p.perRecord = m_parametric;
        p.unit = unit;
        p.fromRecord = true;
        m_identity += std::string("record.") + name + "=" + num(value) + unit + ";";
        addUncertaintyHolder("record", m_st.recordParameterPct, true);
        m_ef.trace.parameters.push_back(std::move(p));
    }

    void note(const Param& p, const char* name) {
        if (!p) return;
        if (p.fromRecord) noteRecord(name, *p.value, p.unit);
        else noteLibrary(*p.from, name, *p.value, p.unit);
    }

    void addUncertaintyHolder(const std::string& origin, double pct, bool defaulted) {
        for (const auto& h : m_uncertaintyOrigins)
            if (h == origin) return;
        m_uncertaintyOrigins.push_back(origin);
        m_uncertainties.push_back(pct);
        m_ef.uncertaintyDefaulted = m_ef.uncertaintyDefaulted || defaulted;
    }

    void addTerm(GasIndex gas, double perUnit) {
        if (m_ef.termCount >= m_ef.terms.size()) return;  // at most three gases per source (blends and combustion)
        m_ef.terms[m_ef.termCount++] = {gas, perUnit};
    }

    void method(std::string name, std::string formula) {
        m_ef.trace.method = std::move(name);
        m_ef.trace.formula = std::move(formula);
        m_identity = m_ef.trace.method + "|" + m_identity;
    }

    std::string unitText() const { return m_unit ? std::string(m_unit->symbol) : std::string(m_key.unit); }

    /** Quantity-unit → factor-denominator multiplier, or an issue on `unit` naming both units. */
    std::optional<double> fit(const Unit& denominator, const std::string& factorUnitText, const std::string& what) {
        if (!m_unit) {
            if (m_species)
                issue("unit", "unit_dimension_mismatch",
                      "'" + std::string(m_key.unit) + "' is already an amount of " + m_species->species +
                          " and cannot be multiplied by the " + what + " '" + factorUnitText + "'");
            return std::nullopt;
        }
        try {
            return units::factor(*m_unit, denominator);
        } catch (const UnitError& e) {
            issue("unit", e.code(),
                  "unit '" + std::string(m_key.unit) + "' does not fit the " + what + " unit '" + factorUnitText + "': " + e.what());
            return std::nullopt;
        }
    }

    std::optional<FactorUnit> libraryUnit(const Found& f, const std::string& text) {
        try {
            return units::parseFactorUnit(text);
        } catch (const UnitError& e) {
            issue("activity", "factor_invalid", "factor '" + f.factor->id + "' of set '" + f.set->id + "': " + e.what());
            return std::nullopt;
        }
    }

    // --- fuel combustion -----------------------------------------------------------------------

    void combustion() {
        const auto holders = m_lib.findAll(m_pin, m_key.activity);
        std::vector<Found> fuels;
        std::vector<int> priority;
        const Found* other = nullptr;
        for (const auto& h : holders) {
            if (h.factor->kind == FactorKind::Fuel) {
                fuels.push_back(h);
                priority.push_back(static_cast<int>(priority.size()));
            } else if (!other) {
                other = &h;
            }
        }
        auto pick = [&](auto member, const std::optional<double>& override, const char* unit) {
            Param p;
            p.unit = unit;
            if (override) {
                p.value = override;
                p.fromRecord = true;
                p.priority = -1;
                return p;
            }
            for (std::size_t i = 0; i < fuels.size(); ++i)
                if (const auto& v = (*fuels[i].factor).*member) {
                    p.value = v;
                    p.from = &fuels[i];
                    p.priority = static_cast<int>(i);
                    return p;
                }
            return p;
        };
        Param ncv = pick(&Factor::ncv, m_ov.ncv, "");
        if (ncv.fromRecord) ncv.unit = m_ov.ncvUnit;
        else if (ncv.from) ncv.unit = ncv.from->factor->ncvUnit;
        if (ncv.fromRecord && ncv.unit.empty()) {
            // An NCV without unit borrows the library's unit for the same fuel, if there is one.
            for (const auto& f : fuels)
                if (f.factor->ncv) {
                    ncv.unit = f.factor->ncvUnit;
                    break;
                }
            if (ncv.unit.empty()) issue("ncv_unit", "required", "ncv_unit is required with ncv (e.g. GJ/t, GJ/10^4 Nm3)");
        }
        Param cc = pick(&Factor::carbonContent, m_ov.carbonContent, "tC/TJ");
        Param of = pick(&Factor::oxidationPct, m_ov.oxidationPct, "%");
        Param co2kg = pick(&Factor::co2KgPerTj, std::nullopt, "kg/TJ");
        Param ch4 = pick(&Factor::ch4KgPerTj, m_ov.ch4KgPerTj, "kg/TJ");
        Param n2o = pick(&Factor::n2oKgPerTj, m_ov.n2oKgPerTj, "kg/TJ");
        const bool biogenic = !fuels.empty() && fuels.front().factor->biogenic;
        const bool energyUnit = m_unit && m_unit->dimension == Dimension::Energy;

        if (fuels.empty()) {
            const bool complete = haveDirect() || ((energyUnit || (ncv && !ncv.unit.empty())) && cc && of);
            if (!complete) {
                if (other)
                    issue("activity", "activity_wrong_kind",
                          "'" + std::string(m_key.activity) + "' is " + std::string(toString(other->factor->kind)) +
                              " factor of set '" + other->set->id + "', not a fuel");
                else
                    issue("activity", "activity_unknown",
                          "'" + std::string(m_key.activity) + "' is not a fuel of the selected factor sets (" + pinnedSets() +
                              "); give ncv, ncv_unit, carbon_content and oxidation_rate, or factor_value and factor_unit");
                return;
            }
        }
        if (failed()) return;

        // Energy per unit of quantity (GJ): the quantity itself when it is an energy, else quantity × NCV.
        std::optional<double> gjPerUnit;
        std::string energyText;
        if (energyUnit) {
            gjPerUnit = m_unit->toBase;
            energyText = "Q[" + unitText() + "→GJ ×" + num(m_unit->toBase) + "]";
        } else if (ncv && m_unit) {
            std::optional<FactorUnit> fu;
            try {
                fu = units::parseFactorUnit(ncv.unit);
            } catch (const UnitError& e) {
                issue("ncv_unit", e.code(), e.what());
                return;
            }
            if (fu->numerator.dimension != Dimension::Energy || fu->denominator.dimension == Dimension::Energy) {
                issue("ncv_unit", "factor_unit_invalid", "ncv_unit '" + ncv.unit + "' must be an energy per mass or volume, e.g. GJ/t");
                return;
            }
            auto scale = fit(fu->denominator, ncv.unit, "NCV");
            if (!scale) return;
            gjPerUnit = *ncv.value * fu->numerator.toBase / fu->denominator.toBase * m_unit->toBase;
            energyText = "Q[" + unitText() + "] × NCV " + shown(ncv) + " " + ncv.unit;
            note(ncv, "ncv");
        }

        const GasIndex co2Slot = biogenic ? gases::kCo2Biogenic : gases::kCo2;
        if (haveDirect()) {
            const auto& fu = *m_recordFactorUnit;
            if (fu.species != "CO2") {
                issue("factor_unit", "factor_unit_invalid",
                      "a combustion factor is in tCO2 per unit of fuel (e.g. tCO2/t), not '" + m_ov.factorUnit + "'");
                return;
            }
            auto scale = fit(fu.denominator, m_ov.factorUnit, "factor");
            if (!scale) return;
            addTerm(co2Slot, *m_ov.factorValue * fu.toBase() * m_unit->toBase);
            noteRecord("factor_value", *m_ov.factorValue, m_ov.factorUnit);
            method("fuel_direct_factor", "CO2 = Q[" + unitText() + "] × " + recordNum(*m_ov.factorValue) + " " + m_ov.factorUnit);
        } else {
            if (!gjPerUnit) {
                if (m_unit)
                    issue("ncv", "parameter_missing",
                          "no NCV for '" + std::string(m_key.activity) + "' in the record or the selected factor sets; "
                          "give ncv and ncv_unit, or the quantity in an energy unit");
                return;
            }
            const bool ipcc = co2kg && !m_ov.carbonContent && !m_ov.oxidationPct && (!cc || co2kg.priority <= cc.priority);
            if (ipcc) {
                addTerm(co2Slot, *gjPerUnit / 1000.0 * *co2kg.value / 1000.0);
                note(co2kg, "co2_kg_per_tj");
                method(energyUnit ? "fuel_energy_ipcc" : "fuel_ncv_ipcc",
                       "CO2[t] = " + energyText + " / 1000 × EF " + num(*co2kg.value) + " kgCO2/TJ / 1000");
            } else {
                if (!cc) issue("carbon_content", "parameter_missing", "no carbon content for '" + std::string(m_key.activity) + "'");
                if (!of) issue("oxidation_rate", "parameter_missing", "no oxidation rate for '" + std::string(m_key.activity) + "'");
                if (!cc || !of) return;
                addTerm(co2Slot, *gjPerUnit * *cc.value / 1000.0 * *of.value / 100.0 * kCo2PerC);
                note(cc, "carbon_content");
                note(of, "oxidation_rate");
                method(energyUnit ? "fuel_energy_carbon" : "fuel_ncv_carbon",
                       "CO2[t] = " + energyText + " × CC " + shown(cc) + " tC/TJ / 1000 × OF " + shown(of) +
                           " % × 44/12");
            }
        }
        for (auto [p, slot, name] : {std::tuple{&ch4, biogenic ? gases::kCh4NonFossil : gases::kCh4Fossil, "ch4_kg_per_tj"},
                                     std::tuple{&n2o, gases::kN2o, "n2o_kg_per_tj"}}) {
            if (!*p) continue;
            if (!gjPerUnit) {
                if (p->fromRecord)
                    issue(name, "parameter_missing", std::string(name) + " needs the fuel's energy: give ncv and ncv_unit too");
                continue;
            }
            addTerm(slot, *gjPerUnit / 1000.0 * *p->value / 1000.0);
            note(*p, name);
            m_ef.trace.formula += std::string("; ") + (slot == gases::kN2o ? "N2O" : "CH4") + "[t] = energy[TJ] × " +
                                  shown(*p) + " kg/TJ / 1000";
        }
    }

    // --- purchased electricity and heat --------------------------------------------------------

    void purchased(FactorKind want) {
        const char* what = want == FactorKind::Electricity ? "electricity" : "heat";
        if (haveDirect()) {
            const auto& fu = *m_recordFactorUnit;
            if ((fu.species != "CO2" && fu.species != "CO2e") || fu.denominator.dimension != Dimension::Energy) {
                issue("factor_unit", "factor_unit_invalid",
                      std::string("a purchased ") + what + " factor is in tCO2 per unit of energy (e.g. tCO2/MWh, tCO2/GJ), not '" +
                          m_ov.factorUnit + "'");
                return;
            }
            auto scale = fit(fu.denominator, m_ov.factorUnit, "factor");
            if (!scale) return;
            addTerm(fu.species == "CO2e" ? gases::kCo2eOther : gases::kCo2, *m_ov.factorValue * fu.toBase() * m_unit->toBase);
            noteRecord("factor_value", *m_ov.factorValue, m_ov.factorUnit);
            method(want == FactorKind::Electricity ? "electricity_factor" : "heat_factor",
                   "CO2[t] = Q[" + unitText() + "] × " + recordNum(*m_ov.factorValue) + " " + m_ov.factorUnit);
            return;
        }
        const auto holders = m_lib.findAll(m_pin, m_key.activity);
        const Found* found = nullptr;
        for (const auto& h : holders)
            if (h.factor->kind == want) {
                found = &h;
                break;
            }
        if (!found) {
            if (!holders.empty())
                issue("activity", "activity_wrong_kind",
                      "'" + std::string(m_key.activity) + "' is " + std::string(toString(holders.front().factor->kind)) +
                          " factor of set '" + holders.front().set->id + "', not " + what + " factor");
            else
                issue("activity", "activity_unknown",
                      "'" + std::string(m_key.activity) + "' is not " + what + " factor of the selected factor sets (" +
                          pinnedSets() + "); give factor_value and factor_unit");
            return;
        }
        if (failed()) return;
        const Factor& f = *found->factor;
        auto fu = libraryUnit(*found, f.unit);
        if (!fu) return;
        auto scale = fit(fu->denominator, f.unit, "factor");
        if (!scale) return;
        addTerm(fu->species == "CO2e" ? gases::kCo2eOther : gases::kCo2, *f.value * fu->toBase() * m_unit->toBase);
        noteLibrary(*found, "factor_value", *f.value, f.unit);
        method(want == FactorKind::Electricity ? "electricity_factor" : "heat_factor",
               "CO2[t] = Q[" + unitText() + "] × " + num(*f.value) + " " + f.unit + " (" + found->set->id + ":" + f.id + ")");
        if (f.dataYear && *f.dataYear != m_pin.year)
            m_ef.warnings.push_back("factor '" + f.id + "' describes " + std::to_string(*f.dataYear) + ", the inventory year is " +
                                    std::to_string(m_pin.year));
    }

    // --- process and fugitive releases -----------------------------------------------------------

    const Found* processFactor(std::vector<Found>& holders) {
        holders = m_lib.findAll(m_pin, m_key.activity);
        for (const auto& h : holders)
            if (h.factor->kind == FactorKind::Process) return &h;
        return nullptr;
    }

    void gasRelease() {
        std::vector<Found> holders;
        if (const Found* pf = processFactor(holders)) {
            libraryProcess(*pf, 1.0);
            return;
        }
        const auto* blend = m_key.sourceType == SourceType::Fugitive ? gases::findBlend(m_key.activity) : nullptr;
        auto gas = gases::find(m_key.activity);
        if (!blend && (!gas || *gas == gases::kCo2eOther)) {
            issue("activity", "gas_unknown",
                  "'" + std::string(m_key.activity) + "' is neither a gas of the GWP table (CO2, CH4, N2O, SF6, NF3, HFC-134a ...)" +
                      std::string(m_key.sourceType == SourceType::Fugitive ? ", a refrigerant blend (R-410A ...)" : "") +
                      " nor a process factor of the selected sets");
            return;
        }
        if (failed()) return;
        const std::string gasName = blend ? blend->name : std::string(gases::slotName(*gas));
        double perUnit = 0;
        if (haveDirect()) {
            const auto& fu = *m_recordFactorUnit;
            if (!fu.species.empty() && (blend ? gases::findBlend(fu.species) != blend : gases::find(fu.species) != gas)) {
                issue("factor_unit", "factor_unit_invalid",
                      "factor_unit '" + m_ov.factorUnit + "' names " + fu.species + " but the activity is " + gasName);
                return;
            }
            auto scale = fit(fu.denominator, m_ov.factorUnit, "factor");
            if (!scale) return;
            perUnit = *m_ov.factorValue * fu.toBase() * m_unit->toBase;
            noteRecord("factor_value", *m_ov.factorValue, m_ov.factorUnit);
            method("process_factor", gasName + "[t] = Q[" + unitText() + "] × " + recordNum(*m_ov.factorValue) + " " + m_ov.factorUnit);
        } else {
            if (!m_unit) return;
            if (m_unit->dimension != Dimension::Mass) {
                issue("unit", "unit_dimension_mismatch",
                      "unit '" + std::string(m_key.unit) + "' (" + std::string(toString(m_unit->dimension)) +
                          "): without factor_value the quantity is the mass of " + gasName + " released and must be a mass (t, kg, g)");
                return;
            }
            perUnit = m_unit->toBase;
            method(blend ? "blend_mass" : "gas_mass", gasName + "[t] = Q[" + unitText() + "] × " + num(m_unit->toBase));
        }
        if (blend) {
            for (const auto& c : blend->components) {
                addTerm(c.gas, perUnit * c.massFraction);
                m_ef.trace.formula += std::string("; ") + std::string(gases::slotName(c.gas)) + " " + num(c.massFraction * 100) + " %";
            }
            TraceParameter p;
            p.name = "composition";
            p.value = 1.0;
            p.unit = blend->name;
            p.confidence = blend->confidence;
            p.factorSetId = "refrigerant_blends";
            p.factorId = blend->name;
            m_ef.trace.parameters.push_back(std::move(p));
            m_identity += "blend=" + blend->name + ";";
        } else {
            addTerm(*gas, perUnit);
        }
    }

    void libraryProcess(const Found& pf, double sign) {
        const Factor& f = *pf.factor;
        auto fu = libraryUnit(pf, f.unit);
        if (!fu) return;
        auto gas = gases::find(f.gas.empty() ? fu->species : f.gas);
        if (!gas) {
            issue("activity", "factor_invalid", "process factor '" + f.id + "' names no known gas");
            return;
        }
        if (m_key.sourceType == SourceType::Co2Recovered && *gas != gases::kCo2) {
            issue("activity", "activity_wrong_kind", "process factor '" + f.id + "' is not a CO2 factor");
            return;
        }
        if (failed()) return;
        double value = *f.value;
        std::string unitText_ = f.unit;
        std::optional<FactorUnit> unit = fu;
        if (haveDirect()) {
            value = *m_ov.factorValue;
            unitText_ = m_ov.factorUnit;
            unit = m_recordFactorUnit;
        }
        auto scale = fit(unit->denominator, unitText_, "factor");
        if (!scale) return;
        addTerm(*gas, sign * value * unit->toBase() * m_unit->toBase);
        if (haveDirect()) noteRecord("factor_value", value, unitText_);
        else noteLibrary(pf, "factor_value", value, unitText_);
        method(sign < 0 ? "recovered_factor" : "process_factor",
               std::string(sign < 0 ? "CO2[t] = −" : std::string(gases::slotName(*gas)) + "[t] = ") + "Q[" + unitText() + "] × " +
                   (haveDirect() ? recordNum(value) : num(value)) + " " + unitText_);
    }

    // --- recovered CO2 and other indirect sources --------------------------------------------

    void recovered() {
        std::vector<Found> holders;
        if (const Found* pf = processFactor(holders)) {
            libraryProcess(*pf, -1.0);
            return;
        }
        if (failed()) return;
        if (haveDirect()) {
            const auto& fu = *m_recordFactorUnit;
            if (!fu.species.empty() && fu.species != "CO2") {
                issue("factor_unit", "factor_unit_invalid", "recovered CO2 factors are in tCO2 per unit, not '" + m_ov.factorUnit + "'");
                return;
            }
            auto scale = fit(fu.denominator, m_ov.factorUnit, "factor");
            if (!scale) return;
            addTerm(gases::kCo2, -*m_ov.factorValue * fu.toBase() * m_unit->toBase);
            noteRecord("factor_value", *m_ov.factorValue, m_ov.factorUnit);
            method("recovered_factor", "CO2[t] = −Q[" + unitText() + "] × " + recordNum(*m_ov.factorValue) + " " + m_ov.factorUnit);
            return;
        }
        double toTonnes = 0;
        if (m_unit && m_unit->dimension == Dimension::Mass) toTonnes = m_unit->toBase;
        else if (m_species && m_species->species == "CO2") toTonnes = m_species->unit.toBase;
        else {
            if (m_unit || m_species)
                issue("unit", "unit_dimension_mismatch",
                      "recovered CO2 is a mass (t, kg) or needs factor_value and factor_unit in tCO2 per unit; '" +
                          std::string(m_key.unit) + "' is not a mass");
            return;
        }
        addTerm(gases::kCo2, -toTonnes);
        method("recovered_mass", "CO2[t] = −Q[" + m_ef.unit + "] × " + num(toTonnes));
    }

    void indirect() {
        if (haveDirect()) {
            const auto& fu = *m_recordFactorUnit;
            if (fu.species != "CO2e" && fu.species != "CO2") {
                issue("factor_unit", "factor_unit_invalid",
                      "an indirect_other factor is in tCO2e per unit (e.g. tCO2e/tkm), not '" + m_ov.factorUnit + "'");
                return;
            }
            auto scale = fit(fu.denominator, m_ov.factorUnit, "factor");
            if (!scale) return;
            addTerm(gases::kCo2eOther, *m_ov.factorValue * fu.toBase() * m_unit->toBase);
            noteRecord("factor_value", *m_ov.factorValue, m_ov.factorUnit);
            method("indirect_factor", "CO2e[t] = Q[" + unitText() + "] × " + recordNum(*m_ov.factorValue) + " " + m_ov.factorUnit);
            return;
        }
        for (const auto& h : m_lib.findAll(m_pin, m_key.activity)) {
            if (h.factor->kind != FactorKind::Indirect) continue;
            auto fu = libraryUnit(h, h.factor->unit);
            if (!fu) return;
            auto scale = fit(fu->denominator, h.factor->unit, "factor");
            if (!scale) return;
            addTerm(gases::kCo2eOther, *h.factor->value * fu->toBase() * m_unit->toBase);
            noteLibrary(h, "factor_value", *h.factor->value, h.factor->unit);
            method("indirect_factor", "CO2e[t] = Q[" + unitText() + "] × " + num(*h.factor->value) + " " + h.factor->unit + " (" +
                                          h.set->id + ":" + h.factor->id + ")");
            return;
        }
        if (m_species && (m_species->species == "CO2e" || m_species->species == "CO2")) {
            addTerm(gases::kCo2eOther, m_species->unit.toBase);
            method("indirect_co2e", "CO2e[t] = Q[" + m_ef.unit + "] × " + num(m_species->unit.toBase));
            return;
        }
        if (m_unit)
            issue("factor_value", "required",
                  "indirect_other needs factor_value and factor_unit (e.g. tCO2e/tkm), or a quantity in tCO2e");
    }

    const FactorLibrary& m_lib;
    const FactorPin& m_pin;
    const UncertaintySettings& m_st;
    const ActivityKeyView& m_key;
    const FactorOverrides& m_ov;
    std::vector<FieldIssue>& m_issues;
    std::size_t m_before;
    EffectiveFactor m_ef;
    std::optional<Unit> m_unit;
    std::optional<SpeciesMass> m_species;
    std::optional<FactorUnit> m_recordFactorUnit;
    std::vector<std::string> m_uncertaintyOrigins;
    std::vector<double> m_uncertainties;
    std::string m_identity;
    bool m_parametric;
};

}  // namespace

std::optional<EffectiveFactor> buildEffectiveFactor(const FactorLibrary& library, const FactorPin& pin,
                                                    const UncertaintySettings& settings, const ActivityKeyView& key,
                                                    std::vector<FieldIssue>& issues, std::string& correlationIdentity,
                                                    bool parametric) {
    Builder builder(library, pin, settings, key, issues, parametric);
    return builder.build(correlationIdentity);
}

}  // namespace cnms::accounting::detail
