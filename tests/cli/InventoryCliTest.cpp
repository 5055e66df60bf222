// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <fstream>
#include <sstream>

#include "Cli.h"
#include "CliRunner.h"
#include "TempDir.h"

namespace {

using Result = cnms::test::CliResult;
using cnms::test::cnmsBinary;
using cnms::test::cnmsRun;

class InventoryCli : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(cnmsRun({"init", project, "--demo"}).code, 0); }
    cnms::test::TempDir dir;
    std::string project = dir.file("demo.cnms");
};

}  // namespace

TEST_F(InventoryCli, JsonHasTheDocumentedKeysAndReconciles) {
    auto r = cnmsRun({"inventory", project, "--year", "2024", "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    double total = j["total_tco2e"];
    double scopes = 0, categories = 0, sites = 0, gases = 0;
    for (auto& [k, v] : j["by_scope_tco2e"].items()) scopes += v.get<double>();
    for (auto& [k, v] : j["by_iso_category_tco2e"].items()) categories += v.get<double>();
    for (auto& [k, v] : j["by_site_tco2e"].items()) sites += v.get<double>();
    for (auto& [k, v] : j["by_gas_tco2e"].items()) gases += v.get<double>();
    EXPECT_GT(total, 0);
    for (double sum : {scopes, categories, sites, gases}) EXPECT_NEAR(sum, total, total * 1e-12);
    EXPECT_TRUE(j["by_gas_tco2e"].contains("CO2e_other"));
    EXPECT_TRUE(j["by_site_tco2e"].contains("CX-CLK"));
    EXPECT_TRUE(j["by_iso_category_tco2e"].contains("6"));
}

// The demo's only gas weighed by a GWP other than 1 is HFC-134a (the China default fuel factors
// carry no CH4 or N2O): 6 kg a month at the clinker plant, 72 kg = 0.072 t a year; × 1300 (AR5,
// gwp.csv) = 93.6 tCO2e, × 1430 (AR4) = 102.96 tCO2e. Switching the GWP set for one answer leaves
// the pinned year alone.
TEST_F(InventoryCli, GwpSwitchingWeighsTheSameGasMasses) {
    auto ar5 = nlohmann::json::parse(cnmsRun({"inventory", project, "--year", "2024", "--format", "json"}).out);
    auto ar4 = nlohmann::json::parse(cnmsRun({"inventory", project, "--year", "2024", "--gwp", "AR4", "--format", "json"}).out);
    EXPECT_NEAR(ar5["by_gas_tco2e"]["HFC-134a"].get<double>(), 93.6, 1e-9);
    EXPECT_NEAR(ar4["by_gas_tco2e"]["HFC-134a"].get<double>(), 102.96, 1e-9);
    auto again = nlohmann::json::parse(cnmsRun({"inventory", project, "--year", "2024", "--format", "json"}).out);
    EXPECT_EQ(again["total_tco2e"], ar5["total_tco2e"]);
}

TEST_F(InventoryCli, ImportRefusesABadFileWithExitTwoAndKeepsTheProject) {
    auto before = cnmsRun({"inventory", project, "--year", "2024", "--format", "csv"}).out;
    auto bad = dir.file("bad.csv");
    cnms::test::writeFile(bad, "site,period_start,period_end,source_type,activity,quantity,unit\n"
                               "HZ-HQ,2024-05-01,2024-05-31,purchased_electricity,cn_2023_avg,5,MWh\n"
                               "XX,2024-05-01,2024-05-31,purchased_electricity,cn_2023_avg,5,MWh\n");
    auto r = cnmsRun({"import", "activity", project, bad});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("bad.csv:3: column 'site' value 'XX'"), std::string::npos) << r.err;
    EXPECT_EQ(cnmsRun({"inventory", project, "--year", "2024", "--format", "csv"}).out, before);
    EXPECT_EQ(cnmsRun({"inventory", project, "--year", "1999"}).code, 2);
}

TEST_F(InventoryCli, NeutralityReportsRefusedCreditsAndTheBalance) {
    auto r = cnmsRun({"neutrality", project, "--year", "2024", "--site", "HZ-HQ", "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_TRUE(j["carbon_neutral"].get<bool>());
    EXPECT_DOUBLE_EQ(j["offsets_accepted_tco2e"].get<double>(), 2300.0);
    EXPECT_NEAR(j["net_emissions_tco2e"].get<double>(),
                j["boundary_emissions_tco2e"].get<double>() - 2300.0, 1e-9);
    ASSERT_EQ(j["offsets_rejected"].size(), 2u);
    EXPECT_EQ(j["offsets_rejected"][0]["reason"], "not_retired");
    EXPECT_EQ(j["offsets_rejected"][1]["reason"], "vintage_out_of_range");
    EXPECT_EQ(j["checklist"].size(), 5u);

    auto whole = nlohmann::json::parse(cnmsRun({"neutrality", project, "--year", "2024", "--format", "json"}).out);
    EXPECT_FALSE(whole["carbon_neutral"].get<bool>());
    auto scope12 = nlohmann::json::parse(
        cnmsRun({"neutrality", project, "--year", "2024", "--boundary", "scope1+2", "--format", "json"}).out);
    EXPECT_LT(scope12["boundary_emissions_tco2e"].get<double>(), whole["boundary_emissions_tco2e"].get<double>());
}

TEST_F(InventoryCli, FactorsListShowsTheShippedSets) {
    auto r = cnmsRun({"factors", "list", project, "--format", "json"});
    ASSERT_EQ(r.code, 0);
    auto j = nlohmann::json::parse(r.out);
    bool fuels = false;
    for (auto& s : j) fuels |= s["id"] == "cn_fuels";
    EXPECT_TRUE(fuels);
    EXPECT_EQ(cnmsRun({"factors", "show", project, "no_such_set"}).code, 2);
}

TEST_F(InventoryCli, RebaseTargetsMovesAStaleBaseValueWithANote) {
    // The demo's target took its base value from the 2023 inventory: nothing to move.
    auto same = cnmsRun({"rebase-targets", project, "--base-year", "2023", "--date", "2026-11-25"});
    ASSERT_EQ(same.code, 0) << same.err;
    EXPECT_NE(same.out.find("no target moved"), std::string::npos) << same.out;
    // An extra 2023 record (a missed diesel delivery found by an audit) recalculates the base year.
    const std::string extra = dir.file("extra.csv");
    {
        std::ofstream f(extra);
        f << "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n"
             "FIX-1,CX-CLK,2023-12-01,2023-12-31,fuel_combustion,diesel,300,t\n";
    }
    ASSERT_EQ(cnmsRun({"import", "activity", project, extra}).code, 0);
    auto moved = cnmsRun({"rebase-targets", project, "--base-year", "2023", "--date", "2026-11-25", "--reason",
                          "missed diesel delivery"});
    ASSERT_EQ(moved.code, 0) << moved.err;
    EXPECT_NE(moved.out.find("target #1"), std::string::npos) << moved.out;
    EXPECT_EQ(cnmsRun({"rebase-targets", project, "--base-year", "1999"}).code, 2);
    EXPECT_EQ(cnmsRun({"rebase-targets", project, "--base-year", "2023", "--date", "2026-13-01"}).code, 2);
}
