// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "AccountingTestUtil.h"
#include "cnms/accounting/BaseYear.h"
#include "cnms/accounting/InventoryComparison.h"

using namespace cnms;
using namespace cnms::accounting;
using namespace cnms::accounting::test;

namespace {

/** A mixed, awkward data set: every source type, three sites, odd quantities and multi-month periods. */
std::vector<ActivityRecord> mixedRecords(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> q(0.0, 1000.0);
    std::uniform_int_distribution<int> month(1, 12);
    const char* sites[] = {"CX-CLK", "HZ-GRD", "HZ-HQ"};
    std::vector<ActivityRecord> out;
    for (std::size_t i = 0; i < n; ++i) {
        int m0 = month(rng), m1 = month(rng);
        if (m1 < m0) std::swap(m0, m1);
        char start[11], end[11];
        std::snprintf(start, sizeof start, "2024-%02d-%02d", m0, 1 + static_cast<int>(i % 28));
        std::snprintf(end, sizeof end, "2024-%02d-28", m1);
        if (m0 == m1 && 1 + static_cast<int>(i % 28) > 28) std::snprintf(start, sizeof start, "2024-%02d-01", m0);
        const std::string site = sites[i % 3];
        ActivityRecord r;
        switch (i % 8) {
        case 0: r = record(site, SourceType::FuelCombustion, "diesel", q(rng) / 10, "t", start, end); break;
        case 1: r = record(site, SourceType::FuelCombustion, "natural_gas", q(rng) / 7, "万Nm3", start, end); break;
        case 2: r = record(site, SourceType::PurchasedElectricity, "east_2023", q(rng) * 13, "MWh", start, end); break;
        case 3: r = record(site, SourceType::Fugitive, "HFC-134a", q(rng) / 3, "kg", start, end); break;
        case 4: r = record(site, SourceType::Fugitive, "CH4", q(rng) / 1000, "t", start, end); break;
        case 5: r = record(site, SourceType::Co2Recovered, "captured", q(rng) / 100, "t", start, end); break;
        case 6:
            r = record(site, SourceType::IndirectOther, "freight", q(rng) * 97, "tkm", start, end);
            r.isoCategory = 3 + static_cast<int>(i % 4);
            r.overrides.factorValue = 0.000123;
            r.overrides.factorUnit = "tCO2e/tkm";
            break;
        default: r = record(site, SourceType::PurchasedHeat, "heat_default", q(rng) * 3.3, "GJ", start, end); break;
        }
        r.recordId = "R" + std::to_string(i);
        r.dataQuality = static_cast<DataQuality>(i % 3);
        out.push_back(std::move(r));
    }
    return out;
}

double sum(const std::map<std::string, double>& m) {
    double s = 0;
    for (const auto& [k, v] : m) s += v;
    return s;
}

}  // namespace

TEST(InventoryAggregation, EveryBreakdownReconcilesWithTheTotal) {
    auto inv = inventoryOf(mixedRecords(5000, 7), selection({"cn_fuels", "cn_grid"}, "AR6"));
    ASSERT_GT(inv.totalTco2e, 0);
    // The breakdowns are sums of the same fixed-point leaves: equal to the total up to the rounding of
    // each published double (a few ulp), and scope totals equal category totals by construction.
    const double tol = std::fabs(inv.totalTco2e) * 1e-14;
    double cats = 0, scopes = 0, months = 0;
    for (int c = 1; c <= 6; ++c) cats += inv.categoryTco2e(c);
    for (int s = 1; s <= 3; ++s) scopes += inv.scopeTco2e(s);
    for (double m : inv.byMonthTco2e) months += m;
    EXPECT_NEAR(cats, inv.totalTco2e, tol);
    EXPECT_NEAR(scopes, inv.totalTco2e, tol);
    EXPECT_NEAR(months, inv.totalTco2e, tol);
    EXPECT_NEAR(sum(inv.byGasTco2e), inv.totalTco2e, tol);
    EXPECT_NEAR(sum(inv.byGasGroupTco2e), inv.totalTco2e, tol);
    EXPECT_NEAR(sum(inv.bySiteTco2e), inv.totalTco2e, tol);
    EXPECT_NEAR(sum(inv.bySourceTypeTco2e), inv.totalTco2e, tol);
    double activities = 0, rows = 0;
    for (const auto& a : inv.byActivityTco2e) activities += a.tco2e;
    for (const auto& r : inv.rows) rows += r.tco2e;
    EXPECT_NEAR(activities, inv.totalTco2e, tol);
    EXPECT_NEAR(rows, inv.totalTco2e, tol);
    EXPECT_EQ(inv.scopeTco2e(1), inv.categoryTco2e(1));
    EXPECT_EQ(inv.scopeTco2e(2), inv.categoryTco2e(2));
    EXPECT_NEAR(sum(inv.directByGasTco2e), inv.categoryTco2e(1), tol);
    EXPECT_EQ(inv.recordCount, 5000u);
}

