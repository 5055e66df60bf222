// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

namespace cnms::accounting {

/**
 * Emission source types as GB/T 32150 types them. `co2_recovered` is CO2 recovered or exported
 * (deducted, category 1); `indirect_other` is any other indirect source already in CO2e.
 */
enum class SourceType : unsigned char {
    FuelCombustion,
    Process,
    Fugitive,
    PurchasedElectricity,
    PurchasedHeat,
    Co2Recovered,
    IndirectOther,
};
inline constexpr int kSourceTypeCount = 7;

/** "fuel_combustion", "process", ... */
std::string_view toString(SourceType t);
std::optional<SourceType> sourceTypeFromString(std::string_view s);

/** ISO 14064-1:2018 category a source type defaults to (1 direct, 2 imported energy); nullopt for indirect_other. */
std::optional<int> defaultIsoCategory(SourceType t);

/** GHG Protocol scope of an ISO category: 1 → 1, 2 → 2, 3–6 → 3. */
inline int scopeOfCategory(int isoCategory) { return isoCategory <= 1 ? 1 : isoCategory == 2 ? 2 : 3; }

/** How the activity quantity was obtained. */
enum class DataQuality : unsigned char { Measured, Calculated, Estimated };
std::string_view toString(DataQuality q);
std::optional<DataQuality> dataQualityFromString(std::string_view s);

/** A calendar date (proleptic Gregorian). */
struct CivilDate {
    int year = 0;
    int month = 0;
    int day = 0;

    /** Parses YYYY-MM-DD (also YYYY/M/D); nullopt for anything that is not a real date. */
    static std::optional<CivilDate> parse(std::string_view text);
    /** YYYY-MM-DD. */
    std::string toString() const;
    /** 0-based day of the year. */
    int dayOfYear() const;
    bool valid() const;
    auto operator<=>(const CivilDate&) const = default;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

/**
 * Factor parameters given on the record itself; each overrides the library for this record.
 * `ncv` comes with `ncvUnit` (e.g. GJ/t), `carbonContent` is in tC/TJ, `oxidationPct` in %,
 * `factorValue` with `factorUnit` (e.g. tCO2/MWh, tCO2/t, tCO2e/tkm).
 */
struct FactorOverrides {
    std::optional<double> ncv;
    std::string ncvUnit;
    std::optional<double> carbonContent;
    std::optional<double> oxidationPct;
    std::optional<double> ch4KgPerTj;
    std::optional<double> n2oKgPerTj;
    std::optional<double> factorValue;
    std::string factorUnit;

    bool any() const { return ncv || carbonContent || oxidationPct || ch4KgPerTj || n2oKgPerTj || factorValue; }
    bool operator==(const FactorOverrides&) const = default;
};

/**
 * One line of activity data: what a site consumed, emitted or bought over a period inside one
 * reporting year. `activity` is a fuel id of the factor library for `fuel_combustion`, the gas
 * (e.g. `CO2`, `HFC-134a`, or a blend such as `R-410A`) for `process` and `fugitive`, a grid or
 * heat factor id for `purchased_*`, free text otherwise.
 */
struct ActivityRecord {
    std::string recordId;
    std::string site;  ///< site code
    CivilDate periodStart;
    CivilDate periodEnd;
    SourceType sourceType = SourceType::FuelCombustion;
    std::string activity;
    double quantity = 0.0;
    std::string unit;
    std::optional<int> isoCategory;  ///< defaults from the source type; required for indirect_other
    FactorOverrides overrides;
    DataQuality dataQuality = DataQuality::Measured;
    std::optional<double> uncertaintyPct;  ///< activity-data uncertainty (95 % half-width, %); defaults from data quality
    std::string evidence;
    std::string note;
    std::string enteredBy;
    std::string enteredAt;  ///< ISO 8601 timestamp

    /** The ISO category the record counts in (its own or the source type's default; 0 when neither). */
    int effectiveIsoCategory() const;
    bool operator==(const ActivityRecord&) const = default;
};

/**
 * One import row as text, field by field (the import columns). Views point into the caller's
 * buffer; nothing is copied until parse().
 */
struct ActivityRow {
    std::string_view recordId, site, periodStart, periodEnd, sourceType, activity, quantity, unit, isoCategory;
    std::string_view ncv, ncvUnit, carbonContent, oxidationRate, ch4KgPerTj, n2oKgPerTj, factorValue, factorUnit;
    std::string_view dataQuality, evidence, note, uncertaintyPct;

    /** The import column names in file order (`record_id`, `site`, ... `note`). */
    static const std::vector<std::string_view>& columns();
    /** Sets the field of a column by name; false when the name is not an import column. */
    bool set(std::string_view column, std::string_view value);
    /** Position of a column in columns(), to map a file header once instead of per row. */
    static std::optional<std::size_t> columnIndex(std::string_view column);
    /** Sets the field at a position of columns(). */
    void set(std::size_t columnIndex, std::string_view value);
};

/**
 * Turns an import row into a record, appending a FieldIssue (field = import column name) for
 * every text that cannot be read: missing or unknown source type, bad date, non-numeric
 * quantity or parameter, unknown data quality, category that is not a whole number. Checks that
 * need the factor library are done by RecordValidator. `record` is overwritten (its string
 * buffers are reused, so a loop over a million rows does not allocate per row).
 * Returns true when the row produced no issue.
 */
bool parseActivityRow(const ActivityRow& row, ActivityRecord& record, std::vector<FieldIssue>& issues);

}  // namespace cnms::accounting
