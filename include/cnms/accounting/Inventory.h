// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/GasInventory.h"
#include "cnms/accounting/GwpSet.h"

namespace cnms::accounting {

/** A denominator for intensity given by the caller, e.g. 1 200 000 t clinker or 95 000 (10^4 CNY). */
struct IntensityBase {
    double value = 0.0;
    std::string unit;  ///< free text shown after "tCO2e/", e.g. "t clinker", "10^4 CNY"
    bool operator==(const IntensityBase&) const = default;
};

/** Options of the weighing stage. */
struct InventoryOptions {
    std::optional<IntensityBase> output;   ///< production output for intensity per unit of output
    std::optional<IntensityBase> revenue;  ///< revenue for intensity per unit of revenue
};

/** Emissions per unit of a denominator: total and scope 1+2. */
struct Intensity {
    IntensityBase base;
    double totalPerUnit = 0.0;    ///< total tCO2e / base
    double scope12PerUnit = 0.0;  ///< (scope 1 + scope 2) tCO2e / base
    bool operator==(const Intensity&) const = default;
};

/** One result row: a (site, ISO category, effective factor) cell weighed with the GWP set. */
struct InventoryRow {
    std::string site;
    SourceType sourceType = SourceType::FuelCombustion;
    std::string activity;
    int isoCategory = 1;
    int scope = 1;
    double quantity = 0.0;
    std::string unit;
    std::uint32_t recordCount = 0;
    std::uint32_t cell = 0;  ///< index into GasInventory::cells (GasInventory::recordsOf gives the records)
    std::map<std::string, double> massT;      ///< gas slot → t (CO2-biogenic included)
    std::map<std::string, double> tco2eByGas;  ///< reporting gas name → tCO2e (biogenic CO2 excluded)
    double tco2e = 0.0;
    double biogenicCo2T = 0.0;
    std::array<double, 12> monthTco2e{};
    std::optional<double> uncertaintyPct;
    FactorTrace trace;
    std::vector<std::string> warnings;
};

/** A low-confidence factor used in the inventory, with what it weighs. */
struct LowConfidenceUse {
    std::string factorSetId;
    std::string factorSetVersion;
    std::string factorId;
    std::string activity;
    double tco2e = 0.0;
    double sharePct = 0.0;  ///< of the total (0 when the total is 0)
};

/** Tonnes CO2e by (source type, activity). */
struct ActivityTotal {
    SourceType sourceType = SourceType::FuelCombustion;
    std::string activity;
    double tco2e = 0.0;
};

/** Approach 1 uncertainties (95 % half-width, % of the total); empty when a total is 0. */
struct InventoryUncertainty {
    std::optional<double> totalPct;
    std::array<std::optional<double>, 6> byIsoCategoryPct{};
    std::array<std::optional<double>, 3> byScopePct{};
    bool defaultsUsed = false;  ///< some record or factor had no uncertainty of its own
};

/**
 * Stage two: an inventory in tCO2e for one reporting year and GWP set.
 *
 * Every total is a sum of the same leaves — (cell, month, gas) amounts rounded to 10⁻¹² t and
 * summed as 128-bit integers — so the totals by gas, ISO category, scope, site, source type,
 * activity and month reconcile exactly with the grand total whatever the summation order.
 * Biogenic CO2 is reported in `biogenicCo2T` and never in a total.
 */
struct Inventory {
    int year = 0;
    FactorPin pin;
    std::string gwpSet;
    std::size_t recordCount = 0;

    double totalTco2e = 0.0;
    double biogenicCo2T = 0.0;
    std::map<std::string, double> byGasTco2e;   ///< CO2, CH4, N2O, HFC-134a ..., CO2e_other
    std::map<std::string, double> byGasT;       ///< mass by reporting gas (CO2e_other and biogenic CO2 excluded)
    std::map<std::string, double> byGasSlotT;   ///< mass by slot: CO2, CO2-biogenic, CH4-fossil, CH4-non-fossil ...
    std::map<std::string, double> byGasGroupTco2e;  ///< ISO 14064-1 groups: CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, CO2e_other
    std::array<double, 6> byIsoCategoryTco2e{};  ///< index 0 = category 1
    std::array<double, 3> byScopeTco2e{};        ///< index 0 = scope 1
    std::map<std::string, double> bySiteTco2e;
    std::map<std::string, double> bySourceTypeTco2e;
    std::vector<ActivityTotal> byActivityTco2e;
    std::array<double, 12> byMonthTco2e{};
    /** Category 1 split by gas (ISO 14064-1 asks direct emissions per gas). */
    std::map<std::string, double> directByGasTco2e;

    InventoryUncertainty uncertainty;
    std::optional<Intensity> intensityPerOutput;
    std::optional<Intensity> intensityPerRevenue;
    std::vector<InventoryRow> rows;
    std::vector<LowConfidenceUse> lowConfidence;
    std::vector<std::string> warnings;

    double categoryTco2e(int isoCategory) const { return byIsoCategoryTco2e.at(static_cast<std::size_t>(isoCategory - 1)); }
    double scopeTco2e(int scope) const { return byScopeTco2e.at(static_cast<std::size_t>(scope - 1)); }
    /** tCO2e of a site (0 when the site has no emission). */
    double siteTco2e(const std::string& site) const;
    /** tCO2e of a reporting gas (0 when absent). */
    double gasTco2e(const std::string& gas) const;

    /**
     * Weighs stage-one results with a GWP set. Throws RefusedError `gwp_missing` when the set
     * has no value for a gas present, ValidationError for a non-positive intensity denominator.
     */
    static Inventory weigh(const GasInventory& gases, const GwpSet& gwp, const InventoryOptions& options = {});
};

}  // namespace cnms::accounting
