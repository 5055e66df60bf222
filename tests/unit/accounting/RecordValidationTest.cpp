// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "AccountingTestUtil.h"

using namespace cnms;
using namespace cnms::accounting;
using namespace cnms::accounting::test;

namespace {

struct Fixture {
    FactorLibrary library;
    FactorResolver resolver{library, library.pin(FactorSelection::defaults(), 2024)};
    RecordValidator validator{resolver};
};

ActivityRow row(std::string_view type, std::string_view activity, std::string_view quantity, std::string_view unit) {
    ActivityRow r;
    r.recordId = "R1";
    r.site = "CX-CLK";
    r.periodStart = "2024-03-01";
    r.periodEnd = "2024-03-31";
    r.sourceType = type;
    r.activity = activity;
    r.quantity = quantity;
    r.unit = unit;
    r.dataQuality = "measured";
    return r;
}

}  // namespace

TEST(ActivityRowParsing, ReadsEveryImportColumn) {
    ActivityRow r = row("fuel_combustion", "diesel", "12.5", "t");
    r.isoCategory = "1";
    r.ncv = "43.1";
    r.ncvUnit = "GJ/t";
    r.carbonContent = "20.2";
    r.oxidationRate = "98%";
    r.ch4KgPerTj = "3";
    r.n2oKgPerTj = "0.6";
    r.dataQuality = "calculated";
    r.evidence = "INV-2024-03";
    r.note = "boiler";
    ActivityRecord rec;
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(parseActivityRow(r, rec, issues)) << describe(issues);
    EXPECT_EQ(rec.recordId, "R1");
    EXPECT_EQ(rec.periodStart, (CivilDate{2024, 3, 1}));
    EXPECT_EQ(rec.sourceType, SourceType::FuelCombustion);
    EXPECT_EQ(rec.quantity, 12.5);
    EXPECT_EQ(rec.isoCategory, 1);
    EXPECT_EQ(rec.overrides.ncv, 43.1);
    EXPECT_EQ(rec.overrides.oxidationPct, 98.0);
    EXPECT_EQ(rec.overrides.n2oKgPerTj, 0.6);
    EXPECT_EQ(rec.dataQuality, DataQuality::Calculated);
    EXPECT_EQ(rec.evidence, "INV-2024-03");
    EXPECT_EQ(ActivityRow::columns().size(), 21u);
    EXPECT_EQ(ActivityRow::columns()[0], "record_id");
    EXPECT_EQ(ActivityRow::columns()[19], "note");
}

TEST(ActivityRowParsing, ReportsEveryUnreadableField) {
    ActivityRow r = row("coal_burning", "diesel", "12,5", "t");
    r.periodStart = "2024-02-30";
    r.periodEnd = "";
    r.isoCategory = "one";
    r.ncv = "abc";
    r.dataQuality = "guessed";
    ActivityRecord rec;
    std::vector<FieldIssue> issues;
    EXPECT_FALSE(parseActivityRow(r, rec, issues));
    EXPECT_TRUE(hasIssue(issues, "source_type", "source_type_unknown"));
    EXPECT_TRUE(hasIssue(issues, "quantity", "number_invalid"));
    EXPECT_TRUE(hasIssue(issues, "period_start", "date_invalid"));
    EXPECT_TRUE(hasIssue(issues, "period_end", "required"));
    EXPECT_TRUE(hasIssue(issues, "iso_category", "number_invalid"));
    EXPECT_TRUE(hasIssue(issues, "ncv", "number_invalid"));
    EXPECT_TRUE(hasIssue(issues, "data_quality", "data_quality_unknown"));

    // NaN and infinity are not numbers an importer should accept.
    issues.clear();
    EXPECT_FALSE(parseActivityRow(row("fuel_combustion", "diesel", "nan", "t"), rec, issues));
    EXPECT_TRUE(hasIssue(issues, "quantity", "number_invalid"));
    issues.clear();
    EXPECT_FALSE(parseActivityRow(row("fuel_combustion", "diesel", "1e999", "t"), rec, issues));
    EXPECT_TRUE(hasIssue(issues, "quantity", "number_invalid"));
}

TEST(ActivityRowParsing, AcceptsSlashDatesAndDefaultsQuality) {
    ActivityRow r = row("purchased_electricity", "cn_2023_avg", "1000", "MWh");
    r.periodStart = "2024/1/1";
    r.periodEnd = "2024/1/31 00:00:00";
    r.dataQuality = "";
    ActivityRecord rec;
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(parseActivityRow(r, rec, issues)) << describe(issues);
    EXPECT_EQ(rec.periodEnd, (CivilDate{2024, 1, 31}));
    EXPECT_EQ(rec.dataQuality, DataQuality::Measured);
}

TEST(RecordValidation, AcceptsAGoodRecord) {
    Fixture f;
    EXPECT_TRUE(f.validator.validate(record("CX-CLK", SourceType::FuelCombustion, "diesel", 10, "t")).empty());
}

