// SPDX-License-Identifier: MIT
// Every expected number below is worked out by hand from the row of the shipped table named in the
// comment (resources/factors/*.csv), with the GB/T 32150-2015 formulas.
#include <gtest/gtest.h>

#include "AccountingTestUtil.h"
#include "cnms/accounting/RecordEmissions.h"

using namespace cnms;
using namespace cnms::accounting;
using namespace cnms::accounting::test;

TEST(CombustionFormula, DieselFromChinaDefaults) {
    // fuels_cn.csv, diesel: NCV 42.652 GJ/t, carbon content 20.2 tC/TJ, oxidation 98 %.
    // 10 t × 42.652 = 426.52 GJ; × 20.2/1000 = 8.615704 tC; × 0.98 = 8.44338992 tC; × 44/12 = 30.95909637 tCO2.
    auto inv = inventoryOf({record("CX-CLK", SourceType::FuelCombustion, "diesel", 10, "t")});
    EXPECT_NEAR(inv.totalTco2e, 30.95909637, 1e-8);
    EXPECT_NEAR(inv.gasTco2e("CO2"), 30.95909637, 1e-8);
    EXPECT_EQ(inv.gasTco2e("CH4"), 0.0);  // the China table gives no CH4/N2O factors
    EXPECT_NEAR(inv.categoryTco2e(1), 30.95909637, 1e-8);
    EXPECT_NEAR(inv.scopeTco2e(1), 30.95909637, 1e-8);
    // The table's own convenience column: co2_ef_derived 3.095910 tCO2/t.
    EXPECT_NEAR(inv.totalTco2e / 10.0, 3.095910, 5e-7);
    ASSERT_EQ(inv.rows.size(), 1u);
    const auto& trace = inv.rows[0].trace;
    EXPECT_EQ(trace.method, "fuel_ncv_carbon");
    EXPECT_EQ(trace.factorSetId, "cn_fuels");
    EXPECT_EQ(trace.factorSetVersion, "1");
    EXPECT_EQ(trace.factorId, "diesel");
    EXPECT_FALSE(trace.lowConfidence);  // diesel is a high-confidence row
    ASSERT_EQ(trace.parameters.size(), 3u);
    EXPECT_EQ(trace.parameters[0].name, "ncv");
    EXPECT_EQ(trace.parameters[0].value, 42.652);
    EXPECT_EQ(trace.parameters[0].unit, "GJ/t");
}

TEST(CombustionFormula, DieselInKilogramsIsConvertedToTheNcvUnit) {
    // Same diesel row; 10 000 kg = 10 t → 30.95909637 tCO2.
    auto inv = inventoryOf({record("CX-CLK", SourceType::FuelCombustion, "diesel", 10000, "kg")});
    EXPECT_NEAR(inv.totalTco2e, 30.95909637, 1e-8);
}

TEST(CombustionFormula, NaturalGasInTenThousandNormalCubicMetres) {
    // fuels_cn.csv, natural_gas: NCV 389.31 GJ/10^4 Nm3, 15.3 tC/TJ, 99 %.
    // 100 × 10^4 Nm3 × 389.31 = 38 931 GJ; × 15.3/1000 = 595.6443 tC; × 0.99 = 589.687857 tC; × 44/12 = 2162.188809 tCO2.
    auto a = inventoryOf({record("CX-CLK", SourceType::FuelCombustion, "natural_gas", 100, "万Nm3")});
    EXPECT_NEAR(a.totalTco2e, 2162.188809, 1e-6);
    auto b = inventoryOf({record("CX-CLK", SourceType::FuelCombustion, "natural_gas", 1000000, "Nm3")});
    EXPECT_NEAR(b.totalTco2e, 2162.188809, 1e-6);
    // co2_ef_derived 21.621888 tCO2/10^4 Nm3.
    EXPECT_NEAR(a.totalTco2e / 100, 21.621888, 1e-6);
}

