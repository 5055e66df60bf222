// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/import/CreditImporter.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

class CreditImporterTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试公司";
        store = storage::createProject(dir.file("p.cnms"), org);
    }
    std::string csv(const std::string& name, const std::string& body) {
        auto path = dir.file(name);
        test::writeFile(path, body);
        return path;
    }
    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
};

TEST_F(CreditImporterTest, ImportsAGoodFileWithChineseHeadersInOneBatch) {
    auto path = csv("ok.csv",
                    "序列号,登记系统,年份,数量,状态,注销日期,受益方,类型\n"
                    "CCER-2023-000001~CCER-2023-000500,CCER,2023,500,retired,2025-03-01,钱塘水泥,avoidance\n"
                    "GS-77-000001~GS-77-000100,Gold Standard,2022,100,active,,,removal\n");
    auto logBefore = store->changeLog().count();
    auto summary = import::importCredits(*store, path);
    EXPECT_EQ(summary.rows, 2u);
    EXPECT_TRUE(summary.stored);
    auto credits = store->credits().list();
    ASSERT_EQ(credits.size(), 2u);
    EXPECT_EQ(credits[1].type, neutrality::CreditType::Removal);
    EXPECT_EQ(store->changeLog().count(), logBefore + 1);  // one entry for the batch
    EXPECT_EQ(store->changeLog().recent(1)[0].action, "import");
}

TEST_F(CreditImporterTest, ABadRowRefusesTheWholeFileAndReportsEveryProblem) {
    auto path = csv("bad.csv",
                    "registry,serial,vintage,quantity_tco2e,status\n"
                    "CCER,C-1~C-10,2023,10,active\n"
                    "CCER,C-5~C-20,2023,16,active\n"
                    "I-REC,R-1,2024,5,active\n"
                    "VCS,V-1,20x4,-1,done\n");
    try {
        import::importCredits(*store, path);
        FAIL();
    } catch (const io::ImportError& e) {
        const auto& issues = e.issues();
        ASSERT_GE(issues.size(), 5u);
        EXPECT_EQ(issues[0].row, 3u);
        EXPECT_EQ(issues[0].column, "serial");
        EXPECT_NE(issues[0].reason.find("row 2"), std::string::npos);
        EXPECT_EQ(issues[1].row, 4u);
        EXPECT_EQ(issues[1].column, "registry");
        bool vintage = false, status = false, quantity = false;
        for (const auto& i : issues) {
            vintage |= i.row == 5 && i.column == "vintage" && i.value == "20x4";
            status |= i.row == 5 && i.column == "status";
            quantity |= i.row == 5 && i.column == "quantity_tco2e";
        }
        EXPECT_TRUE(vintage && status && quantity);
    }
    EXPECT_TRUE(store->credits().list().empty());
}

TEST_F(CreditImporterTest, ADryRunStoresNothingAndAMissingColumnIsNamed) {
    auto good = csv("ok.csv", "registry,serial,vintage,quantity_tco2e,status\nCCER,C-1,2023,1,active\n");
    auto dry = import::importCredits(*store, good, {{}, true});
    EXPECT_FALSE(dry.stored);
    EXPECT_TRUE(store->credits().list().empty());

    auto missing = csv("missing.csv", "registry,serial,quantity_tco2e,status\nCCER,C-1,1,active\n");
    try {
        import::importCredits(*store, missing);
        FAIL();
    } catch (const io::ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("vintage"), std::string::npos);
    }
}
