// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TempDir.h"

namespace {

using cnms::test::cnmsRun;

class OutputCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(cnmsRun({"init", project, "--org", "产量测试"}).code, 0);
        ASSERT_EQ(cnmsRun({"site", "add", project, "--code", "CLK", "--name", "熟料厂"}).code, 0);
    }
    cnms::test::TempDir dir;
    std::string project = dir.file("p.cnms");
};

}  // namespace

TEST_F(OutputCli, SetListAndRemove) {
    auto r = cnmsRun({"output", "set", project, "--year", "2024", "--quantity", "1200000", "--unit", "t clinker",
                      "--site", "CLK", "--product", "熟料", "--evidence", "统计年报 表 3"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("CLK: 1200000 t clinker"), std::string::npos) << r.out;
    r = cnmsRun({"output", "set", project, "--year", "2024", "--kind", "revenue", "--quantity", "52000"});
    ASSERT_EQ(r.code, 0) << r.err;
    // Setting the same key again replaces the figure rather than adding one.
    ASSERT_EQ(cnmsRun({"output", "set", project, "--year", "2024", "--quantity", "1210000", "--unit", "t clinker",
                       "--site", "CLK"}).code, 0);

    auto list = cnmsRun({"output", "list", project, "--year", "2024", "--format", "json"});
    ASSERT_EQ(list.code, 0) << list.err;
    auto j = nlohmann::json::parse(list.out);
    ASSERT_EQ(j.size(), 2u);
    EXPECT_EQ(j[0]["kind"], "output");
    EXPECT_EQ(j[0]["site"], "CLK");
    EXPECT_EQ(j[0]["quantity"], 1210000);
    EXPECT_EQ(j[0]["product"], "熟料");
    EXPECT_EQ(j[1]["kind"], "revenue");
    EXPECT_EQ(j[1]["site"], "");
    EXPECT_EQ(j[1]["unit"], "10^4 CNY");

    auto table = cnmsRun({"output", "list", project});
    EXPECT_NE(table.out.find("(organization)"), std::string::npos) << table.out;

    r = cnmsRun({"output", "remove", project, "--year", "2024", "--kind", "revenue"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cnmsRun({"output", "remove", project, "--id", std::to_string(j[0]["id"].get<int>())});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(cnmsRun({"output", "list", project, "--format", "json"}).out).size(), 0u);
}

TEST_F(OutputCli, BadInputIsRefusedNamingTheField) {
    auto r = cnmsRun({"output", "set", project, "--year", "2024", "--quantity", "0", "--unit", "t"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("quantity"), std::string::npos) << r.err;
    r = cnmsRun({"output", "set", project, "--year", "2024", "--quantity", "5", "--unit", "t", "--site", "NOPE"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("NOPE"), std::string::npos) << r.err;
    r = cnmsRun({"output", "set", project, "--year", "2024", "--quantity", "5"});  // an output needs its unit
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("unit"), std::string::npos) << r.err;
    EXPECT_EQ(cnmsRun({"output", "remove", project}).code, 1);
    EXPECT_EQ(cnmsRun({"output", "remove", project, "--year", "2024", "--unit", "t"}).code, 2);
}

// Hand calculation: the demo's 2024 total over its figures (src/core/demo/DemoProduction.cpp):
// 1 480 000 t cement for the organization, 49 580 (10^4 CNY) revenue, 1 210 000 t clinker at CX-CLK.
TEST(InventoryIntensityCli, TheInventoryShowsIntensityFromTheStoredFigures) {
    cnms::test::TempDir dir;
    const auto project = dir.file("demo.cnms");
    ASSERT_EQ(cnmsRun({"init", project, "--demo"}).code, 0);
    auto r = cnmsRun({"inventory", project, "--year", "2024", "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    const double total = j["total_tco2e"];
    const auto& perOutput = j["intensity"]["per_output"];
    EXPECT_EQ(perOutput["unit"], "tCO2e/t cement");
    EXPECT_EQ(perOutput["base_value"], 1480000);
    EXPECT_EQ(perOutput["source"], "organization");
    EXPECT_NEAR(perOutput["total_tco2e_per_unit"].get<double>(), total / 1480000.0, 1e-12);
    EXPECT_NEAR(j["intensity"]["per_revenue"]["total_tco2e_per_unit"].get<double>(), total / 49580.0, 1e-12);
    EXPECT_EQ(j["intensity"]["per_revenue"]["unit"], "tCO2e/10^4 CNY");
    ASSERT_EQ(j["intensity"]["sites"].size(), 2u);
    EXPECT_EQ(j["intensity"]["sites"][0]["site"], "CX-CLK");
    EXPECT_NEAR(j["intensity"]["sites"][0]["total_tco2e_per_unit"].get<double>(),
                j["by_site_tco2e"]["CX-CLK"].get<double>() / 1210000.0, 1e-12);

    auto table = cnmsRun({"inventory", project, "--year", "2024"});
    EXPECT_NE(table.out.find("per output"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("tCO2e/t cement"), std::string::npos) << table.out;

    // Without the organization's cement figure, the sites' figures (clinker, cement) do not add up.
    ASSERT_EQ(cnmsRun({"output", "remove", project, "--year", "2024", "--unit", "t cement"}).code, 0);
    j = nlohmann::json::parse(cnmsRun({"inventory", project, "--year", "2024", "--format", "json"}).out);
    EXPECT_TRUE(j["intensity"]["per_output"].is_null());
    EXPECT_EQ(j["intensity"]["output_source"], "units_differ");
    table = cnmsRun({"inventory", project, "--year", "2024"});
    EXPECT_NE(table.out.find("different units"), std::string::npos) << table.out;
}
