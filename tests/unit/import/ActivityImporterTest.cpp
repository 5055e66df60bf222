// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>
#include <iconv.h>

#include <set>

#include "TempDir.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

namespace {
std::string toGbk(const std::string& utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    std::string out(utf8.size() * 2, '\0');
    char* in = const_cast<char*>(utf8.data());
    char* o = out.data();
    size_t inLeft = utf8.size(), outLeft = out.size();
    iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}
}  // namespace

class ActivityImporterTest : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试水泥";
        store = storage::createProject(dir.file("p.cnms"), org);
        SiteService sites(*store);
        sites.addSite({0, "CLK", "熟料厂", "浙江", "", 100});
        sites.addSite({0, "HQ", "总部", "浙江", "", 100});
    }
    std::string file(const std::string& name, const std::string& body) {
        auto path = dir.file(name);
        test::writeFile(path, body);
        return path;
    }
    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
};

// Hand calculation, factors from resources/factors (fuels_cn.csv diesel row: NCV 42.652 GJ/t,
// 20.2 tC/TJ, 98 %; grid_factors_cn.csv cn_2023_avg 0.5306 tCO2/MWh), formula of GB/T 32150:
// diesel 10 t × 42.652 × 20.2 / 1000 × 0.98 × 44/12 = 30.9591 tCO2; electricity 100 × 0.5306 =
// 53.06 tCO2. Total 84.0191 tCO2e.
TEST_F(ActivityImporterTest, ImportsAGoodFileAndTheInventoryAddsUp) {
    auto path = file("ok.csv",
                     "site,period_start,period_end,source_type,activity,quantity,unit\n"
                     "CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t\n"
                     "HQ,2024-02-01,2024-02-29,purchased_electricity,cn_2023_avg,100,MWh\n");
    auto summary = import::importActivities(*store, path);
    EXPECT_TRUE(summary.stored);
    EXPECT_EQ(summary.rows, 2u);
    accounting::InventoryService service(*store);
    auto inv = service.inventory(2024);
    EXPECT_NEAR(inv.totalTco2e, 10 * 42.652 * 20.2 / 1000 * 0.98 * 44 / 12 + 53.06, 1e-9);
    EXPECT_NEAR(inv.siteTco2e("HQ"), 53.06, 1e-9);
    auto log = store->changeLog().recent(5, "activity_record");
    ASSERT_EQ(log.size(), 1u);  // one entry for the whole file, not one per row
    EXPECT_EQ(log[0].action, "import");
}

TEST_F(ActivityImporterTest, ReadsGbkWithChineseHeadersAndUtf8WithBom) {
    auto gbk = file("gbk.csv", toGbk("场所,开始日期,结束日期,排放源类型,活动,数量,单位,备注\n"
                                     "CLK,2024-03-01,2024-03-31,fuel_combustion,diesel,2,t,三月柴油\n"));
    EXPECT_EQ(import::importActivities(*store, gbk).rows, 1u);
    auto bom = file("bom.csv", "\xEF\xBB\xBFsite,period_start,period_end,source_type,activity,quantity,unit\n"
                               "HQ,2024-04-01,2024-04-30,purchased_electricity,cn_2023_avg,1,MWh\n");
    EXPECT_EQ(import::importActivities(*store, bom).rows, 1u);
    EXPECT_EQ(store->activities().countInYear(2024), 2);
    std::string note;
    store->activities().forEachInYear(2024, [&](accounting::ActivityId, const accounting::ActivityRecord& r) {
        if (!r.note.empty()) note = r.note;
    });
    EXPECT_EQ(note, "三月柴油");
}

TEST_F(ActivityImporterTest, ABadFileChangesNothingAndNamesEveryBadRow) {
    import::importActivities(*store, file("first.csv",
                                          "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n"
                                          "A1,CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t\n"));
    auto before = accounting::InventoryService(*store).inventory(2024).totalTco2e;
    auto logBefore = store->changeLog().count();
    auto bad = file("bad.csv",
                    "record_id,site,period_start,period_end,source_type,activity,quantity,unit\n"
                    "A2,CLK,2024-02-01,2024-02-28,fuel_combustion,diesel,5,t\n"          // good
                    "A3,NOPE,2024-02-01,2024-02-28,fuel_combustion,diesel,5,t\n"         // unknown site
                    "A1,CLK,2024-03-01,2024-03-31,fuel_combustion,diesel,5,t\n"          // duplicate id
                    "A4,CLK,2024-03-01,2024-03-31,fuel_combustion,diesel,5,Nm3\n"        // volume for a fuel per tonne
                    "A5,CLK,2024-03-01,2024-03-31,fuel_combustion,diesel,abc,t\n"        // not a number
                    "A6,CLK,2024-03-01,2024-03-31,indirect_other,freight,5,tkm\n");      // no category, no factor
    try {
        import::importActivities(*store, bad);
        FAIL();
    } catch (const io::ImportError& e) {
        std::set<std::size_t> rows;
        for (const auto& i : e.issues()) rows.insert(i.row);
        EXPECT_EQ(rows, (std::set<std::size_t>{3, 4, 5, 6, 7}));
        EXPECT_EQ(e.issues()[0].column, "site");
        EXPECT_EQ(e.issues()[0].value, "NOPE");
    }
    EXPECT_EQ(store->activities().countInYear(2024), 1);
    EXPECT_EQ(store->changeLog().count(), logBefore);
    EXPECT_DOUBLE_EQ(accounting::InventoryService(*store).inventory(2024).totalTco2e, before);
}

TEST_F(ActivityImporterTest, ADryRunStoresNothingAndCancelRollsBack) {
    auto body = std::string("site,period_start,period_end,source_type,activity,quantity,unit\n");
    for (int i = 0; i < 20000; ++i) body += "CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,1,t\n";
    auto path = file("big.csv", body);
    EXPECT_FALSE(import::importActivities(*store, path, {{}, true}).stored);
    EXPECT_EQ(store->activities().countInYear(2024), 0);
    EXPECT_THROW(import::importActivities(*store, path, {}, [](std::size_t rows) { return rows < 10000; }),
                 import::ImportCancelled);
    EXPECT_EQ(store->activities().countInYear(2024), 0);
    EXPECT_EQ(import::importActivities(*store, path).rows, 20000u);
}

TEST_F(ActivityImporterTest, ASecondImportRecalculatesTheWholeYear) {
    const std::string header = "site,period_start,period_end,source_type,activity,quantity,unit\n";
    import::importActivities(*store, file("a.csv", header + "HQ,2024-01-01,2024-01-31,purchased_electricity,cn_2023_avg,100,MWh\n"));
    import::importActivities(*store, file("b.csv", header + "HQ,2024-02-01,2024-02-29,purchased_electricity,cn_2023_avg,50,MWh\n"));
    EXPECT_NEAR(accounting::InventoryService(*store).inventory(2024).totalTco2e, 150 * 0.5306, 1e-9);
}
