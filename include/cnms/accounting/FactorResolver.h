// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/FactorLibrary.h"
#include "cnms/accounting/Gas.h"
#include "cnms/accounting/Uncertainty.h"

namespace cnms::accounting {

/** What determines a record's factor: source type, activity, unit and the record's own parameters. */
struct ActivityKey {
    SourceType sourceType = SourceType::FuelCombustion;
    std::string activity;
    std::string unit;
    FactorOverrides overrides;
    bool operator==(const ActivityKey&) const = default;
};

/** An ActivityKey that borrows its text (no copy), for lookups. */
struct ActivityKeyView {
    SourceType sourceType = SourceType::FuelCombustion;
    std::string_view activity;
    std::string_view unit;
    const FactorOverrides* overrides = nullptr;  ///< never null when used

    static ActivityKeyView of(const ActivityRecord& r) { return {r.sourceType, r.activity, r.unit, &r.overrides}; }
    static ActivityKeyView of(const ActivityKey& k) { return {k.sourceType, k.activity, k.unit, &k.overrides}; }
    ActivityKey toKey() const { return {sourceType, std::string(activity), std::string(unit), *overrides}; }
};

/**
 * The numeric parameters a record may carry, in a fixed order. Emissions are products of them,
 * so a batch keys its records by which parameters are present (with placeholder values) and
 * keeps each record's values as a multiplier: a file with a supplier factor on every row then
 * costs one effective factor, not one per row.
 */
namespace record_parameters {
inline constexpr std::size_t kCount = 6;  ///< ncv, carbon_content, oxidation_rate, ch4_kg_per_tj, n2o_kg_per_tj, factor_value
using Values = std::array<double, kCount>;
/** True when the record carries any numeric parameter. */
bool any(const FactorOverrides& o);
/** The values in fixed order (NaN where absent). */
Values values(const FactorOverrides& o);
/** `out` = `in` with every present value replaced by its placeholder (units and presence kept). */
void makeParametric(const FactorOverrides& in, FactorOverrides& out);
/** `out` = `parametric` with the actual values put back. */
void restore(const FactorOverrides& parametric, const Values& values, FactorOverrides& out);
/** Π value/placeholder over the parameters in `mask` (bit i = parameter i). */
double multiplier(const Values& values, std::uint8_t mask);
}  // namespace record_parameters

/** One parameter a factor was computed from, and where it came from. */
struct TraceParameter {
    std::string name;  ///< import column name: ncv, carbon_content, oxidation_rate, co2_kg_per_tj, ch4_kg_per_tj, n2o_kg_per_tj, factor_value, composition
    double value = 0.0;
    std::string unit;              ///< GJ/t, tC/TJ, %, kg/TJ, tCO2/MWh ...
    bool fromRecord = false;       ///< given on the activity record
    bool perRecord = false;        ///< varies per record: `value` is a placeholder, each record's own value applies
    std::string factorSetId;       ///< library origin (empty when fromRecord)
    std::string factorSetVersion;
    std::string factorId;
    Confidence confidence = Confidence::High;
    bool operator==(const TraceParameter&) const = default;
};

/** How a result was obtained: method, formula, parameters with their origin, confidence. */
struct FactorTrace {
    std::string method;   ///< see docs/accounting.md (fuel_ncv_carbon, fuel_ncv_ipcc, grid_factor, gas_mass ...)
    std::string formula;  ///< human-readable, with the numbers used
    std::string factorSetId;  ///< the library factor first used (empty when only record parameters)
    std::string factorSetVersion;
    std::string factorId;
    std::vector<TraceParameter> parameters;
    Confidence confidence = Confidence::High;  ///< lowest confidence of a library parameter used
    bool lowConfidence = false;                ///< a low-confidence library value was used: flag the result
    bool operator==(const FactorTrace&) const = default;
};

/** Mass of one gas per unit of the record's quantity (t per unit; negative for recovered CO2). */
struct GasTerm {
    GasIndex gas = gases::kCo2;
    double perUnit = 0.0;
    bool operator==(const GasTerm&) const = default;
};

/**
 * Everything needed to turn a quantity into gas masses, computed once per distinct
 * (source type, activity, unit, record parameters): the hot path multiplies and adds only.
 */
struct EffectiveFactor {
    SourceType sourceType = SourceType::FuelCombustion;
    std::string activity;
    std::string unit;  ///< canonical unit symbol of the quantity
    std::array<GasTerm, 3> terms{};
    std::uint8_t termCount = 0;
    FactorTrace trace;
    double uncertaintyPct = 0.0;        ///< combined factor uncertainty (√ΣU² over the distinct factors used)
    bool uncertaintyDefaulted = false;  ///< some factor had no uncertainty of its own
    std::uint32_t correlationGroup = 0;  ///< effective factors sharing the same underlying factor values
    std::vector<std::string> warnings;   ///< e.g. a grid factor describing another year than the inventory

