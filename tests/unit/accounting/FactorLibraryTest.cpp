// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cmath>

#include "AccountingTestUtil.h"
#include "cnms/accounting/GwpSet.h"

using namespace cnms;
using namespace cnms::accounting;
using namespace cnms::accounting::test;

namespace {

FactorSet labNcvSet(std::string version = "2024.1") {
    FactorSet s("lab_ncv", std::move(version));
    s.nameZh = "化验低位发热量";
    s.source = "Plant laboratory report LAB-2024-017 (GB/T 213 bomb calorimeter)";
    s.validFromYear = 2024;
    s.validToYear = 2024;
    Factor f;
    f.id = "bituminous_coal";
    f.kind = FactorKind::Fuel;
    f.ncv = 23.5;
    f.ncvUnit = "GJ/t";
    f.confidence = Confidence::High;
    f.uncertaintyPct = 1.5;
    s.add(f);
    return s;
}

}  // namespace

TEST(FactorLibrary, ShipsTheFourTablesAsReadOnlySets) {
    FactorLibrary lib;
    for (const char* id : {"cn_fuels", "ipcc2006_energy", "ipcc2006_manufacturing", "cn_grid"}) {
        const auto* s = lib.findSet(id);
        ASSERT_NE(s, nullptr) << id;
        EXPECT_TRUE(s->shipped);
        EXPECT_EQ(s->version, "1");
        EXPECT_EQ(s->contentHash.size(), 16u);
        EXPECT_FALSE(s->nameZh.empty());
        EXPECT_FALSE(s->source.empty());
    }
    EXPECT_EQ(lib.findSet("cn_fuels")->factors().size(), 26u);
    EXPECT_EQ(lib.findSet("ipcc2006_energy")->factors().size(), 22u);
    EXPECT_EQ(lib.findSet("cn_grid")->factors().size(), 37u);
    const Factor* coal = lib.findSet("cn_fuels")->find("bituminous_coal");
    ASSERT_NE(coal, nullptr);
    EXPECT_EQ(coal->confidence, Confidence::Low);
    EXPECT_EQ(coal->ncv, 19.57);
    EXPECT_EQ(coal->ncvUnit, "GJ/t");
    const Factor* grid = lib.findSet("cn_grid")->find("east_2023");
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(grid->kind, FactorKind::Electricity);
    EXPECT_EQ(grid->value, 0.55);
    EXPECT_EQ(grid->dataYear, 2023);
    EXPECT_EQ(lib.findSet("cn_grid")->find("heat_default")->kind, FactorKind::Heat);
    const Factor* ng = lib.findSet("ipcc2006_energy")->find("natural_gas");
    ASSERT_NE(ng, nullptr);
    EXPECT_EQ(ng->n2oKgPerTj, 0.1);  // the table value, not the 1.5 of one transcription
    EXPECT_EQ(lib.findSet("ipcc2006_manufacturing")->find("anthracite")->ch4KgPerTj, 10.0);
}

TEST(FactorLibrary, ShippedSetsCannotBeReplacedOrRemoved) {
    FactorLibrary lib;
    FactorSet s = labNcvSet();
    s.id = "cn_fuels";
    try {
        lib.addUserSet(s);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "factor_set_id_reserved");
    }
    try {
        lib.removeUserSet("cn_grid");
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "factor_set_shipped");
    }
}

