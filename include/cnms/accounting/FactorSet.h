// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cnms/accounting/Confidence.h"
#include "cnms/core/Errors.h"

namespace cnms::accounting {

/** What a factor quantifies, and so which source types may use it. */
enum class FactorKind : unsigned char {
    Fuel,         ///< combustion parameters: NCV, carbon content, oxidation rate, CH4/N2O per TJ
    Electricity,  ///< tCO2 per unit of purchased electricity (grid or supplier factor)
    Heat,         ///< tCO2 per unit of purchased heat or steam energy
    Process,      ///< mass of one gas per unit of activity (process emissions, recovered CO2)
    Indirect,     ///< tCO2e per unit of activity for `indirect_other`
};

std::string_view toString(FactorKind k);
std::optional<FactorKind> factorKindFromString(std::string_view s);

/**
 * One factor of a factor set. Fuels carry combustion parameters (GB/T 32150: NCV in `ncvUnit`,
 * carbon content in tC/TJ, oxidation rate in %, optionally CH4/N2O in kg/TJ, or an IPCC-style
 * CO2 factor in kg/TJ); the other kinds carry one `value` in `unit` (e.g. 0.5366 tCO2/MWh).
 */
struct Factor {
    std::string id;  ///< unique within its set; what activity records name
    FactorKind kind = FactorKind::Fuel;
    std::string nameZh;
    std::string nameEn;
    std::string activityUnit;  ///< the unit activity data normally come in (t, 10^4 Nm3, MWh ...)

    std::optional<double> ncv;            ///< net calorific value
    std::string ncvUnit;                  ///< e.g. GJ/t, GJ/10^4 Nm3, TJ/Gg
    std::optional<double> carbonContent;  ///< tC/TJ (= kg C/GJ)
    std::optional<double> oxidationPct;   ///< carbon oxidation rate, %
    std::optional<double> co2KgPerTj;     ///< IPCC default CO2 factor; used instead of carbon × oxidation when set
    std::optional<double> ch4KgPerTj;
    std::optional<double> n2oKgPerTj;
    bool biogenic = false;  ///< biomass fuel: its CO2 is reported apart and its CH4 is non-fossil

    std::optional<double> value;  ///< Electricity / Heat / Process / Indirect factors
    std::string unit;             ///< unit of `value`, e.g. tCO2/MWh, tCO2/GJ, tCO2/t, tCO2e/tkm
    std::string gas;              ///< Process factors: the gas (CO2, N2O ...); defaults from the unit's species

    std::optional<int> dataYear;  ///< year the factor describes (grid factors)
    std::string region;
    std::string factorType;  ///< e.g. location_based_average, ets_grid_default, heat_default
    std::string source;      ///< document and table
    Confidence confidence = Confidence::Medium;
    std::string notes;
    std::optional<double> uncertaintyPct;  ///< half-width of the 95 % interval, %, when known

    bool operator==(const Factor&) const = default;
};

/**
 * A named, versioned collection of factors: a shipped table (read-only) or a user set such as
 * lab-measured calorific values valid for some years. Lookup by factor id is a hash lookup.
 */
class FactorSet {
public:
    FactorSet() = default;
    FactorSet(std::string id, std::string version);

    std::string id;
    std::string version;
    std::string nameZh;
    std::string nameEn;
    std::string source;
    bool shipped = false;             ///< shipped sets cannot be changed or removed
    std::optional<int> validFromYear;  ///< user sets: first reporting year the set may be used for
    std::optional<int> validToYear;    ///< user sets: last reporting year the set may be used for
    std::string contentHash;          ///< shipped sets: hash of the embedded table

    /** Adds a factor; throws RefusedError `factor_id_duplicate` when the id is taken. */
    void add(Factor factor);
    const std::vector<Factor>& factors() const { return m_factors; }
    /** The factor with this id, or null. */
    const Factor* find(std::string_view factorId) const;
    /** True when the set may be used for a reporting year (always for sets without validity years). */
    bool validFor(int year) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<Factor> m_factors;
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_index;
};

/**
 * Every problem with a user factor set: id and version, source, validity years, and for each
 * factor its id, units (dimensions must fit the kind) and values. Field names are
 * `id`, `version`, `source`, `valid_from_year`, `factors[3].ncv_unit` ...
 */
std::vector<FieldIssue> validate(const FactorSet& set);

}  // namespace cnms::accounting
