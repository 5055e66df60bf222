// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/accounting/Confidence.h"
#include "cnms/accounting/Gas.h"

namespace cnms::accounting {

/** One 100-year GWP value (kgCO2e per kg) with its provenance. */
struct GwpEntry {
    double value = 0.0;  ///< NaN when the set has no value for the gas
    std::string source;
    Confidence confidence = Confidence::High;
};

/**
 * A set of 100-year global warming potentials from one IPCC assessment report (AR4, AR5, AR6),
 * parsed from the shipped gwp.csv. Under AR6 fossil CH4 weighs 29.8 and non-fossil CH4 27.0
 * (Ch.7 Table 7.15); AR4 and AR5 give one CH4 value for both origins. Fossil and biogenic CO2 and
 * `CO2e_other` weigh 1 in every set.
 */
class GwpSet {
public:
    const std::string& id() const { return m_id; }
    const std::string& name() const { return m_name; }
    /** FNV-1a 64-bit hash (hex) of the shipped gwp.csv: changes when a new release changes a value. */
    const std::string& contentHash() const { return m_contentHash; }
    const GwpEntry& entry(GasIndex g) const { return m_entries[g]; }
    /** GWP of a slot; NaN when the set has no value for it. */
    double value(GasIndex g) const { return m_entries[g].value; }
    bool has(GasIndex g) const;

    /** The shipped sets in order AR4, AR5, AR6. */
    static const std::vector<GwpSet>& shipped();
    /** A shipped set by id ("AR5", case-insensitive); null when unknown. */
    static const GwpSet* find(std::string_view id);
    /** A shipped set by id; throws NotFoundError naming the id and the known ones. */
    static const GwpSet& get(std::string_view id);

private:
    std::string m_id;
    std::string m_name;
    std::string m_contentHash;
    std::array<GwpEntry, gases::kMaxGases> m_entries{};

    friend struct GwpSetLoader;
};

}  // namespace cnms::accounting