TEST(RecordValidation, UnknownActivityWithoutOverrideFactors) {
    Fixture f;
    auto issues = f.validator.validate(record("S", SourceType::FuelCombustion, "unobtainium", 10, "t"));
    EXPECT_TRUE(hasIssue(issues, "activity", "activity_unknown")) << describe(issues);
    // Three of the four combustion parameters are not enough.
    auto r = record("S", SourceType::FuelCombustion, "unobtainium", 10, "t");
    r.overrides.ncv = 40;
    r.overrides.ncvUnit = "GJ/t";
    r.overrides.carbonContent = 20;
    EXPECT_TRUE(hasIssue(f.validator.validate(r), "activity", "activity_unknown"));
    r.overrides.oxidationPct = 98;
    EXPECT_TRUE(f.validator.validate(r).empty());
}

TEST(RecordValidation, ActivityOfTheWrongKind) {
    Fixture f;
    auto issues = f.validator.validate(record("S", SourceType::FuelCombustion, "cn_2023_avg", 10, "t"));
    EXPECT_TRUE(hasIssue(issues, "activity", "activity_wrong_kind")) << describe(issues);
    issues = f.validator.validate(record("S", SourceType::PurchasedElectricity, "diesel", 10, "MWh"));
    EXPECT_TRUE(hasIssue(issues, "activity", "activity_wrong_kind")) << describe(issues);
    issues = f.validator.validate(record("S", SourceType::PurchasedHeat, "cn_2023_avg", 10, "GJ"));
    EXPECT_TRUE(hasIssue(issues, "activity", "activity_wrong_kind")) << describe(issues);
    issues = f.validator.validate(record("S", SourceType::Fugitive, "unobtainium", 10, "kg"));
    EXPECT_TRUE(hasIssue(issues, "activity", "gas_unknown")) << describe(issues);
}

TEST(RecordValidation, UnitDimensionMismatch) {
    Fixture f;
    // Diesel's NCV is per tonne: a quantity in m3 cannot be used.
    auto issues = f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 10, "m3"));
    ASSERT_TRUE(hasIssue(issues, "unit", "unit_dimension_mismatch")) << describe(issues);
    EXPECT_NE(issues[0].message.find("GJ/t"), std::string::npos);
    // Electricity in tonnes.
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::PurchasedElectricity, "cn_2023_avg", 10, "t")), "unit",
                         "unit_dimension_mismatch"));
    // Natural gas as measured volume against an NCV at normal conditions.
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "natural_gas", 10, "万m3")), "unit",
                         "volume_basis_mismatch"));
    // A refrigerant leak is a mass.
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::Fugitive, "HFC-134a", 10, "kWh")), "unit",
                         "unit_dimension_mismatch"));
    // A record factor whose unit does not fit the quantity.
    auto r = record("S", SourceType::PurchasedElectricity, "green contract", 10, "t");
    r.overrides.factorValue = 0.1;
    r.overrides.factorUnit = "tCO2/MWh";
    EXPECT_TRUE(hasIssue(f.validator.validate(r), "unit", "unit_dimension_mismatch"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 10, "barrels")), "unit", "unit_unknown"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 10, "")), "unit", "required"));
}

TEST(RecordValidation, QuantityMustBeFiniteAndNotNegative) {
    Fixture f;
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", -1, "t")), "quantity", "quantity_negative"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", std::nan(""), "t")), "quantity",
                         "quantity_not_finite"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel",
                                                     std::numeric_limits<double>::infinity(), "t")),
                         "quantity", "quantity_not_finite"));
    EXPECT_TRUE(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 0, "t")).empty());
}

TEST(RecordValidation, PeriodInsideOneReportingYear) {
    Fixture f;
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 1, "t", "2024-03-31", "2024-03-01")),
                         "period_end", "period_end_before_start"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 1, "t", "2024-12-01", "2025-01-31")),
                         "period_end", "period_spans_years"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("S", SourceType::FuelCombustion, "diesel", 1, "t", "2023-01-01", "2023-01-31")),
                         "period_start", "period_outside_reporting_year"));
    ActivityRecord r = record("S", SourceType::FuelCombustion, "diesel", 1, "t");
    r.periodStart = {};
    EXPECT_TRUE(hasIssue(f.validator.validate(r), "period_start", "date_invalid"));
}

TEST(RecordValidation, IsoCategoryRules) {
    Fixture f;
    auto other = record("S", SourceType::IndirectOther, "business travel", 3, "tCO2e");
    EXPECT_TRUE(hasIssue(f.validator.validate(other), "iso_category", "iso_category_required"));
    other.isoCategory = 7;
    EXPECT_TRUE(hasIssue(f.validator.validate(other), "iso_category", "iso_category_out_of_range"));
    other.isoCategory = 3;
    EXPECT_TRUE(f.validator.validate(other).empty());

    auto recovered = record("S", SourceType::Co2Recovered, "captured", 3, "t");
    recovered.isoCategory = 4;
    EXPECT_TRUE(hasIssue(f.validator.validate(recovered), "iso_category", "iso_category_not_allowed"));
    auto power = record("S", SourceType::PurchasedElectricity, "cn_2023_avg", 3, "MWh");
    power.isoCategory = 1;
    EXPECT_TRUE(hasIssue(f.validator.validate(power), "iso_category", "iso_category_not_allowed"));
    // Fuel burnt by a contractor's trucks may be counted as transport (category 3).
    auto trucks = record("S", SourceType::FuelCombustion, "diesel", 3, "t");
    trucks.isoCategory = 3;
    EXPECT_TRUE(f.validator.validate(trucks).empty());
}