TEST(FactorLibrary, UserSetsAreValidatedAndVersioned) {
    FactorLibrary lib;
    FactorSet bad("Lab NCV!", "");
    Factor f;
    f.id = "coal:lab";
    f.kind = FactorKind::Fuel;
    f.ncv = 23.5;
    f.ncvUnit = "t/GJ";
    f.oxidationPct = 120;
    bad.add(f);
    Factor g;
    g.id = "power";
    g.kind = FactorKind::Electricity;
    g.value = 0.4;
    g.unit = "tCO2/t";
    bad.add(g);
    bad.validFromYear = 2025;
    bad.validToYear = 2024;
    try {
        lib.addUserSet(bad);
        FAIL();
    } catch (const ValidationError& e) {
        const auto& i = e.issues();
        EXPECT_TRUE(hasIssue(i, "id", "id_invalid"));
        EXPECT_TRUE(hasIssue(i, "version", "version_invalid"));
        EXPECT_TRUE(hasIssue(i, "name", "required"));
        EXPECT_TRUE(hasIssue(i, "source", "required"));
        EXPECT_TRUE(hasIssue(i, "valid_to_year", "before_start"));
        EXPECT_TRUE(hasIssue(i, "factors[0].id", "id_invalid"));
        EXPECT_TRUE(hasIssue(i, "factors[0].ncv_unit", "factor_unit_invalid"));
        EXPECT_TRUE(hasIssue(i, "factors[0].oxidation_rate", "out_of_range"));
        EXPECT_TRUE(hasIssue(i, "factors[1].unit", "factor_unit_invalid")) << describe(i);
    }

    lib.addUserSet(labNcvSet("2024.1"));
    lib.addUserSet(labNcvSet("2024.2"));
    EXPECT_EQ(lib.findSet("lab_ncv")->version, "2024.2");
    EXPECT_NE(lib.findSet("lab_ncv", "2024.1"), nullptr);
    try {
        lib.addUserSet(labNcvSet("2024.2"));
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "factor_set_version_exists");
    }
    lib.removeUserSet("lab_ncv");
    EXPECT_EQ(lib.findSet("lab_ncv"), nullptr);
}

TEST(FactorLibrary, LabNcvTakesPriorityAndTheRestComesFromTheDefaults) {
    // Lab NCV 23.5 GJ/t for bituminous coal, carbon content 26.1 tC/TJ and oxidation 93 % from fuels_cn.csv:
    // 100 t × 23.5 × 26.1/1000 × 0.93 × 44/12 = 209.1480... tCO2 (the default NCV 19.57 would give 174.175).
    FactorLibrary lib;
    lib.addUserSet(labNcvSet());
    auto inv = inventoryOf({record("S", SourceType::FuelCombustion, "bituminous_coal", 100, "t")},
                           selection({"lab_ncv", "cn_fuels"}, "AR5"), 2024, lib);
    EXPECT_NEAR(inv.totalTco2e, 100 * 23.5 * 26.1 / 1000 * 0.93 * 44.0 / 12.0, 1e-9);
    const auto& trace = inv.rows[0].trace;
    EXPECT_EQ(trace.factorSetId, "lab_ncv");
    EXPECT_EQ(trace.parameters[0].factorSetId, "lab_ncv");
    EXPECT_EQ(trace.parameters[1].factorSetId, "cn_fuels");
    EXPECT_TRUE(trace.lowConfidence);  // the carbon content still comes from a low-confidence coal row
    EXPECT_EQ(inv.lowConfidence.at(0).factorSetId, "cn_fuels");
    // Combined factor uncertainty: lab 1.5 % and the defaults' low-confidence 20 %: √(1.5² + 20²).
    FactorResolver r(lib, lib.pin(selection({"lab_ncv", "cn_fuels"}, "AR5"), 2024));
    std::vector<FieldIssue> issues;
    auto key = record("S", SourceType::FuelCombustion, "bituminous_coal", 100, "t");
    auto idx = r.resolve(ActivityKeyView::of(key), issues);
    ASSERT_TRUE(idx);
    EXPECT_NEAR(r.factor(*idx).uncertaintyPct, std::sqrt(1.5 * 1.5 + 20.0 * 20.0), 1e-12);
}

TEST(FactorLibrary, QualifiedActivityIdsPickTheirSet) {
    // "ipcc2006_energy:natural_gas" bypasses cn_fuels' natural gas. IPCC NCV 48.0 TJ/Gg, CO2 56 100 kg/TJ:
    // 10 t → 0.48 TJ × 56 100 = 26.928 tCO2, CH4 0.48 kg, N2O 0.048 kg.
    auto inv = inventoryOf({record("S", SourceType::FuelCombustion, "ipcc2006_energy:natural_gas", 10, "t")},
                           selection({"cn_fuels", "ipcc2006_energy"}, "AR5"));
    EXPECT_NEAR(inv.byGasT.at("CO2"), 26.928, 1e-9);
    EXPECT_NEAR(inv.totalTco2e, 26.928 + 0.00048 * 28 + 0.000048 * 265, 1e-9);
}