TEST(InventoryAggregation, ResultsDoNotDependOnRecordOrder) {
    auto records = mixedRecords(2000, 11);
    auto a = inventoryOf(records);
    std::shuffle(records.begin(), records.end(), std::mt19937(3));
    auto b = inventoryOf(records);
    EXPECT_EQ(a.totalTco2e, b.totalTco2e);
    EXPECT_EQ(a.byIsoCategoryTco2e, b.byIsoCategoryTco2e);
    EXPECT_EQ(a.bySiteTco2e, b.bySiteTco2e);
    EXPECT_EQ(a.byGasTco2e, b.byGasTco2e);
}

TEST(InventoryAggregation, SplitsPeriodsOverMonthsByDays) {
    // 91 MWh of electricity from 2024-01-01 to 2024-03-31 (31 + 29 + 31 days, leap year), east_2023 0.55 tCO2/MWh:
    // January 31 MWh → 17.05, February 29 → 15.95, March 31 → 17.05 tCO2.
    auto inv = inventoryOf({record("S", SourceType::PurchasedElectricity, "east_2023", 91, "MWh", "2024-01-01", "2024-03-31")});
    EXPECT_NEAR(inv.byMonthTco2e[0], 17.05, 1e-9);
    EXPECT_NEAR(inv.byMonthTco2e[1], 15.95, 1e-9);
    EXPECT_NEAR(inv.byMonthTco2e[2], 17.05, 1e-9);
    EXPECT_EQ(inv.byMonthTco2e[3], 0.0);
    EXPECT_NEAR(inv.totalTco2e, 50.05, 1e-9);
}

TEST(InventoryAggregation, SitesSourcesActivitiesAndRowsTraceToRecords) {
    FactorLibrary lib;
    FactorResolver resolver(lib, lib.pin(FactorSelection::defaults(), 2024));
    RecordValidator validator(resolver);
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    auto a = record("CX-CLK", SourceType::FuelCombustion, "diesel", 10, "t");
    a.recordId = "A";
    auto b = record("HZ-GRD", SourceType::PurchasedElectricity, "east_2023", 100, "MWh");
    b.recordId = "B";
    auto c = record("CX-CLK", SourceType::FuelCombustion, "diesel", 5, "t", "2024-06-01", "2024-06-30");
    c.recordId = "C";
    for (const auto& r : {a, b, c}) ASSERT_TRUE(batch.add(r, validator, issues));
    auto gases = GasInventory::calculate(batch, resolver);
    auto inv = Inventory::weigh(gases, GwpSet::get("AR5"));
    // Diesel 15 t → 46.43864456 tCO2 at CX-CLK; 100 MWh × 0.55 = 55 tCO2 at HZ-GRD.
    EXPECT_NEAR(inv.siteTco2e("CX-CLK"), 15 * 3.0959096373333, 1e-9);
    EXPECT_NEAR(inv.siteTco2e("HZ-GRD"), 55.0, 1e-9);
    EXPECT_EQ(inv.siteTco2e("HZ-HQ"), 0.0);
    ASSERT_EQ(inv.rows.size(), 2u);
    const auto& diesel = inv.rows[0];
    EXPECT_EQ(diesel.site, "CX-CLK");
    EXPECT_EQ(diesel.recordCount, 2u);
    EXPECT_NEAR(diesel.quantity, 15.0, 1e-12);
    EXPECT_EQ(diesel.unit, "t");
    EXPECT_EQ(diesel.trace.factorId, "diesel");
    auto rows = gases.recordsOf(diesel.cell);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(batch.recordId(rows[0]), "A");
    EXPECT_EQ(batch.recordId(rows[1]), "C");
    ASSERT_EQ(inv.byActivityTco2e.size(), 2u);
    EXPECT_EQ(inv.byActivityTco2e[0].activity, "diesel");
    EXPECT_NEAR(inv.bySourceTypeTco2e.at("purchased_electricity"), 55.0, 1e-9);
}