TEST(CombustionFormula, ChinaTableDerivedColumnIsReproducedForEveryFuel) {
    // Each row's co2_ef_derived = ncv × carbon_content/1000 × oxidation/100 × 44/12 (rounded to 6 decimals).
    FactorLibrary lib;
    const auto* set = lib.findSet("cn_fuels");
    ASSERT_NE(set, nullptr);
    const std::vector<std::pair<std::string, double>> derived = {
        {"raw_coal", 1.900299}, {"anthracite", 2.521512}, {"bituminous_coal", 1.741750}, {"lignite", 1.172864},
        {"coke", 2.860419}, {"fuel_oil", 3.170461}, {"gasoline", 2.925056}, {"lpg", 3.101330},
        {"natural_gas", 21.621888}, {"coke_oven_gas", 8.863806}};
    for (const auto& [fuel, perUnit] : derived) {
        const auto* f = set->find(fuel);
        ASSERT_NE(f, nullptr) << fuel;
        auto inv = inventoryOf({record("S", SourceType::FuelCombustion, fuel, 1, f->activityUnit)});
        EXPECT_NEAR(inv.totalTco2e, perUnit, 1e-6) << fuel;
    }
}

TEST(CombustionFormula, FuelGivenInEnergyNeedsNoNcv) {
    // 100 tce = 2930.76 GJ (GB/T 2589); diesel 20.2 tC/TJ × 98 % × 44/12 = 72.5853... tCO2/TJ
    // → 2.93076 TJ × 20.2 × 0.98 × 44/12 = 212.7322... tCO2.
    auto inv = inventoryOf({record("S", SourceType::FuelCombustion, "diesel", 100, "tce")});
    EXPECT_NEAR(inv.totalTco2e, 2.93076 * 20.2 * 0.98 * 44.0 / 12.0, 1e-9);
    EXPECT_EQ(inv.rows[0].trace.method, "fuel_energy_carbon");
}

TEST(CombustionFormula, RecordParametersOverrideTheLibrary) {
    // Lab-measured NCV 43.1 GJ/t for diesel, library carbon content and oxidation:
    // 10 × 43.1 × 20.2/1000 × 0.98 × 44/12 = 31.2836...
    auto r = record("S", SourceType::FuelCombustion, "diesel", 10, "t");
    r.overrides.ncv = 43.1;
    r.overrides.ncvUnit = "GJ/t";
    auto inv = inventoryOf({r});
    EXPECT_NEAR(inv.totalTco2e, 10 * 43.1 * 20.2 / 1000 * 0.98 * 44.0 / 12.0, 1e-9);
    const auto& params = inv.rows[0].trace.parameters;
    EXPECT_TRUE(params[0].fromRecord);
    EXPECT_FALSE(params[1].fromRecord);
    EXPECT_EQ(params[1].factorId, "diesel");
}

TEST(CombustionFormula, UnknownFuelWithAllFourParameters) {
    // A fuel the library lacks, e.g. a plant's own tail gas: 5 × 10^4 Nm3, NCV 120 GJ/10^4 Nm3, 14 tC/TJ, 99 %:
    // 600 GJ × 14/1000 × 0.99 × 44/12 = 30.492 tCO2.
    auto r = record("S", SourceType::FuelCombustion, "tail_gas", 5, "10^4 Nm3");
    r.overrides = {120.0, "GJ/10^4 Nm3", 14.0, 99.0, std::nullopt, std::nullopt, std::nullopt, ""};
    auto inv = inventoryOf({r});
    EXPECT_NEAR(inv.totalTco2e, 30.492, 1e-9);
    EXPECT_TRUE(inv.rows[0].trace.factorSetId.empty());
}

TEST(CombustionFormula, DirectFactorOnTheRecord) {
    // 20 t of a fuel with a supplier factor of 3.1 tCO2/t → 62 tCO2.
    auto r = record("S", SourceType::FuelCombustion, "supplier_fuel", 20, "t");
    r.overrides.factorValue = 3.1;
    r.overrides.factorUnit = "tCO2/t";
    EXPECT_NEAR(inventoryOf({r}).totalTco2e, 62.0, 1e-9);
}

