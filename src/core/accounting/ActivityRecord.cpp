// SPDX-License-Identifier: MIT
#include "cnms/accounting/ActivityRecord.h"

#include <array>
#include <cstdio>

#include "CsvTable.h"
#include "cnms/core/TextUtil.h"

namespace cnms::accounting {

namespace {

constexpr std::array<std::string_view, kSourceTypeCount> kSourceTypeNames = {
    "fuel_combustion", "process", "fugitive", "purchased_electricity", "purchased_heat", "co2_recovered", "indirect_other"};

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

std::optional<int> parseInt(std::string_view s) {
    // Whole non-negative numbers of at most 9 digits: dates and categories.
    if (s.empty() || s.size() > 9) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace

std::string_view toString(SourceType t) { return kSourceTypeNames[static_cast<std::size_t>(t)]; }

std::optional<SourceType> sourceTypeFromString(std::string_view s) {
    s = text::trim(s);
    for (std::size_t i = 0; i < kSourceTypeNames.size(); ++i)
        if (s == kSourceTypeNames[i]) return static_cast<SourceType>(i);
    for (std::size_t i = 0; i < kSourceTypeNames.size(); ++i)
        if (equalsIgnoreCase(s, kSourceTypeNames[i])) return static_cast<SourceType>(i);
    return std::nullopt;
}

std::optional<int> defaultIsoCategory(SourceType t) {
    switch (t) {
    case SourceType::FuelCombustion:
    case SourceType::Process:
    case SourceType::Fugitive:
    case SourceType::Co2Recovered: return 1;
    case SourceType::PurchasedElectricity:
    case SourceType::PurchasedHeat: return 2;
    case SourceType::IndirectOther: return std::nullopt;
    }
    return std::nullopt;
}

std::string_view toString(DataQuality q) {
    switch (q) {
    case DataQuality::Measured: return "measured";
    case DataQuality::Calculated: return "calculated";
    case DataQuality::Estimated: return "estimated";
    }
    return "measured";
}

std::optional<DataQuality> dataQualityFromString(std::string_view s) {
    s = text::trim(s);
    if (equalsIgnoreCase(s, "measured") || s == "实测") return DataQuality::Measured;
    if (equalsIgnoreCase(s, "calculated") || s == "计算") return DataQuality::Calculated;
    if (equalsIgnoreCase(s, "estimated") || s == "估算") return DataQuality::Estimated;
    return std::nullopt;
}

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

bool CivilDate::valid() const { return year >= 1900 && year <= 2200 && day >= 1 && day <= daysInMonth(year, month); }

int CivilDate::dayOfYear() const {
    int doy = day - 1;
    for (int m = 1; m < month; ++m) doy += daysInMonth(year, m);
    return doy;
}

std::string CivilDate::toString() const {
    // Twice per row when a million records are stored: digits by hand, snprintf cost 5 % of an import.
    if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
        std::string out = "0000-00-00";
        out[0] = static_cast<char>('0' + year / 1000);
        out[1] = static_cast<char>('0' + year / 100 % 10);
        out[2] = static_cast<char>('0' + year / 10 % 10);
        out[3] = static_cast<char>('0' + year % 10);
        out[5] = static_cast<char>('0' + month / 10);
        out[6] = static_cast<char>('0' + month % 10);
        out[8] = static_cast<char>('0' + day / 10);
        out[9] = static_cast<char>('0' + day % 10);
        return out;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<CivilDate> CivilDate::parse(std::string_view s) {
    s = text::trim(s);
    // A time part, as spreadsheets add to dates, is ignored.
    if (auto t = s.find_first_of("T "); t != std::string_view::npos) s = s.substr(0, t);
    // YYYY-MM-DD or YYYY/M/D, parsed in place: this runs twice per imported row.
    if (s.size() < 8 || s.size() > 10) return std::nullopt;
    const char sep = s[4];
    if (sep != '-' && sep != '/') return std::nullopt;
    auto second = s.find(sep, 5);
    if (second == std::string_view::npos || second == 5 || second > 7 || s.size() - second - 1 < 1 || s.size() - second - 1 > 2)
        return std::nullopt;
    auto y = parseInt(s.substr(0, 4)), m = parseInt(s.substr(5, second - 5)), d = parseInt(s.substr(second + 1));
    if (!y || !m || !d) return std::nullopt;
    CivilDate date{*y, *m, *d};
    if (!date.valid()) return std::nullopt;
    return date;
}

int ActivityRecord::effectiveIsoCategory() const {
    if (isoCategory) return *isoCategory;
    return defaultIsoCategory(sourceType).value_or(0);
}

const std::vector<std::string_view>& ActivityRow::columns() {
    static const std::vector<std::string_view> cols = {
        "record_id", "site", "period_start", "period_end", "source_type", "activity", "quantity", "unit",
        "iso_category", "ncv", "ncv_unit", "carbon_content", "oxidation_rate", "ch4_kg_per_tj", "n2o_kg_per_tj",
        "factor_value", "factor_unit", "data_quality", "evidence", "note", "uncertainty_pct"};
    return cols;
}

std::optional<std::size_t> ActivityRow::columnIndex(std::string_view column) {
    const auto& cols = columns();
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i] == column) return i;
    return std::nullopt;
}

void ActivityRow::set(std::size_t index, std::string_view value) {
    static constexpr std::string_view ActivityRow::*kFields[] = {
        &ActivityRow::recordId,    &ActivityRow::site,          &ActivityRow::periodStart,   &ActivityRow::periodEnd,
        &ActivityRow::sourceType,  &ActivityRow::activity,      &ActivityRow::quantity,      &ActivityRow::unit,
        &ActivityRow::isoCategory, &ActivityRow::ncv,           &ActivityRow::ncvUnit,       &ActivityRow::carbonContent,
        &ActivityRow::oxidationRate, &ActivityRow::ch4KgPerTj,  &ActivityRow::n2oKgPerTj,    &ActivityRow::factorValue,
        &ActivityRow::factorUnit,  &ActivityRow::dataQuality,   &ActivityRow::evidence,      &ActivityRow::note,
        &ActivityRow::uncertaintyPct};
    if (index < std::size(kFields)) this->*kFields[index] = value;
}

bool ActivityRow::set(std::string_view column, std::string_view value) {
    auto index = columnIndex(column);
    if (index) set(*index, value);
    return index.has_value();
}

namespace {

void assign(std::string& target, std::string_view value) { target.assign(value.data(), value.size()); }

void optionalNumber(std::string_view text, std::string_view field, std::optional<double>& out, std::vector<FieldIssue>& issues) {
    text = text::trim(text);
    out.reset();
    if (text.empty()) return;
    if (auto v = detail::parseNumber(text)) out = *v;
    else issues.push_back({std::string(field), "number_invalid", "'" + std::string(text) + "' is not a number"});
}

void date(std::string_view text, std::string_view field, CivilDate& out, std::vector<FieldIssue>& issues) {
    text = text::trim(text);
    out = {};
    if (text.empty()) {
        issues.push_back({std::string(field), "required", std::string(field) + " is required"});
    } else if (auto d = CivilDate::parse(text)) {
        out = *d;
    } else {
        issues.push_back({std::string(field), "date_invalid", "'" + std::string(text) + "' is not a date (YYYY-MM-DD)"});
    }
}

}  // namespace

bool parseActivityRow(const ActivityRow& row, ActivityRecord& r, std::vector<FieldIssue>& issues) {
    const std::size_t before = issues.size();
    assign(r.recordId, text::trim(row.recordId));
    assign(r.site, text::trim(row.site));
    date(row.periodStart, "period_start", r.periodStart, issues);
    date(row.periodEnd, "period_end", r.periodEnd, issues);

    auto typeText = text::trim(row.sourceType);
    if (typeText.empty()) {
        issues.push_back({"source_type", "required", "source_type is required"});
    } else if (auto t = sourceTypeFromString(typeText)) {
        r.sourceType = *t;
    } else {
        issues.push_back({"source_type", "source_type_unknown",
                          "unknown source type '" + std::string(typeText) +
                              "' (fuel_combustion, process, fugitive, purchased_electricity, purchased_heat, "
                              "co2_recovered, indirect_other)"});
    }
    assign(r.activity, text::trim(row.activity));

    auto q = text::trim(row.quantity);
    r.quantity = 0.0;
    if (q.empty()) issues.push_back({"quantity", "required", "quantity is required"});
    else if (auto v = detail::parseNumber(q)) r.quantity = *v;
    else issues.push_back({"quantity", "number_invalid", "'" + std::string(q) + "' is not a number"});
    assign(r.unit, text::trim(row.unit));

    auto cat = text::trim(row.isoCategory);
    r.isoCategory.reset();
    if (!cat.empty()) {
        if (auto c = parseInt(cat)) r.isoCategory = *c;
        else issues.push_back({"iso_category", "number_invalid", "'" + std::string(cat) + "' is not a category number 1-6"});
    }

    optionalNumber(row.ncv, "ncv", r.overrides.ncv, issues);
    assign(r.overrides.ncvUnit, text::trim(row.ncvUnit));
    optionalNumber(row.carbonContent, "carbon_content", r.overrides.carbonContent, issues);
    auto oxidation = text::trim(row.oxidationRate);
    if (!oxidation.empty() && oxidation.back() == '%') oxidation.remove_suffix(1);
    optionalNumber(oxidation, "oxidation_rate", r.overrides.oxidationPct, issues);
    optionalNumber(row.ch4KgPerTj, "ch4_kg_per_tj", r.overrides.ch4KgPerTj, issues);
    optionalNumber(row.n2oKgPerTj, "n2o_kg_per_tj", r.overrides.n2oKgPerTj, issues);
    optionalNumber(row.factorValue, "factor_value", r.overrides.factorValue, issues);
    assign(r.overrides.factorUnit, text::trim(row.factorUnit));

    auto quality = text::trim(row.dataQuality);
    r.dataQuality = DataQuality::Measured;  // documented default when the column is blank
    if (!quality.empty()) {
        if (auto dq = dataQualityFromString(quality)) r.dataQuality = *dq;
        else issues.push_back({"data_quality", "data_quality_unknown",
                               "unknown data quality '" + std::string(quality) + "' (measured, calculated, estimated)"});
    }
    auto uncertainty = text::trim(row.uncertaintyPct);
    if (!uncertainty.empty() && uncertainty.back() == '%') uncertainty.remove_suffix(1);
    optionalNumber(uncertainty, "uncertainty_pct", r.uncertaintyPct, issues);
    assign(r.evidence, text::trim(row.evidence));
    assign(r.note, text::trim(row.note));
    return issues.size() == before;
}

}  // namespace cnms::accounting