TEST(Uncertainty, ApproachOneOnATinyHandExample) {
    // IPCC 2006 Vol.1 Ch.3 Approach 1.
    // Record A: 1 000 MWh, measured (2 %), cn_2023_avg (medium → 10 %): E = 530.6, U = √(2² + 10²) = 10.198 %.
    // Record B: 10 kg HFC-134a released, estimated (20 %), no factor: E = 13 (AR5), U = 20 %.
    // Total 543.6; U = √((530.6 × 10.198 %)² + (13 × 20 %)²) / 543.6 = √(54.111² + 2.6²) / 543.6 = 9.966 %.
    auto a = record("S", SourceType::PurchasedElectricity, "cn_2023_avg", 1000, "MWh");
    auto b = record("S", SourceType::Fugitive, "HFC-134a", 10, "kg");
    b.dataQuality = DataQuality::Estimated;
    auto inv = inventoryOf({a, b});
    const double ua = uncertainty::ofProduct({2.0, 10.0});
    EXPECT_NEAR(ua, 10.198039, 1e-6);
    const double expected = uncertainty::ofSum({{530.6, ua}, {13.0, 20.0}});
    EXPECT_NEAR(expected, std::sqrt(std::pow(530.6 * ua / 100, 2) + std::pow(13 * 0.2, 2)) / 543.6 * 100, 1e-9);
    ASSERT_TRUE(inv.uncertainty.totalPct);
    EXPECT_NEAR(*inv.uncertainty.totalPct, expected, 1e-9);
    EXPECT_NEAR(*inv.uncertainty.totalPct, 9.966, 1e-3);
    EXPECT_NEAR(*inv.uncertainty.byIsoCategoryPct[1], ua, 1e-9);  // category 2: record A alone
    EXPECT_NEAR(*inv.uncertainty.byIsoCategoryPct[0], 20.0, 1e-9);  // category 1: record B alone
    EXPECT_FALSE(inv.uncertainty.byIsoCategoryPct[2].has_value());  // nothing in category 3
    EXPECT_TRUE(inv.uncertainty.defaultsUsed);
}

TEST(Uncertainty, ASharedFactorIsNotTreatedAsIndependent) {
    // Two records of 500 MWh, each measured ±2 %, both with cn_2023_avg (±10 %). The activity errors are
    // independent: √(10² + 10²) = 14.142 MWh on 1 000 MWh = 1.4142 %; the factor is the same for both and
    // is applied once: U = √(1.4142² + 10²) = 10.0995 % (treating the records as independent would give 7.21 %).
    auto inv = inventoryOf({record("S", SourceType::PurchasedElectricity, "cn_2023_avg", 500, "MWh"),
                            record("T", SourceType::PurchasedElectricity, "cn_2023_avg", 500, "MWh", "2024-02-01", "2024-02-29")});
    EXPECT_NEAR(*inv.uncertainty.totalPct, std::sqrt(2.0 + 100.0), 1e-9);
    // A record's own uncertainty replaces the data-quality default.
    auto r = record("S", SourceType::PurchasedElectricity, "cn_2023_avg", 500, "MWh");
    r.uncertaintyPct = 0.5;
    auto one = inventoryOf({r});
    EXPECT_NEAR(*one.uncertainty.totalPct, std::sqrt(0.25 + 100.0), 1e-9);
}