TEST(CombustionFormula, IpccSetGivesCh4AndN2oAndAr6UsesFossilMethane) {
    // ipcc2006_stationary.csv, Gas/Diesel oil, manufacturing: NCV 43.0 TJ/Gg, CO2 74 100, CH4 3, N2O 0.6 kg/TJ.
    // 1 000 t = 1 Gg → 43 TJ: CO2 = 43 × 74 100 kg = 3 186.3 t; CH4 = 129 kg = 0.129 t; N2O = 25.8 kg = 0.0258 t.
    // AR6 (gwp.csv): CH4 fossil 29.8, N2O 273 → 3.8442 + 7.0434 → total 3 197.1876 tCO2e.
    auto inv = inventoryOf({record("S", SourceType::FuelCombustion, "gas_diesel_oil", 1000, "t")},
                           selection({"ipcc2006_manufacturing"}, "AR6"));
    EXPECT_NEAR(inv.byGasT.at("CO2"), 3186.3, 1e-9);
    EXPECT_NEAR(inv.byGasT.at("CH4"), 0.129, 1e-12);
    EXPECT_NEAR(inv.byGasT.at("N2O"), 0.0258, 1e-12);
    EXPECT_NEAR(inv.gasTco2e("CH4"), 0.129 * 29.8, 1e-9);
    EXPECT_NEAR(inv.gasTco2e("N2O"), 0.0258 * 273, 1e-9);
    EXPECT_NEAR(inv.totalTco2e, 3197.1876, 1e-9);
    EXPECT_EQ(inv.rows[0].trace.method, "fuel_ncv_ipcc");
    // AR5: CH4 28, N2O 265 → 3.612 + 6.837 → 3 196.749.
    auto ar5 = inventoryOf({record("S", SourceType::FuelCombustion, "gas_diesel_oil", 1000, "t")},
                           selection({"ipcc2006_manufacturing"}, "AR5"));
    EXPECT_NEAR(ar5.totalTco2e, 3196.749, 1e-9);
}

TEST(CombustionFormula, BiomassCo2IsBiogenicAndItsMethaneNonFossil) {
    // A user set with wood (IPCC 2006 Vol.2 Table 2.3, wood/wood waste: CO2 112 000, CH4 30, N2O 4 kg/TJ; NCV 15.6 TJ/Gg).
    // 100 t → 1.56 TJ: CO2 174.72 t (biogenic, outside the total); CH4 46.8 kg; N2O 6.24 kg.
    // AR6: CH4 non-fossil 27.0 → 1.2636; N2O 273 → 1.70352; total 2.96712 tCO2e.
    FactorLibrary lib;
    FactorSet wood("biomass", "2024.1");
    wood.nameEn = "Biomass fuels";
    wood.source = "2006 IPCC Guidelines Vol.2 Ch.2 Table 2.3 (wood/wood waste)";
    Factor f;
    f.id = "wood";
    f.kind = FactorKind::Fuel;
    f.activityUnit = "t";
    f.ncv = 15.6;
    f.ncvUnit = "TJ/Gg";
    f.co2KgPerTj = 112000;
    f.ch4KgPerTj = 30;
    f.n2oKgPerTj = 4;
    f.biogenic = true;
    f.confidence = Confidence::Medium;
    wood.add(f);
    lib.addUserSet(wood);
    auto inv = inventoryOf({record("S", SourceType::FuelCombustion, "wood", 100, "t")}, selection({"biomass"}, "AR6"), 2024, lib);
    EXPECT_NEAR(inv.biogenicCo2T, 174.72, 1e-9);
    EXPECT_EQ(inv.gasTco2e("CO2"), 0.0);
    EXPECT_NEAR(inv.byGasSlotT.at("CH4-non-fossil"), 0.0468, 1e-12);
    EXPECT_NEAR(inv.gasTco2e("CH4"), 0.0468 * 27.0, 1e-9);
    EXPECT_NEAR(inv.totalTco2e, 2.96712, 1e-9);
    EXPECT_NEAR(inv.rows[0].biogenicCo2T, 174.72, 1e-9);
}