TEST(FactorLibrary, PinsExactVersionsForAYear) {
    FactorLibrary lib;
    lib.addUserSet(labNcvSet("2024.1"));
    auto pin = lib.pin(selection({"lab_ncv", "cn_fuels", "cn_grid"}, "ar6"), 2024);
    ASSERT_EQ(pin.factorSets.size(), 3u);
    EXPECT_EQ(pin.factorSets[0].version, "2024.1");
    EXPECT_EQ(pin.gwpSet, "AR6");
    EXPECT_EQ(pin.selection().factorSets[0], "lab_ncv@2024.1");
    EXPECT_TRUE(lib.drift(pin).empty());

    // A later version does not change what the pin resolves to; removing the set is reported.
    lib.addUserSet(labNcvSet("2024.2"));
    EXPECT_EQ(lib.find(pin, "bituminous_coal")->set->version, "2024.1");
    lib.removeUserSet("lab_ncv");
    ASSERT_EQ(lib.drift(pin).size(), 1u);

    try {
        lib.pin(selection({"nope", "cn_fuels", "cn_fuels"}, "AR9"), 2024);
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_TRUE(hasIssue(e.issues(), "factor_sets", "factor_set_unknown"));
        EXPECT_TRUE(hasIssue(e.issues(), "factor_sets", "factor_set_duplicate"));
        EXPECT_TRUE(hasIssue(e.issues(), "gwp_set", "gwp_set_unknown"));
    }
    lib.addUserSet(labNcvSet("2024.3"));
    try {
        lib.pin(selection({"lab_ncv"}, "AR5"), 2023);
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_TRUE(hasIssue(e.issues(), "factor_sets", "factor_set_not_valid_for_year"));
    }
}

TEST(FactorLibrary, ChangedShippedTableIsDetected) {
    FactorLibrary lib;
    auto pin = lib.pin(FactorSelection::defaults(), 2024);
    pin.factorSets[0].contentHash = "0000000000000000";
    ASSERT_EQ(lib.drift(pin).size(), 1u);
    EXPECT_NE(lib.drift(pin)[0].find("changed"), std::string::npos);
}

TEST(GwpSets, ShippedValues) {
    const auto& ar4 = GwpSet::get("AR4");
    const auto& ar5 = GwpSet::get("AR5");
    const auto& ar6 = GwpSet::get("AR6");
    // gwp.csv: CH4 25 / 28 / (29.8 fossil, 27.0 non-fossil); N2O 298 / 265 / 273; SF6 22 800 / 23 500 / 25 200.
    EXPECT_EQ(ar4.value(gases::kCh4Fossil), 25);
    EXPECT_EQ(ar4.value(gases::kCh4NonFossil), 25);
    EXPECT_EQ(ar5.value(gases::kCh4Fossil), 28);
    EXPECT_EQ(ar6.value(gases::kCh4Fossil), 29.8);
    EXPECT_EQ(ar6.value(gases::kCh4NonFossil), 27.0);
    EXPECT_EQ(ar5.value(gases::kN2o), 265);
    EXPECT_EQ(ar6.value(*gases::find("SF6")), 25200);
    EXPECT_EQ(ar5.value(*gases::find("R-134a")), 1300);
    EXPECT_EQ(ar5.value(gases::kCo2eOther), 1);
    EXPECT_EQ(ar6.entry(gases::kCh4Fossil).confidence, Confidence::Medium);
    EXPECT_EQ(GwpSet::find("sar"), nullptr);
    EXPECT_THROW(GwpSet::get("SAR"), NotFoundError);
    EXPECT_EQ(gases::group(*gases::find("CF4")), "PFCs");
    EXPECT_EQ(gases::group(*gases::find("HFC-23")), "HFCs");
    EXPECT_EQ(gases::reportingName(gases::kCh4NonFossil), "CH4");
}