TEST(Intensity, PerOutputAndPerRevenue) {
    // 1 000 MWh × 0.55 (east_2023) = 550 tCO2 (scope 2) + 10 kg HFC-134a = 13 tCO2e (scope 1) → 563 tCO2e.
    // Per 2 000 t clinker: 0.2815 tCO2e/t; per 5 000 (10^4 CNY): 0.1126.
    InventoryOptions options;
    options.output = IntensityBase{2000, "t clinker"};
    options.revenue = IntensityBase{5000, "10^4 CNY"};
    auto inv = inventoryOf({record("S", SourceType::PurchasedElectricity, "east_2023", 1000, "MWh"),
                            record("S", SourceType::Fugitive, "HFC-134a", 10, "kg")},
                           FactorSelection::defaults(), 2024, FactorLibrary(), options);
    ASSERT_TRUE(inv.intensityPerOutput);
    EXPECT_NEAR(inv.intensityPerOutput->totalPerUnit, 0.2815, 1e-12);
    EXPECT_NEAR(inv.intensityPerOutput->scope12PerUnit, 0.2815, 1e-12);
    EXPECT_NEAR(inv.intensityPerRevenue->totalPerUnit, 0.1126, 1e-12);
    options.output = IntensityBase{0, "t"};
    FactorLibrary lib;
    EXPECT_THROW(inventoryOf({record("S", SourceType::Fugitive, "HFC-134a", 10, "kg")}, FactorSelection::defaults(), 2024, lib, options),
                 ValidationError);
}

TEST(BaseYear, RecalculationFlagAboveTheThreshold) {
    // Base year 1 000 tCO2 (1 000 t process CO2), current year 1 100: an acquisition worth 40 tCO2e (4 %) alone
    // stays below 5 %; adding a divestment of −20 tCO2e makes the cumulative effect 60 tCO2e = 6 % > 5 %.
    auto base = inventoryOf({record("S", SourceType::Process, "CO2", 1000, "t")});
    base.year = 2020;
    auto current = inventoryOf({record("S", SourceType::Process, "CO2", 1100, "t")});
    auto a = assessBaseYear(base, current, {{StructuralChangeKind::Acquisition, "bought grinding station HZ-GRD", 40}});
    EXPECT_NEAR(*a.structuralEffectPct, 4.0, 1e-12);
    EXPECT_FALSE(a.recalculationRequired);
    EXPECT_NEAR(a.difference.total.delta, 100.0, 1e-9);
    EXPECT_NEAR(*a.difference.total.deltaPct, 10.0, 1e-9);
    auto b = assessBaseYear(base, current,
                            {{StructuralChangeKind::Acquisition, "bought HZ-GRD", 40}, {StructuralChangeKind::Divestment, "sold quarry", -20}});
    EXPECT_NEAR(*b.structuralEffectPct, 6.0, 1e-12);
    EXPECT_TRUE(b.recalculationRequired);
    EXPECT_EQ(b.reasons.size(), 3u);
    // A custom threshold of 10 %.
    EXPECT_FALSE(assessBaseYear(base, current, {{StructuralChangeKind::Acquisition, "x", 60}}, 10.0).recalculationRequired);
    // Organic growth (current +10 %) without structural changes never flags.
    EXPECT_FALSE(assessBaseYear(base, current, {}).recalculationRequired);
}

TEST(BaseYear, MethodologyChangeMeasuredOnTheBaseYear) {
    // Base year calculated with AR4; re-weighing it with AR6 changes 1 t CH4 from 25 to 29.8 tCO2e on a base
    // of 100 t CO2 + 1 t CH4 = 125 tCO2e: effect 4.8 tCO2e = 3.84 % → below 5 %.
    FactorLibrary lib;
    FactorResolver resolver(lib, lib.pin(selection({}, "AR4"), 2020));
    RecordValidator validator(resolver);
    ActivityBatch batch(2020);
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(batch.add(record("S", SourceType::Process, "CO2", 100, "t", "2020-01-01", "2020-12-31"), validator, issues));
    ASSERT_TRUE(batch.add(record("S", SourceType::Fugitive, "CH4", 1, "t", "2020-01-01", "2020-12-31"), validator, issues));
    auto diff = compareFactorChoices(batch, lib, resolver.pin(), selection({}, "AR6"));
    EXPECT_NEAR(diff.total.before, 125.0, 1e-9);
    EXPECT_NEAR(diff.total.after, 129.8, 1e-9);
    EXPECT_TRUE(diff.changed());
    auto base = Inventory::weigh(GasInventory::calculate(batch, resolver), GwpSet::get("AR4"));
    auto current = inventoryOf({record("S", SourceType::Process, "CO2", 90, "t")}, selection({}, "AR6"));
    auto a = assessBaseYear(base, current, {methodologyChange(diff, "GWP AR4 → AR6")});
    EXPECT_TRUE(a.methodologyDiffers);
    EXPECT_NEAR(*a.structuralEffectPct, 3.84, 1e-9);
    EXPECT_FALSE(a.recalculationRequired);
}