TEST(PurchasedEnergy, ElectricityWith2022NationalGridFactor) {
    // grid_factors_cn.csv, cn_2022_avg: 0.5366 tCO2/MWh. 1 000 MWh → 536.6 tCO2, category 2, scope 2.
    auto inv = inventoryOf({record("HZ-GRD", SourceType::PurchasedElectricity, "cn_2022_avg", 1000, "MWh", "2022-01-01", "2022-12-31")},
                           FactorSelection::defaults(), 2022);
    EXPECT_NEAR(inv.totalTco2e, 536.6, 1e-9);
    EXPECT_NEAR(inv.categoryTco2e(2), 536.6, 1e-9);
    EXPECT_NEAR(inv.scopeTco2e(2), 536.6, 1e-9);
    EXPECT_EQ(inv.categoryTco2e(1), 0.0);
    EXPECT_EQ(inv.rows[0].trace.factorId, "cn_2022_avg");
    EXPECT_TRUE(inv.warnings.empty());
    // The same in kWh: 1 000 000 kWh = 1 000 MWh.
    auto kwh = inventoryOf({record("HZ-GRD", SourceType::PurchasedElectricity, "cn_2022_avg", 1e6, "kWh", "2022-01-01", "2022-12-31")},
                           FactorSelection::defaults(), 2022);
    EXPECT_NEAR(kwh.totalTco2e, 536.6, 1e-9);
}

TEST(PurchasedEnergy, GridFactorOfAnotherYearWarns) {
    auto inv = inventoryOf({record("S", SourceType::PurchasedElectricity, "cn_2022_avg", 1000, "MWh")});
    ASSERT_EQ(inv.warnings.size(), 1u);
    EXPECT_NE(inv.warnings[0].find("2022"), std::string::npos);
}

TEST(PurchasedEnergy, HeatWithDefaultFactorIsFlaggedLowConfidence) {
    // grid_factors_cn.csv, heat_default: 0.11 tCO2/GJ (confidence low). 5 000 GJ → 550 tCO2.
    auto inv = inventoryOf({record("S", SourceType::PurchasedHeat, "heat_default", 5000, "GJ")});
    EXPECT_NEAR(inv.totalTco2e, 550.0, 1e-9);
    EXPECT_NEAR(inv.categoryTco2e(2), 550.0, 1e-9);
    ASSERT_EQ(inv.lowConfidence.size(), 1u);
    EXPECT_EQ(inv.lowConfidence[0].factorId, "heat_default");
    EXPECT_NEAR(inv.lowConfidence[0].sharePct, 100.0, 1e-9);
    EXPECT_TRUE(inv.rows[0].trace.lowConfidence);
}

TEST(Fugitive, Hfc134aTimesGwpAcrossReports) {
    // gwp.csv HFC-134a: AR4 1430, AR5 1300, AR6 1530. 10 kg = 0.01 t → 14.3 / 13 / 15.3 tCO2e.
    auto r = record("S", SourceType::Fugitive, "HFC-134a", 10, "kg");
    EXPECT_NEAR(inventoryOf({r}, selection({"cn_fuels"}, "AR4")).totalTco2e, 14.3, 1e-9);
    auto ar5 = inventoryOf({r}, selection({"cn_fuels"}, "AR5"));
    EXPECT_NEAR(ar5.totalTco2e, 13.0, 1e-9);
    EXPECT_NEAR(ar5.gasTco2e("HFC-134a"), 13.0, 1e-9);
    EXPECT_NEAR(ar5.byGasT.at("HFC-134a"), 0.01, 1e-12);
    EXPECT_NEAR(ar5.byGasGroupTco2e.at("HFCs"), 13.0, 1e-9);
    EXPECT_NEAR(inventoryOf({r}, selection({"cn_fuels"}, "AR6")).totalTco2e, 15.3, 1e-9);
}

