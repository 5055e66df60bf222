// SPDX-License-Identifier: MIT
#include "cnms/neutrality/NeutralityEvaluation.h"

#include <algorithm>
#include <cmath>

namespace cnms::neutrality {

std::string_view toString(RefusalReason r) {
    switch (r) {
        case RefusalReason::DuplicateSerial: return "duplicate_serial";
        case RefusalReason::VintageOutOfRange: return "vintage_out_of_range";
        case RefusalReason::NotRetired: return "not_retired";
        case RefusalReason::RetiredAfterClaim: return "retired_after_claim";
    }
    return "duplicate_serial";
}

bool isNetZero(double emissions, double credits) {
    double scale = std::max(std::fabs(emissions), std::fabs(credits));
    return emissions - credits <= 1e-9 * scale;
}

NeutralityBalance evaluateNeutrality(double boundaryEmissionsTco2e, double baseYearEmissionsTco2e,
                                     const std::vector<OffsetCredit>& credits, const ClaimPeriod& claim) {
    NeutralityBalance b;
    b.boundaryEmissionsTco2e = boundaryEmissionsTco2e;
    b.reductionsTco2e = std::max(0.0, baseYearEmissionsTco2e - boundaryEmissionsTco2e);

    std::vector<OffsetCredit> seen;  // every credit looked at so far, counted or not
    for (const auto& credit : credits) {
        std::optional<RefusedCredit> refusal;
        if (auto earlier = findDoubleCounted(credit, seen)) {
            refusal = RefusedCredit{credit, RefusalReason::DuplicateSerial,
                                    "overlaps " + earlier->registry + " " + earlier->serial};
        } else if (credit.vintage < claim.vintageFrom || credit.vintage > claim.vintageTo) {
            refusal = RefusedCredit{credit, RefusalReason::VintageOutOfRange,
                                    "vintage " + std::to_string(credit.vintage) + " outside " +
                                        std::to_string(claim.vintageFrom) + "-" + std::to_string(claim.vintageTo)};
        } else if (credit.status != CreditStatus::Retired) {
            refusal = RefusedCredit{credit, RefusalReason::NotRetired, "status " + std::string(toString(credit.status))};
        } else if (!claim.retireBy.empty() && credit.retirementDate > claim.retireBy) {
            // ISO dates compare correctly as text.
            refusal = RefusedCredit{credit, RefusalReason::RetiredAfterClaim,
                                    "retired " + credit.retirementDate + " after " + claim.retireBy};
        }
        seen.push_back(credit);
        if (refusal) {
            b.refused.push_back(std::move(*refusal));
            continue;
        }
        b.accepted.push_back(credit);
        b.offsetsAcceptedTco2e += credit.quantityTco2e;
        if (credit.type == CreditType::Removal) b.removalsAcceptedTco2e += credit.quantityTco2e;
    }
    b.netEmissionsTco2e = b.boundaryEmissionsTco2e - b.offsetsAcceptedTco2e;
    b.carbonNeutral = isNetZero(b.boundaryEmissionsTco2e, b.offsetsAcceptedTco2e);
    return b;
}

}  // namespace cnms::neutrality