TEST(RecordValidation, FactorParameterChecks) {
    Fixture f;
    auto r = record("S", SourceType::FuelCombustion, "diesel", 1, "t");
    r.overrides.ncv = -3;
    r.overrides.ncvUnit = "GJ/t";
    r.overrides.oxidationPct = 0.98;
    r.overrides.factorValue = 3.1;
    auto issues = f.validator.validate(r);
    EXPECT_TRUE(hasIssue(issues, "ncv", "value_not_positive")) << describe(issues);
    EXPECT_TRUE(hasIssue(issues, "oxidation_rate", "oxidation_rate_fraction"));
    EXPECT_TRUE(hasIssue(issues, "factor_unit", "required"));

    auto power = record("S", SourceType::PurchasedElectricity, "cn_2023_avg", 3, "MWh");
    power.overrides.ncv = 40;
    EXPECT_TRUE(hasIssue(f.validator.validate(power), "ncv", "parameter_not_applicable"));

    auto other = record("S", SourceType::IndirectOther, "commuting", 3, "person");
    other.isoCategory = 3;
    EXPECT_TRUE(hasIssue(f.validator.validate(other), "unit", "unit_unknown"));
    auto freight = record("S", SourceType::IndirectOther, "freight", 3, "tkm");
    freight.isoCategory = 3;
    EXPECT_TRUE(hasIssue(f.validator.validate(freight), "factor_value", "required"));
    freight.overrides.factorValue = 0.1;
    freight.overrides.factorUnit = "GJ/tkm";
    EXPECT_TRUE(hasIssue(f.validator.validate(freight), "factor_unit", "factor_unit_invalid"));
}

TEST(RecordValidation, UnknownSiteWhenRestricted) {
    Fixture f;
    f.validator.restrictSites({"CX-CLK", "HZ-GRD", "HZ-HQ"});
    EXPECT_TRUE(f.validator.validate(record("HZ-HQ", SourceType::FuelCombustion, "diesel", 1, "t")).empty());
    EXPECT_TRUE(hasIssue(f.validator.validate(record("XX", SourceType::FuelCombustion, "diesel", 1, "t")), "site", "site_unknown"));
    EXPECT_TRUE(hasIssue(f.validator.validate(record("", SourceType::FuelCombustion, "diesel", 1, "t")), "site", "required"));
}

TEST(RecordValidation, BatchRefusesInvalidRecordsAndKeepsValidOnes) {
    Fixture f;
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    EXPECT_TRUE(batch.add(record("S", SourceType::FuelCombustion, "diesel", 1, "t"), f.validator, issues));
    EXPECT_FALSE(batch.add(record("S", SourceType::FuelCombustion, "diesel", -1, "t"), f.validator, issues));
    EXPECT_FALSE(batch.add(record("S", SourceType::FuelCombustion, "nothing", 1, "t"), f.validator, issues));
    // A failing key is cached: the same issue again, without a second resolution.
    EXPECT_FALSE(batch.add(record("S", SourceType::FuelCombustion, "nothing", 2, "t"), f.validator, issues));
    EXPECT_EQ(batch.size(), 1u);
    EXPECT_EQ(issues.size(), 3u);
    EXPECT_EQ(batch.recordId(0), "S-diesel-2024-01-01");
}

TEST(RecordValidation, ProposedFactorsThatCannotResolveAreRefused) {
    // A batch valid under the China defaults cannot be calculated with only the IPCC set: diesel is "gas_diesel_oil" there.
    FactorLibrary lib;
    Fixture f;
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(batch.add(record("S", SourceType::FuelCombustion, "diesel", 1, "t"), f.validator, issues));
    FactorResolver ipcc(lib, lib.pin(selection({"ipcc2006_energy"}, "AR5"), 2024));
    try {
        GasInventory::calculate(batch, ipcc);
        FAIL();
    } catch (const ValidationError& e) {
        ASSERT_EQ(e.issues().size(), 1u);
        EXPECT_EQ(e.issues()[0].code, "activity_unknown");
        EXPECT_NE(e.issues()[0].message.find("1 record(s)"), std::string::npos);
    }
}

TEST(CivilDateText, WritesIsoDatesWithLeadingZerosAndReadsThemBack) {
    EXPECT_EQ((CivilDate{2024, 3, 1}).toString(), "2024-03-01");
    EXPECT_EQ((CivilDate{2024, 12, 31}).toString(), "2024-12-31");
    EXPECT_EQ((CivilDate{987, 1, 9}).toString(), "0987-01-09");
    EXPECT_EQ((CivilDate{12345, 1, 1}).toString(), "12345-01-01");  // outside four digits: as printf writes it
    for (int month = 1; month <= 12; ++month) {
        const CivilDate d{2023, month, 28};
        EXPECT_EQ(CivilDate::parse(d.toString()), d) << d.toString();
    }
}