TEST(Fugitive, Sf6AndRefrigerantBlend) {
    // SF6 AR5 23 500: 2 kg → 47 tCO2e. R-410A = 50 % HFC-32 (677) + 50 % HFC-125 (3 170), AR5:
    // 20 kg → 0.01 t × 677 + 0.01 t × 3 170 = 6.77 + 31.7 = 38.47 tCO2e.
    auto inv = inventoryOf({record("S", SourceType::Fugitive, "SF6", 2, "kg"), record("S", SourceType::Fugitive, "R-410A", 20, "kg")});
    EXPECT_NEAR(inv.gasTco2e("SF6"), 47.0, 1e-9);
    EXPECT_NEAR(inv.gasTco2e("HFC-32"), 6.77, 1e-9);
    EXPECT_NEAR(inv.gasTco2e("HFC-125"), 31.7, 1e-9);
    EXPECT_NEAR(inv.totalTco2e, 85.47, 1e-9);
}

TEST(Fugitive, MethaneIsFossilUnlessSaid) {
    // 1 t CH4 leaked: AR6 fossil 29.8; declared non-fossil (e.g. wastewater) 27.0.
    EXPECT_NEAR(inventoryOf({record("S", SourceType::Fugitive, "CH4", 1, "t")}, selection({}, "AR6")).totalTco2e, 29.8, 1e-9);
    EXPECT_NEAR(inventoryOf({record("S", SourceType::Fugitive, "CH4-non-fossil", 1, "t")}, selection({}, "AR6")).totalTco2e, 27.0, 1e-9);
    // AR5 has one CH4 value: 28.
    EXPECT_NEAR(inventoryOf({record("S", SourceType::Fugitive, "CH4-non-fossil", 1, "t")}, selection({}, "AR5")).totalTco2e, 28.0, 1e-9);
}

TEST(Process, QuantityTimesFactorAndDirectMass) {
    // Clinker 1 000 t × 0.52 tCO2/t = 520 tCO2; a CO2 mass from a carbon balance, 12.5 t, counts as is.
    auto clinker = record("CX-CLK", SourceType::Process, "CO2", 1000, "t");
    clinker.overrides.factorValue = 0.52;
    clinker.overrides.factorUnit = "tCO2/t";
    auto balance = record("CX-CLK", SourceType::Process, "CO2", 12.5, "t", "2024-02-01", "2024-02-29");
    auto inv = inventoryOf({clinker, balance});
    EXPECT_NEAR(inv.totalTco2e, 532.5, 1e-9);
    EXPECT_NEAR(inv.bySourceTypeTco2e.at("process"), 532.5, 1e-9);
    // N2O from a process with a kg-per-t factor: 500 t × 2 kg/t = 1 t N2O × 265 (AR5).
    auto nitric = record("S", SourceType::Process, "N2O", 500, "t");
    nitric.overrides.factorValue = 2;
    nitric.overrides.factorUnit = "kg/t";
    EXPECT_NEAR(inventoryOf({nitric}).totalTco2e, 265.0, 1e-9);
}

TEST(Recovered, Co2IsNegativeInCategoryOne) {
    // 10 t diesel (30.95909637 tCO2) less 5 t CO2 recovered and sold = 25.95909637.
    auto inv = inventoryOf({record("S", SourceType::FuelCombustion, "diesel", 10, "t"),
                            record("S", SourceType::Co2Recovered, "CO2 sold to a beverage plant", 5, "t")});
    EXPECT_NEAR(inv.totalTco2e, 25.95909637, 1e-8);
    EXPECT_NEAR(inv.categoryTco2e(1), 25.95909637, 1e-8);
    EXPECT_NEAR(inv.bySourceTypeTco2e.at("co2_recovered"), -5.0, 1e-12);
    EXPECT_NEAR(inv.byGasSlotT.at("CO2"), 25.95909637, 1e-8);
    // By volume with a density factor (≈19.77 t per 10^4 Nm3): 2 × 10^4 Nm3 → −39.54 t.
    auto v = record("S", SourceType::Co2Recovered, "captured", 2, "10^4 Nm3");
    v.overrides.factorValue = 19.77;
    v.overrides.factorUnit = "tCO2/10^4 Nm3";
    EXPECT_NEAR(inventoryOf({v}).totalTco2e, -39.54, 1e-9);
}

