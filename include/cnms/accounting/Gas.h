// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/accounting/Confidence.h"

/**
 * The greenhouse gases the engine keeps apart. Masses are held per slot: fossil and biogenic CO2,
 * fossil and non-fossil CH4 (AR6 gives them different GWPs), N2O, `CO2e_other` (amounts that are
 * already CO2e, from `indirect_other`), then the fluorinated gases of the shipped GWP table in
 * file order (SF6, NF3, HFC-23 ...).
 */
namespace cnms::accounting {

using GasIndex = std::uint8_t;

namespace gases {

inline constexpr GasIndex kCo2 = 0;           ///< fossil CO2; recovered CO2 is a negative mass here
inline constexpr GasIndex kCo2Biogenic = 1;   ///< reported separately, never in totals
inline constexpr GasIndex kCh4Fossil = 2;
inline constexpr GasIndex kCh4NonFossil = 3;
inline constexpr GasIndex kN2o = 4;
inline constexpr GasIndex kCo2eOther = 5;     ///< already in tCO2e; GWP 1 in every set
inline constexpr GasIndex kFirstFluorinated = 6;
inline constexpr std::size_t kMaxGases = 32;

/** Number of slots in use (6 + fluorinated gases of the shipped GWP table). */
std::size_t count();

/** Slot name: "CO2", "CO2-biogenic", "CH4-fossil", "CH4-non-fossil", "N2O", "CO2e_other", "HFC-134a" ... */
std::string_view slotName(GasIndex g);

/** Key under which the slot is reported by gas: both CH4 slots report as "CH4"; the others as their slot name. */
std::string_view reportingName(GasIndex g);

/** ISO 14064-1 gas group: "CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3", "CO2e_other". */
std::string_view group(GasIndex g);

/**
 * Slot for a gas as users write it: "CO2", "CO2-biogenic", "CH4" (fossil unless said otherwise),
 * "CH4-fossil", "CH4-non-fossil", "N2O", "SF6", "HFC-134a", "R-134a", "CF4" / "PFC-14" ...;
 * case and hyphens do not matter.
 */
std::optional<GasIndex> find(std::string_view name);

/** One component of a refrigerant blend, by mass fraction. */
struct BlendComponent {
    GasIndex gas;
    double massFraction;
};

/** A refrigerant blend (e.g. R-410A) whose released mass splits into its component gases. */
struct RefrigerantBlend {
    std::string name;
    std::vector<BlendComponent> components;
    std::string source;
    Confidence confidence;
};

/** Zeotropic/azeotropic HFC blends common in industrial cooling, by ASHRAE designation. */
const std::vector<RefrigerantBlend>& refrigerantBlends();

/** A blend by name ("R-410A", "r410a", "R410A"), or null. */
const RefrigerantBlend* findBlend(std::string_view name);

}  // namespace gases
}  // namespace cnms::accounting
