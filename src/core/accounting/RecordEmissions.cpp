// SPDX-License-Identifier: MIT
#include "cnms/accounting/RecordEmissions.h"

namespace cnms::accounting {

double RecordEmissions::tco2e(const GwpSet& gwp) const {
    double e = 0;
    for (const auto& g : gases)
        if (g.gas != gases::kCo2Biogenic) e += g.tonnes * gwp.value(g.gas);
    return e;
}

double RecordEmissions::biogenicCo2() const {
    double t = 0;
    for (const auto& g : gases)
        if (g.gas == gases::kCo2Biogenic) t += g.tonnes;
    return t;
}

RecordEmissions calculateRecord(const ActivityRecord& record, RecordValidator& validator) {
    std::vector<FieldIssue> issues;
    if (!validator.check(record, issues)) throw ValidationError(std::move(issues));
    // The record's own key, values included, so that the trace shows them.
    auto index = validator.resolver().resolve(ActivityKeyView::of(record), issues);
    if (!index) throw ValidationError(std::move(issues));
    const EffectiveFactor& f = validator.resolver().factor(*index);
    RecordEmissions out;
    out.factor = &f;
    out.isoCategory = record.effectiveIsoCategory();
    out.scope = scopeOfCategory(out.isoCategory);
    for (std::uint8_t i = 0; i < f.termCount; ++i) out.gases.push_back({f.terms[i].gas, record.quantity * f.terms[i].perUnit});
    return out;
}

}  // namespace cnms::accounting
