// SPDX-License-Identifier: MIT
#include "cnms/accounting/RecordValidator.h"

#include <cmath>
#include <unordered_set>

#include "ActivityKeyHash.h"

namespace cnms::accounting {

struct RecordValidator::Sites {
    std::unordered_set<std::string, detail::StringHash, std::equal_to<>> codes;
};

RecordValidator::RecordValidator(FactorResolver& resolver) : m_resolver(resolver) {}

RecordValidator::~RecordValidator() = default;

void RecordValidator::restrictSites(const std::vector<std::string>& codes) {
    m_sites = std::make_unique<Sites>();
    for (const auto& c : codes) m_sites->codes.insert(c);
}

void RecordValidator::checkFields(const ActivityRecord& r, std::vector<FieldIssue>& issues) const {
    if (r.site.empty()) issues.push_back({"site", "required", "site is required"});
    else if (m_sites && m_sites->codes.find(std::string_view(r.site)) == m_sites->codes.end())
        issues.push_back({"site", "site_unknown", "no site with code '" + r.site + "'"});

    const bool startOk = r.periodStart.valid(), endOk = r.periodEnd.valid();
    if (!startOk) issues.push_back({"period_start", "date_invalid", "period_start is not a valid date"});
    if (!endOk) issues.push_back({"period_end", "date_invalid", "period_end is not a valid date"});
    if (startOk && endOk) {
        if (r.periodEnd < r.periodStart)
            issues.push_back({"period_end", "period_end_before_start",
                              "period_end " + r.periodEnd.toString() + " is before period_start " + r.periodStart.toString()});
        else if (r.periodEnd.year != r.periodStart.year)
            issues.push_back({"period_end", "period_spans_years",
                              "the period " + r.periodStart.toString() + " to " + r.periodEnd.toString() +
                                  " spans two years; split it at the year end"});
        else if (r.periodStart.year != year())
            issues.push_back({"period_start", "period_outside_reporting_year",
                              "the period " + r.periodStart.toString() + " to " + r.periodEnd.toString() +
                                  " is outside the reporting year " + std::to_string(year())});
    }

    if (!std::isfinite(r.quantity)) issues.push_back({"quantity", "quantity_not_finite", "quantity must be a finite number"});
    else if (r.quantity < 0) issues.push_back({"quantity", "quantity_negative", "quantity must be 0 or more"});

    if (r.isoCategory) {
        const int c = *r.isoCategory;
        if (c < 1 || c > 6) {
            issues.push_back({"iso_category", "iso_category_out_of_range", "iso_category must be 1 to 6 (ISO 14064-1)"});
        } else if (r.sourceType == SourceType::Co2Recovered && c != 1) {
            issues.push_back({"iso_category", "iso_category_not_allowed", "recovered CO2 is deducted in category 1"});
        } else if ((r.sourceType == SourceType::PurchasedElectricity || r.sourceType == SourceType::PurchasedHeat) && c == 1) {
            issues.push_back({"iso_category", "iso_category_not_allowed",
                              "purchased energy is an indirect source: category 2 (or 3-6), never 1"});
        }
    } else if (r.sourceType == SourceType::IndirectOther) {
        issues.push_back({"iso_category", "iso_category_required", "iso_category (1-6) is required for indirect_other"});
    }

    if (r.uncertaintyPct && !(std::isfinite(*r.uncertaintyPct) && *r.uncertaintyPct >= 0))
        issues.push_back({"uncertainty_pct", "value_negative", "uncertainty_pct must be 0 or more"});

    // The values of the record's own factor parameters (their presence and units are checked with the factor).
    const auto& o = r.overrides;
    auto positive = [&](const char* field, const std::optional<double>& v, const char* what) {
        if (v && !(std::isfinite(*v) && *v > 0)) issues.push_back({field, "value_not_positive", std::string(what) + " must be above 0"});
    };
    auto nonNegative = [&](const char* field, const std::optional<double>& v) {
        if (v && !(std::isfinite(*v) && *v >= 0)) issues.push_back({field, "value_negative", std::string(field) + " must be 0 or more"});
    };
    positive("ncv", o.ncv, "ncv");
    positive("carbon_content", o.carbonContent, "carbon_content (tC/TJ)");
    if (o.oxidationPct) {
        const double of = *o.oxidationPct;
        if (!(std::isfinite(of) && of > 0 && of <= 100))
            issues.push_back({"oxidation_rate", "out_of_range", "oxidation_rate must be above 0 and at most 100 (%)"});
        else if (of <= 1)
            issues.push_back({"oxidation_rate", "oxidation_rate_fraction",
                              "oxidation_rate is in %: " + std::to_string(of) + " would mean less than 1 %; write e.g. 98 for 98 %"});
    }
    nonNegative("ch4_kg_per_tj", o.ch4KgPerTj);
    nonNegative("n2o_kg_per_tj", o.n2oKgPerTj);
    nonNegative("factor_value", o.factorValue);
}

bool RecordValidator::check(const ActivityRecord& r, std::vector<FieldIssue>& issues) {
    const auto before = issues.size();
    checkFields(r, issues);
    // Resolved with placeholder parameter values, as the batch does: issues then never depend on the values,
    // which checkFields has looked at.
    ActivityKeyView view = ActivityKeyView::of(r);
    if (r.overrides.any()) {
        record_parameters::makeParametric(r.overrides, m_scratch);
        view.overrides = &m_scratch;
    }
    m_resolver.resolveParametric(view, issues);
    return issues.size() == before;
}

std::vector<FieldIssue> RecordValidator::validate(const ActivityRecord& r) {
    std::vector<FieldIssue> issues;
    check(r, issues);
    return issues;
}

}  // namespace cnms::accounting
