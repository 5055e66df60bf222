// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "Cli.h"
#include "CliRunner.h"
#include "TempDir.h"

namespace {

using Result = cnms::test::CliResult;
using cnms::test::cnmsBinary;
using cnms::test::cnmsRun;

}  // namespace

TEST(Cli, VersionAndHelpExitZero) {
    auto v = cnmsBinary("--version");
    EXPECT_EQ(v.code, 0);
    EXPECT_NE(v.out.find("cnms "), std::string::npos);
    auto h = cnmsBinary("--help");
    EXPECT_EQ(h.code, 0);
    EXPECT_NE(h.out.find("init"), std::string::npos);
    EXPECT_NE(h.out.find("site"), std::string::npos);
}

TEST(Cli, UsageErrorsExitOne) {
    EXPECT_EQ(cnmsBinary("").code, 1);
    EXPECT_EQ(cnmsBinary("frobnicate").code, 1);
    EXPECT_EQ(cnmsRun({"info"}).code, 1);  // PROJECT missing
    cnms::test::TempDir dir;
    EXPECT_EQ(cnmsRun({"init", dir.file("x.cnms")}).code, 1);  // --org missing
}

TEST(Cli, InitInfoAndSitesEndToEnd) {
    cnms::test::TempDir dir;
    auto p = dir.file("acme.cnms");
    auto init = cnmsRun({"init", p, "--org", "钱塘建材", "--credit-code", "91350100M000100Y43", "--industry", "C3011"});
    ASSERT_EQ(init.code, 0) << init.err;

    EXPECT_EQ(cnmsRun({"site", "add", p, "--code", "A1", "--name", "一厂", "--province", "浙江"}).code, 0);
    EXPECT_EQ(cnmsRun({"site", "add", p, "--code", "B2", "--name", "二厂", "--equity-share", "51"}).code, 0);

    auto list = cnmsRun({"site", "list", p, "--format", "json"});
    ASSERT_EQ(list.code, 0);
    auto sites = nlohmann::json::parse(list.out);
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_EQ(sites[1]["equity_share_pct"], 51.0);

    EXPECT_EQ(cnmsRun({"site", "remove", p, "A1"}).code, 0);
    auto info = cnmsRun({"info", p, "--format", "json"});
    ASSERT_EQ(info.code, 0) << info.err;
    auto j = nlohmann::json::parse(info.out);
    EXPECT_EQ(j["organization"]["name"], "钱塘建材");
    EXPECT_EQ(j["counts"]["sites"], 1);
    EXPECT_GE(j["schema_version"], 1);
    EXPECT_GE(j["counts"]["change_log"], 4);
}

TEST(Cli, RefusedInputExitsTwoWithAMessageNamingTheField) {
    cnms::test::TempDir dir;
    auto p = dir.file("acme.cnms");
    auto bad = cnmsRun({"init", p, "--org", "X", "--credit-code", "91350100M000100Y44"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("credit_code"), std::string::npos);

    ASSERT_EQ(cnmsRun({"init", p, "--org", "X"}).code, 0);
    ASSERT_EQ(cnmsRun({"site", "add", p, "--code", "A", "--name", "一厂"}).code, 0);
    auto dup = cnmsRun({"site", "add", p, "--code", "A", "--name", "二厂"});
    EXPECT_EQ(dup.code, 2);
    EXPECT_NE(dup.err.find("already exists"), std::string::npos);
    auto share = cnmsRun({"site", "add", p, "--code", "C", "--name", "三厂", "--equity-share", "150"});
    EXPECT_EQ(share.code, 2);
    EXPECT_NE(share.err.find("equity_share"), std::string::npos);
    EXPECT_EQ(cnmsRun({"site", "remove", p, "ZZZ"}).code, 2);
    EXPECT_EQ(cnmsRun({"init", p, "--org", "again"}).code, 2);  // exists
}

TEST(Cli, RefusesFilesThatAreNotProjectsWithoutCrashing) {
    cnms::test::TempDir dir;
    auto text = dir.file("data.csv");
    cnms::test::writeFile(text, "a,b\n1,2\n");
    auto r = cnmsBinary("info " + text);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("not a CNMS Workbench project"), std::string::npos);
    EXPECT_EQ(cnms::test::readFile(text), "a,b\n1,2\n");
}

TEST(Cli, DemoProjectHasTheCementCompany) {
    cnms::test::TempDir dir;
    auto p = dir.file("demo.cnms");
    ASSERT_EQ(cnmsRun({"init", p, "--demo"}).code, 0);
    auto info = nlohmann::json::parse(cnmsRun({"info", p, "--format", "json"}).out);
    EXPECT_EQ(info["counts"]["sites"], 3);
    EXPECT_EQ(info["organization"]["industry_code"], "C3011");
}
