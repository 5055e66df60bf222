// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TempDir.h"

namespace {

using cnms::test::cnmsRun;

class ExportRepinCli : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(cnmsRun({"init", project, "--demo"}).code, 0); }
    nlohmann::json inventory(const std::string& path) {
        auto r = cnmsRun({"inventory", path, "--year", "2024", "--format", "json"});
        EXPECT_EQ(r.code, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    cnms::test::TempDir dir;
    std::string project = dir.file("demo.cnms");
};

}  // namespace

// The demo's 2024 data exported and imported into a new project with the same sites gives the same
// inventory: the export is the import format.
TEST_F(ExportRepinCli, ExportedActivityImportsBackToTheSameInventory) {
    for (const std::string ext : {"csv", "xlsx"}) {
        const auto file = dir.file("demo-2024." + ext);
        auto r = cnmsRun({"export", "activity", project, "--year", "2024", "--out", file});
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_NE(r.out.find("exported"), std::string::npos);

        const auto copy = dir.file("copy-" + ext + ".cnms");
        ASSERT_EQ(cnmsRun({"init", copy, "--org", "复制测试"}).code, 0);
        for (auto [code, name] : {std::pair{"CX-CLK", "熟料"}, {"HZ-GRD", "粉磨"}, {"HZ-HQ", "总部"}})
            ASSERT_EQ(cnmsRun({"site", "add", copy, "--code", code, "--name", name}).code, 0);
        auto imported = cnmsRun({"import", "activity", copy, file});
        ASSERT_EQ(imported.code, 0) << imported.err << imported.out;
        EXPECT_NEAR(inventory(copy)["total_tco2e"].get<double>(), inventory(project)["total_tco2e"].get<double>(), 1e-6);
    }
}

// Re-pinning to AR4 moves only HFC-134a in the demo: 0.072 t × (1430 − 1300) = 9.36 tCO2e (gwp.csv).
// Without --apply nothing changes; with it the year's pinned answer is the AR4 one.
TEST_F(ExportRepinCli, RepinShowsTheDifferenceFirstAndAppliesOnlyWhenAsked) {
    const double before = inventory(project)["total_tco2e"];
    auto preview = cnmsRun({"repin", project, "--year", "2024", "--gwp", "AR4", "--format", "json"});
    ASSERT_EQ(preview.code, 0) << preview.err;
    auto j = nlohmann::json::parse(preview.out);
    EXPECT_FALSE(j["applied"].get<bool>());
    EXPECT_EQ(inventory(project)["total_tco2e"].get<double>(), before);

    auto table = cnmsRun({"repin", project, "--year", "2024", "--gwp", "AR4"});
    EXPECT_NE(table.out.find("--apply"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("HFC-134a"), std::string::npos) << table.out;

    auto applied = cnmsRun({"repin", project, "--year", "2024", "--gwp", "AR4", "--apply"});
    ASSERT_EQ(applied.code, 0) << applied.err;
    EXPECT_NEAR(inventory(project)["total_tco2e"].get<double>() - before, 0.072 * (1430 - 1300), 1e-6);
}

TEST_F(ExportRepinCli, RepinWithoutAChangeOrDataIsRefused) {
    auto nothing = cnmsRun({"repin", project, "--year", "2024"});
    EXPECT_EQ(nothing.code, 2);
    EXPECT_NE(nothing.err.find("--gwp"), std::string::npos) << nothing.err;
    auto noData = cnmsRun({"repin", project, "--year", "2019", "--gwp", "AR6"});
    EXPECT_EQ(noData.code, 2);
    EXPECT_NE(noData.err.find("2019"), std::string::npos) << noData.err;
}
