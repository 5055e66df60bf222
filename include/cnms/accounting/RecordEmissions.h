// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/GwpSet.h"
#include "cnms/accounting/RecordValidator.h"

namespace cnms::accounting {

/** Mass of one gas slot, t (negative for recovered CO2). */
struct GasMass {
    GasIndex gas = gases::kCo2;
    double tonnes = 0.0;
};

/** Stage one for a single record: what a form shows while the user types. */
struct RecordEmissions {
    std::vector<GasMass> gases;
    int isoCategory = 1;
    int scope = 1;
    const EffectiveFactor* factor = nullptr;  ///< owned by the validator's resolver; carries the trace

    /** tCO2e with a GWP set (biogenic CO2 excluded, as in inventories). */
    double tco2e(const GwpSet& gwp) const;
    /** Biogenic CO2, t. */
    double biogenicCo2() const;
};

/** Validates and calculates one record; throws ValidationError with every issue when it is not valid. */
RecordEmissions calculateRecord(const ActivityRecord& record, RecordValidator& validator);

}  // namespace cnms::accounting
