// SPDX-License-Identifier: MIT
#include "cnms/core/Organization.h"

#include "cnms/core/Identifiers.h"
#include "cnms/core/TextUtil.h"

namespace cnms {

std::string_view toString(Consolidation c) {
    switch (c) {
        case Consolidation::OperationalControl: return "operational_control";
        case Consolidation::FinancialControl: return "financial_control";
        case Consolidation::EquityShare: return "equity_share";
    }
    return "operational_control";
}

std::optional<Consolidation> consolidationFromString(std::string_view s) {
    for (auto c : {Consolidation::OperationalControl, Consolidation::FinancialControl, Consolidation::EquityShare})
        if (toString(c) == s) return c;
    return std::nullopt;
}

std::vector<FieldIssue> validate(const Organization& org) {
    std::vector<FieldIssue> issues;
    if (text::trim(org.name).empty()) issues.push_back({"name", "required", "the organization's name is required"});
    if (org.name.size() > 200) issues.push_back({"name", "too_long", "the name is longer than 200 bytes"});
    if (!org.creditCode.empty()) {
        auto why = credit_code::problem(org.creditCode);
        if (!why.empty())
            issues.push_back({"credit_code", "credit_code_invalid", "unified social credit code " + why});
    }
    if (!org.industryCode.empty() && !industry_code::isValid(org.industryCode))
        issues.push_back({"industry_code", "industry_code_invalid",
                          "industry code '" + org.industryCode +
                              "' is not a GB/T 4754 code (a letter A-T, then 2, 3 or 4 digits, e.g. C3011)"});
    return issues;
}

}  // namespace cnms