TEST(IndirectOther, AlreadyInCo2e) {
    // Road freight 200 000 tkm × 0.0001 tCO2e/tkm = 20 tCO2e in category 3 (scope 3); a purchased-goods
    // footprint given directly as 12.5 tCO2e in category 4.
    auto freight = record("S", SourceType::IndirectOther, "road freight", 200000, "tkm");
    freight.isoCategory = 3;
    freight.overrides.factorValue = 0.0001;
    freight.overrides.factorUnit = "tCO2e/tkm";
    auto goods = record("S", SourceType::IndirectOther, "purchased cement bags", 12.5, "tCO2e");
    goods.isoCategory = 4;
    auto inv = inventoryOf({freight, goods});
    EXPECT_NEAR(inv.gasTco2e("CO2e_other"), 32.5, 1e-9);
    EXPECT_NEAR(inv.categoryTco2e(3), 20.0, 1e-9);
    EXPECT_NEAR(inv.categoryTco2e(4), 12.5, 1e-9);
    EXPECT_NEAR(inv.scopeTco2e(3), 32.5, 1e-9);
    EXPECT_EQ(inv.byGasT.count("CO2e_other"), 0u);  // no gas mass: already CO2e
}

TEST(GwpSwitching, OnlyNonCo2GasesMove) {
    // 1 t CH4 (fossil) + 1 t N2O + 1 t CO2 process: AR4 1 + 25 + 298 = 324; AR5 1 + 28 + 265 = 294; AR6 1 + 29.8 + 273 = 303.8.
    std::vector<ActivityRecord> records = {record("S", SourceType::Process, "CO2", 1, "t"),
                                           record("S", SourceType::Fugitive, "CH4", 1, "t"),
                                           record("S", SourceType::Process, "N2O", 1, "t")};
    EXPECT_NEAR(inventoryOf(records, selection({}, "AR4")).totalTco2e, 324.0, 1e-9);
    EXPECT_NEAR(inventoryOf(records, selection({}, "AR5")).totalTco2e, 294.0, 1e-9);
    EXPECT_NEAR(inventoryOf(records, selection({}, "AR6")).totalTco2e, 303.8, 1e-9);
}

TEST(GwpSwitching, StageOneIsReweighedWithoutRecalculating) {
    FactorLibrary lib;
    FactorResolver resolver(lib, lib.pin(FactorSelection::defaults(), 2024));
    RecordValidator validator(resolver);
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(batch.add(record("S", SourceType::Fugitive, "HFC-134a", 10, "kg"), validator, issues));
    auto gases = GasInventory::calculate(batch, resolver);
    EXPECT_NEAR(gases.mass(gases.cells[0], *gases::find("HFC-134a")), 0.01, 1e-15);
    EXPECT_NEAR(Inventory::weigh(gases, GwpSet::get("AR4")).totalTco2e, 14.3, 1e-9);
    EXPECT_NEAR(Inventory::weigh(gases, GwpSet::get("AR6")).totalTco2e, 15.3, 1e-9);
}

TEST(SingleRecord, GasMassesThenCo2e) {
    // fuels_cn.csv diesel, 10 t → 30.95909637 tCO2 (see DieselFromChinaDefaults); a form preview needs no batch.
    FactorLibrary lib;
    FactorResolver resolver(lib, lib.pin(FactorSelection::defaults(), 2024));
    RecordValidator validator(resolver);
    auto e = calculateRecord(record("S", SourceType::FuelCombustion, "diesel", 10, "t"), validator);
    ASSERT_EQ(e.gases.size(), 1u);
    EXPECT_EQ(e.gases[0].gas, gases::kCo2);
    EXPECT_NEAR(e.gases[0].tonnes, 30.95909637, 1e-8);
    EXPECT_NEAR(e.tco2e(GwpSet::get("AR6")), 30.95909637, 1e-8);
    EXPECT_EQ(e.scope, 1);
    EXPECT_EQ(e.factor->trace.factorId, "diesel");
    EXPECT_THROW(calculateRecord(record("S", SourceType::FuelCombustion, "diesel", -1, "t"), validator), ValidationError);
}