TEST(PinnedFactors, ChangingTheFactorsShowsTheDifferenceFirst) {
    // 1 000 MWh with east_2022 (0.5617) pinned; proposing a user set that redefines east_2022 as the 2023 value 0.55.
    FactorLibrary lib;
    FactorSet newer("grid_update", "2025.1");
    newer.nameEn = "Grid factors, 2023 values under the 2022 ids";
    newer.source = "MEE & NBS announcement of 2023 factors";
    Factor f;
    f.id = "east_2022";
    f.kind = FactorKind::Electricity;
    f.value = 0.55;
    f.unit = "tCO2/MWh";
    newer.add(f);
    lib.addUserSet(newer);
    auto pinned = lib.pin(FactorSelection::defaults(), 2024);
    FactorResolver resolver(lib, pinned);
    RecordValidator validator(resolver);
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(batch.add(record("HZ-GRD", SourceType::PurchasedElectricity, "east_2022", 1000, "MWh"), validator, issues));
    auto d = compareFactorChoices(batch, lib, pinned, selection({"grid_update", "cn_fuels", "cn_grid"}, "AR5"));
    EXPECT_NEAR(d.total.before, 561.7, 1e-9);
    EXPECT_NEAR(d.total.after, 550.0, 1e-9);
    EXPECT_NEAR(d.total.delta, -11.7, 1e-9);
    EXPECT_NEAR(*d.total.deltaPct, -11.7 / 561.7 * 100, 1e-9);
    ASSERT_EQ(d.bySite.size(), 1u);
    EXPECT_EQ(d.bySite[0].key, "HZ-GRD");
    EXPECT_EQ(d.byScope[1].key, "2");
    EXPECT_NEAR(d.byScope[1].delta, -11.7, 1e-9);
    EXPECT_EQ(d.afterPin.factorSets[0].id, "grid_update");
    // The same selection again: no difference.
    EXPECT_FALSE(compareFactorChoices(batch, lib, pinned, FactorSelection::defaults()).changed());
}

TEST(RecordParameters, PerRecordFactorsAreMultipliersNotNewFactors) {
    // Supplier electricity factors differing per invoice: 100 MWh × 0.30, 200 MWh × 0.35, 300 MWh × 0.40 tCO2/MWh
    // = 30 + 70 + 120 = 220 tCO2, one result row whose trace says the factor comes from each record.
    std::vector<ActivityRecord> records;
    const double q[] = {100, 200, 300}, f[] = {0.30, 0.35, 0.40};
    for (int i = 0; i < 3; ++i) {
        auto r = record("S", SourceType::PurchasedElectricity, "supplier contract", q[i], "MWh");
        r.overrides.factorValue = f[i];
        r.overrides.factorUnit = "tCO2/MWh";
        records.push_back(r);
    }
    auto inv = inventoryOf(records);
    EXPECT_NEAR(inv.totalTco2e, 220.0, 1e-9);
    ASSERT_EQ(inv.rows.size(), 1u);
    EXPECT_NEAR(inv.rows[0].quantity, 600.0, 1e-12);
    ASSERT_EQ(inv.rows[0].trace.parameters.size(), 1u);
    EXPECT_TRUE(inv.rows[0].trace.parameters[0].perRecord);
    EXPECT_NE(inv.rows[0].trace.formula.find("[record]"), std::string::npos);
}

