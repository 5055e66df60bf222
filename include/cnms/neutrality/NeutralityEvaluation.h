// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "cnms/neutrality/OffsetCredit.h"

namespace cnms::neutrality {

/** The claim a balance is evaluated for (clause 9.2): period, eligible vintages, deadline. */
struct ClaimPeriod {
    int year = 0;          ///< the reporting year whose emissions are balanced
    int vintageFrom = 0;   ///< oldest eligible vintage (inclusive)
    int vintageTo = 0;     ///< newest eligible vintage (inclusive)
    std::string retireBy;  ///< ISO date: credits retired later do not count for this claim
};

/** Why a credit is not counted; checked in this order and the first that applies is reported. */
enum class RefusalReason { DuplicateSerial, VintageOutOfRange, NotRetired, RetiredAfterClaim };
std::string_view toString(RefusalReason r);

struct RefusedCredit {
    OffsetCredit credit;
    RefusalReason reason;
    std::string detail;  ///< e.g. which earlier credit it duplicates
};

struct NeutralityBalance {
    double boundaryEmissionsTco2e = 0;  ///< gross emissions inside the claim's boundary
    double reductionsTco2e = 0;         ///< achieved against the base year (0 when none or an increase)
    std::vector<OffsetCredit> accepted;
    std::vector<RefusedCredit> refused;
    double offsetsAcceptedTco2e = 0;
    double removalsAcceptedTco2e = 0;  ///< the share of accepted credits that are removals
    double netEmissionsTco2e = 0;
    bool carbonNeutral = false;
};

/**
 * Balances boundary emissions with the credits that qualify for the claim. A credit is refused
 * for, in order: overlapping an earlier credit's serial in the same registry (the first recorded
 * one counts), a vintage outside the window, not being retired, being retired after the claim's
 * deadline. Neutral when net ≤ 0 within a relative tolerance of 1e-9 of the larger of emissions
 * and credits, so that an exact balance counts and floating-point noise never decides it.
 */
NeutralityBalance evaluateNeutrality(double boundaryEmissionsTco2e, double baseYearEmissionsTco2e,
                                     const std::vector<OffsetCredit>& credits, const ClaimPeriod& claim);

/** Net ≤ 0 with the relative tolerance described above. */
bool isNetZero(double emissions, double credits);

}  // namespace cnms::neutrality