    /** tCO2e per unit of quantity with the given GWP values (biogenic CO2 excluded). */
    template <class Gwp>
    double co2ePerUnit(const Gwp& gwp) const {
        double e = 0;
        for (std::uint8_t i = 0; i < termCount; ++i)
            if (terms[i].gas != gases::kCo2Biogenic) e += terms[i].perUnit * gwp.value(terms[i].gas);
        return e;
    }
    bool operator==(const EffectiveFactor&) const = default;
};

/**
 * Resolves activity keys against a factor library and a pinned selection into effective
 * factors, with GB/T 32150 formulas. Results (and failures) are cached per key, so resolving the
 * same activity a million times costs one hash lookup each. Not thread-safe.
 */
class FactorResolver {
public:
    FactorResolver(const FactorLibrary& library, FactorPin pin, UncertaintySettings settings = {});
    ~FactorResolver();
    FactorResolver(const FactorResolver&) = delete;
    FactorResolver& operator=(const FactorResolver&) = delete;

    const FactorLibrary& library() const { return m_library; }
    const FactorPin& pin() const { return m_pin; }
    int year() const { return m_pin.year; }
    const UncertaintySettings& settings() const { return m_settings; }

    /**
     * Index of the effective factor for `key`, or nullopt after appending every issue (fields are
     * import column names: activity, unit, ncv, ncv_unit, carbon_content, oxidation_rate, ...,
     * factor_value, factor_unit). Quantity, dates, site and category are not looked at here.
     */
    std::optional<std::uint32_t> resolve(const ActivityKeyView& key, std::vector<FieldIssue>& issues);

    /** How a key with placeholder record parameters (record_parameters::makeParametric) applies to records. */
    struct Parametric {
        std::uint32_t factor = 0;        ///< effective factor computed with the placeholders
        std::uint8_t multiplierMask = 0;  ///< parameters whose record values multiply every gas term
        bool uniform = true;  ///< false: the parameters act on the gases differently; resolve each record's own key
    };
    /**
     * Resolves a key whose record parameters are placeholders and finds, by evaluating the
     * formulas with each placeholder changed, which parameters scale every gas term alike.
     * Issues as resolve(); they never depend on parameter values (RecordValidator checks those).
     */
    std::optional<Parametric> resolveParametric(const ActivityKeyView& key, std::vector<FieldIssue>& issues);

    const EffectiveFactor& factor(std::uint32_t index) const { return m_factors[index]; }
    const std::vector<EffectiveFactor>& factors() const { return m_factors; }

private:
    struct Cache;
    std::uint32_t store(EffectiveFactor&& factor, const std::string& identity);
    const FactorLibrary& m_library;
    FactorPin m_pin;
    UncertaintySettings m_settings;
    std::vector<EffectiveFactor> m_factors;
    std::unique_ptr<Cache> m_cache;
};

}  // namespace cnms::accounting