TEST(RecordParameters, LabNcvPerRecordScalesEveryGas) {
    // IPCC manufacturing diesel (74 100 / 3 / 0.6 kg/TJ) with monthly lab NCVs 42.0 and 44.0 GJ/t on 100 t each:
    // energy 4.2 + 4.4 = 8.6 TJ → CO2 637.26 t, CH4 25.8 kg, N2O 5.16 kg; AR5 → 637.26 + 0.7224 + 1.3674.
    auto a = record("S", SourceType::FuelCombustion, "gas_diesel_oil", 100, "t");
    a.overrides.ncv = 42.0;
    a.overrides.ncvUnit = "GJ/t";
    auto b = a;
    b.periodStart = {2024, 2, 1};
    b.periodEnd = {2024, 2, 29};
    b.overrides.ncv = 44.0;
    auto inv = inventoryOf({a, b}, selection({"ipcc2006_manufacturing"}, "AR5"));
    EXPECT_NEAR(inv.byGasT.at("CO2"), 637.26, 1e-9);
    EXPECT_NEAR(inv.byGasT.at("CH4"), 0.0258, 1e-12);
    EXPECT_NEAR(inv.byGasT.at("N2O"), 0.00516, 1e-12);
    EXPECT_NEAR(inv.totalTco2e, 637.26 + 0.0258 * 28 + 0.00516 * 265, 1e-9);
    EXPECT_EQ(inv.rows.size(), 1u);
    EXPECT_NEAR(inv.byMonthTco2e[0] / inv.byMonthTco2e[1], 42.0 / 44.0, 1e-12);
}

TEST(RecordParameters, ParametersActingOnOneGasOnlyFallBackToOwnFactors) {
    // A record carbon content changes CO2 but not the IPCC CH4/N2O: each record gets its own factor.
    // 100 t diesel, IPCC NCV 43.0 TJ/Gg → 4.3 TJ; CC 20.0 and 21.0 tC/TJ, OF 100 %:
    // CO2 = 4.3 × 20 × 44/12 + 4.3 × 21 × 44/12 = 315.3333 + 331.1; CH4 2 × 12.9 kg; N2O 2 × 2.58 kg.
    FactorLibrary lib;
    std::vector<ActivityRecord> records;
    for (double cc : {20.0, 21.0}) {
        auto r = record("S", SourceType::FuelCombustion, "gas_diesel_oil", 100, "t");
        r.overrides.carbonContent = cc;
        r.overrides.oxidationPct = 100;
        records.push_back(r);
    }
    auto inv = inventoryOf(records, selection({"ipcc2006_manufacturing"}, "AR5"));
    EXPECT_NEAR(inv.byGasT.at("CO2"), 4.3 * 41 * 44.0 / 12.0, 1e-9);
    EXPECT_NEAR(inv.byGasT.at("CH4"), 0.0258, 1e-12);
    EXPECT_EQ(inv.rows.size(), 2u);
    EXPECT_FALSE(inv.rows[0].trace.parameters[1].perRecord);
    // Each row traces the record's own values.
    FactorResolver resolver(lib, lib.pin(selection({"ipcc2006_manufacturing"}, "AR5"), 2024));
    RecordValidator validator(resolver);
    for (const auto& r : records) EXPECT_TRUE(validator.validate(r).empty());
}

TEST(RecordParameters, ValuesAreValidatedPerRecordEvenWhenTheKeyIsKnown) {
    FactorLibrary lib;
    FactorResolver resolver(lib, lib.pin(FactorSelection::defaults(), 2024));
    RecordValidator validator(resolver);
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    auto r = record("S", SourceType::PurchasedElectricity, "supplier", 10, "MWh");
    r.overrides.factorValue = 0.3;
    r.overrides.factorUnit = "tCO2/MWh";
    ASSERT_TRUE(batch.add(r, validator, issues));
    r.overrides.factorValue = -0.3;
    EXPECT_FALSE(batch.add(r, validator, issues));
    EXPECT_TRUE(hasIssue(issues, "factor_value", "value_negative"));
    EXPECT_EQ(batch.size(), 1u);
}
