// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "AccountingTestUtil.h"
#include "cnms/accounting/AccountingJson.h"

using namespace cnms;
using namespace cnms::accounting;
using namespace cnms::accounting::test;
using nlohmann::json;

TEST(AccountingJson, InventoryCarriesTheCliKeys) {
    auto freight = record("HZ-HQ", SourceType::IndirectOther, "business travel", 4.5, "tCO2e");
    freight.isoCategory = 6;
    auto inv = inventoryOf({record("CX-CLK", SourceType::FuelCombustion, "diesel", 10, "t"),
                            record("HZ-GRD", SourceType::PurchasedElectricity, "east_2023", 100, "MWh"),
                            record("CX-CLK", SourceType::Fugitive, "HFC-134a", 10, "kg"), freight});
    json j = inv;
    EXPECT_NEAR(j["total_tco2e"].get<double>(), 30.95909637 + 55 + 13 + 4.5, 1e-8);
    EXPECT_NEAR(j["by_gas_tco2e"]["CO2"].get<double>(), 30.95909637 + 55, 1e-8);
    EXPECT_NEAR(j["by_gas_tco2e"]["HFC-134a"].get<double>(), 13.0, 1e-9);
    EXPECT_NEAR(j["by_gas_tco2e"]["CO2e_other"].get<double>(), 4.5, 1e-9);
    EXPECT_EQ(j["by_gas_tco2e"]["CH4"].get<double>(), 0.0);
    for (const char* c : {"1", "2", "3", "4", "5", "6"}) EXPECT_TRUE(j["by_iso_category_tco2e"].contains(c)) << c;
    for (const char* s : {"1", "2", "3"}) EXPECT_TRUE(j["by_scope_tco2e"].contains(s)) << s;
    EXPECT_NEAR(j["by_iso_category_tco2e"]["6"].get<double>(), 4.5, 1e-9);
    EXPECT_NEAR(j["by_scope_tco2e"]["2"].get<double>(), 55.0, 1e-9);
    EXPECT_NEAR(j["by_site_tco2e"]["HZ-GRD"].get<double>(), 55.0, 1e-9);
    EXPECT_EQ(j["gwp_set"], "AR5");
    EXPECT_EQ(j["factor_pin"]["factor_sets"][0]["id"], "cn_fuels");
    EXPECT_TRUE(j["by_month_tco2e"].contains("2024-01"));
    EXPECT_EQ(j["rows"].size(), 4u);
    EXPECT_EQ(j["rows"][0]["trace"]["factor_set"], "cn_fuels");
    EXPECT_FALSE(toJson(inv, {false}).contains("rows"));
}

TEST(AccountingJson, RecordRoundTrips) {
    auto r = record("CX-CLK", SourceType::FuelCombustion, "diesel", 12.5, "t", "2024-03-01", "2024-03-31");
    r.isoCategory = 1;
    r.overrides.ncv = 43.1;
    r.overrides.ncvUnit = "GJ/t";
    r.overrides.oxidationPct = 98;
    r.dataQuality = DataQuality::Estimated;
    r.uncertaintyPct = 7.5;
    r.evidence = "INV-1";
    r.enteredBy = "张工";
    r.enteredAt = "2024-04-02T09:00:00+08:00";
    json j = r;
    EXPECT_EQ(j["source_type"], "fuel_combustion");
    EXPECT_EQ(j["period_start"], "2024-03-01");
    EXPECT_FALSE(j.contains("factor_value"));
    EXPECT_EQ(j.get<ActivityRecord>(), r);
}

TEST(AccountingJson, UserFactorSetRoundTrips) {
    FactorSet s("supplier_ef", "2024.1");
    s.nameEn = "Supplier factors";
    s.source = "Supplier statement 2024-02";
    s.validFromYear = 2024;
    Factor f;
    f.id = "green_power";
    f.kind = FactorKind::Electricity;
    f.value = 0.0;
    f.unit = "tCO2/MWh";
    f.uncertaintyPct = 1;
    s.add(f);
    json j = s;
    FactorSet back = j.get<FactorSet>();
    EXPECT_EQ(back.id, "supplier_ef");
    EXPECT_EQ(back.validFromYear, 2024);
    ASSERT_NE(back.find("green_power"), nullptr);
    EXPECT_EQ(*back.find("green_power"), f);
    FactorLibrary lib;
    EXPECT_NO_THROW(lib.addUserSet(back));
}

TEST(AccountingJson, StoredStageOneIsReweighedIdentically) {
    FactorLibrary lib;
    FactorResolver resolver(lib, lib.pin(selection({"ipcc2006_manufacturing", "cn_grid"}, "AR5"), 2024));
    RecordValidator validator(resolver);
    ActivityBatch batch(2024);
    std::vector<FieldIssue> issues;
    ASSERT_TRUE(batch.add(record("S", SourceType::FuelCombustion, "gas_diesel_oil", 1000, "t", "2024-01-10", "2024-04-20"), validator, issues));
    ASSERT_TRUE(batch.add(record("T", SourceType::PurchasedElectricity, "east_2023", 777, "MWh"), validator, issues));
    ASSERT_TRUE(batch.add(record("T", SourceType::Fugitive, "R-407C", 3, "kg"), validator, issues));
    auto gases = GasInventory::calculate(batch, resolver);
    json stored = gases;
    auto loaded = json::parse(stored.dump()).get<GasInventory>();
    for (const char* gwp : {"AR4", "AR5", "AR6"}) {
        auto a = Inventory::weigh(gases, GwpSet::get(gwp));
        auto b = Inventory::weigh(loaded, GwpSet::get(gwp));
        EXPECT_EQ(a.totalTco2e, b.totalTco2e) << gwp;
        EXPECT_EQ(a.byGasTco2e, b.byGasTco2e) << gwp;
        EXPECT_EQ(a.byMonthTco2e, b.byMonthTco2e) << gwp;
        EXPECT_EQ(a.uncertainty.totalPct, b.uncertainty.totalPct) << gwp;
    }
    EXPECT_EQ(loaded.pin, gases.pin);
    EXPECT_EQ(loaded.factors, gases.factors);
}

TEST(AccountingJson, DifferencesAndBaseYear) {
    auto base = inventoryOf({record("S", SourceType::Process, "CO2", 1000, "t")});
    auto cur = inventoryOf({record("S", SourceType::Process, "CO2", 900, "t")});
    json j = assessBaseYear(base, cur, {{StructuralChangeKind::Divestment, "sold kiln 2", -80}});
    EXPECT_EQ(j["recalculation_required"], true);
    EXPECT_NEAR(j["structural_effect_pct"].get<double>(), 8.0, 1e-12);
    EXPECT_NEAR(j["difference"]["total"]["delta"].get<double>(), -100.0, 1e-9);
    EXPECT_NEAR(j["difference"]["by_scope_tco2e"]["1"]["delta_pct"].get<double>(), -10.0, 1e-9);
    json change = StructuralChange{StructuralChangeKind::Acquisition, "x", 12};
    EXPECT_EQ(change.get<StructuralChange>().kind, StructuralChangeKind::Acquisition);
}
