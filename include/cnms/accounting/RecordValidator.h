// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/FactorResolver.h"

namespace cnms::accounting {

/**
 * Validates activity records for one reporting year against a factor resolver. Every issue is
 * returned, with the import column as field name and a stable code:
 *
 * | field | codes |
 * |---|---|
 * | site | required, site_unknown |
 * | period_start, period_end | required, date_invalid, period_end_before_start, period_spans_years, period_outside_reporting_year |
 * | source_type | required, source_type_unknown (from parseActivityRow) |
 * | activity | required, activity_unknown, activity_wrong_kind, gas_unknown, factor_invalid |
 * | quantity | required, number_invalid, quantity_negative, quantity_not_finite |
 * | unit | required, unit_unknown, unit_dimension_mismatch, volume_basis_mismatch |
 * | iso_category | number_invalid, iso_category_required, iso_category_out_of_range, iso_category_not_allowed |
 * | ncv, ncv_unit, carbon_content, oxidation_rate, ch4_kg_per_tj, n2o_kg_per_tj | number_invalid, required, value_not_positive, value_negative, out_of_range, oxidation_rate_fraction, parameter_missing, parameter_not_applicable, factor_unit_invalid |
 * | factor_value, factor_unit | number_invalid, required, value_negative, factor_unit_invalid |
 * | data_quality | data_quality_unknown |
 * | uncertainty_pct | number_invalid, value_negative |
 */
class RecordValidator {
public:
    explicit RecordValidator(FactorResolver& resolver);
    ~RecordValidator();

    /** Only these site codes are accepted (code `site_unknown` otherwise); by default any code is. */
    void restrictSites(const std::vector<std::string>& codes);

    /**
     * Checks that need no factor: site, period, quantity, category, uncertainty and the values of
     * the record's factor parameters. Appends issues.
     */
    void checkFields(const ActivityRecord& record, std::vector<FieldIssue>& issues) const;

    /** All checks; true when the record is valid. Appends issues. */
    bool check(const ActivityRecord& record, std::vector<FieldIssue>& issues);

    /** All checks; every issue (empty when the record is valid). */
    std::vector<FieldIssue> validate(const ActivityRecord& record);

    FactorResolver& resolver() { return m_resolver; }
    int year() const { return m_resolver.year(); }

private:
    struct Sites;
    FactorResolver& m_resolver;
    std::unique_ptr<Sites> m_sites;
    FactorOverrides m_scratch;  // the record's parameters as placeholders, reused between records
};

}  // namespace cnms::accounting
