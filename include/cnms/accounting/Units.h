// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

/**
 * Units of activity data and emission factors.
 *
 * Every unit has a dimension (mass, volume, energy, freight) and a scale to the dimension's base
 * unit: t, m3, GJ and tkm. Volumes also carry a basis: gas volumes "at normal conditions" (Nm3,
 * 0 °C and 101.325 kPa, the basis of the Chinese default NCVs) and volumes as measured (m3, L).
 * The engine never converts between the two bases, because doing so needs the temperature and
 * pressure of the measurement: a quantity in m3 against an NCV in GJ/10^4 Nm3 is refused with
 * code `volume_basis_mismatch` (enter the quantity in Nm3, or give an NCV per m3).
 */
namespace cnms::accounting {

enum class Dimension : unsigned char { Mass, Volume, Energy, Freight };

/** English name of a dimension ("mass", "volume", "energy", "freight"), used in messages. */
std::string_view toString(Dimension d);

/** Whether a volume is at normal conditions (Nm3) or as measured (m3, L); None for other dimensions. */
enum class VolumeBasis : unsigned char { None, Normal, Actual };

/** One unit of measure, e.g. `10^4 Nm3` = 10 000 Nm3 (volume, normal basis). */
struct Unit {
    std::string_view symbol;  ///< canonical symbol (static storage), e.g. "10^4 Nm3" for "万Nm3"
    Dimension dimension = Dimension::Mass;
    VolumeBasis basis = VolumeBasis::None;
    double toBase = 1.0;  ///< multiply a quantity in this unit by toBase to get the base unit (t, m3, GJ, tkm)

    bool operator==(const Unit& o) const { return symbol == o.symbol; }
};

/** A unit string that cannot be used; `code()` is stable (`unit_unknown`, `unit_dimension_mismatch` ...). */
class UnitError : public std::runtime_error {
public:
    UnitError(std::string code, const std::string& message) : std::runtime_error(message), m_code(std::move(code)) {}
    const std::string& code() const noexcept { return m_code; }

private:
    std::string m_code;
};

/**
 * A factor unit: an amount per unit of activity, e.g. `GJ/t`, `tCO2/MWh`, `kg/TJ`, `tC/TJ`,
 * `tCO2e/tkm`. The numerator is a mass or an energy with an optional species written right after
 * the mass (`C`, `CO2`, `CO2e` or a gas name such as `CH4`, `HFC-134a`).
 */
struct FactorUnit {
    Unit numerator;
    std::string species;  ///< "" when the numerator names no substance (e.g. GJ/t, kg/TJ)
    Unit denominator;

    /** Multiplier that turns a value in this unit into base-numerator per base-denominator (e.g. t/t, GJ/t). */
    double toBase() const { return numerator.toBase / denominator.toBase; }
    /** Canonical text, e.g. "tCO2/MWh". */
    std::string text() const;
};

/** An amount of a substance such as `tCO2e` or `kgCO2`: a mass unit with a species. */
struct SpeciesMass {
    Unit unit;
    std::string species;
};

namespace units {

/**
 * Looks a unit up by its symbol or an alias: spaces are ignored, `³` reads as 3, `万` as 10^4
 * (`万Nm3`, `万m3`, `万kWh`, `万t`) and matching is case-insensitive (`kwh`, `NM3`).
 */
std::optional<Unit> find(std::string_view text);

/** As find(), but throws UnitError `unit_unknown` naming the text. */
Unit parse(std::string_view text);

/** Parses a factor unit such as `GJ/10^4 Nm3` or `tCO2/MWh`; throws UnitError `factor_unit_invalid`. */
FactorUnit parseFactorUnit(std::string_view text);

/** Parses `tCO2e`, `kgCO2`, `tC` ...: a mass with a species; nullopt when `text` is not one. */
std::optional<SpeciesMass> findSpeciesMass(std::string_view text);

/** True when a quantity in `from` can be converted into `to` (same dimension and volume basis). */
bool convertible(const Unit& from, const Unit& to);

/**
 * The multiplier that converts a quantity in `from` into `to`. Throws UnitError
 * `unit_dimension_mismatch` (e.g. kWh into t) or `volume_basis_mismatch` (m3 into Nm3), naming both units.
 */
double factor(const Unit& from, const Unit& to);

/** Converts `value` from one unit into another (see factor()). */
inline double convert(double value, const Unit& from, const Unit& to) { return value * factor(from, to); }

/** Energy of one tonne of standard coal equivalent in GJ (GB/T 2589-2020: 1 kgce = 29.3076 MJ). */
inline constexpr double kGjPerTce = 29.3076;

}  // namespace units
}  // namespace cnms::accounting
