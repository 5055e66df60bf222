// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "TempDir.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/SiteService.h"
#include "cnms/import/ActivityExporter.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/io/TabularWriter.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

namespace {

std::unique_ptr<ProjectStore> projectWithSites(const std::string& path) {
    Organization org;
    org.name = "导出测试";
    auto store = storage::createProject(path, org);
    SiteService sites(*store);
    sites.addSite({0, "CLK", "熟料厂", "浙江", "", 100});
    sites.addSite({0, "HQ", "总部", "浙江", "", 100});
    return store;
}

std::vector<accounting::ActivityRecord> recordsOf(ProjectStore& store, int year) {
    std::vector<accounting::ActivityRecord> out;
    store.activities().forEachInYear(year, [&](accounting::ActivityId, const accounting::ActivityRecord& r) {
        auto copy = r;
        copy.enteredAt.clear();  // who and when belong to the importing project, not to the file
        copy.enteredBy.clear();
        out.push_back(copy);
    });
    return out;
}

// Every kind of field: overrides of all four combustion parameters, a factor_value record, an
// indirect_other with its category, data quality, uncertainty, Chinese evidence and notes, a comma.
const char* kSource =
    "record_id,site,period_start,period_end,source_type,activity,quantity,unit,iso_category,ncv,ncv_unit,"
    "carbon_content,oxidation_rate,ch4_kg_per_tj,n2o_kg_per_tj,factor_value,factor_unit,data_quality,evidence,note,"
    "uncertainty_pct\n"
    "A-1,CLK,2024-01-01,2024-01-31,fuel_combustion,raw_coal,1234.5,t,,,,,,,,,,measured,过磅单 2024-01,\"月度, 复核\",\n"
    "A-2,CLK,2024-02-01,2024-02-29,fuel_combustion,lab_coal,800,t,,23.1,GJ/t,26.8,96,1,1.5,,,calculated,化验报告,,3.5\n"
    "A-3,CLK,2024-03-01,2024-03-31,process,CO2,0.1,t,,,,,,,,0.52,tCO2/t,estimated,,熟料,\n"
    "A-4,HQ,2024-04-01,2024-04-30,purchased_electricity,cn_2023_avg,350.25,MWh,,,,,,,,,,measured,电费单,,\n"
    "A-5,HQ,2024-05-01,2024-05-31,indirect_other,freight,5000,tkm,4,,,,,,,0.0001,tCO2e/tkm,estimated,,公路运输,\n";

class ActivityExporterTest : public ::testing::TestWithParam<const char*> {};

}  // namespace

// Export, then import into a fresh project: the same records and the same inventory. The file is
// the import format, so a user can edit it in Excel and import it again.
TEST_P(ActivityExporterTest, RoundTripsThroughTheImportFormat) {
    test::TempDir dir;
    auto source = projectWithSites(dir.file("a.cnms"));
    test::writeFile(dir.file("in.csv"), kSource);
    import::importActivities(*source, dir.file("in.csv"));

    const std::string out = dir.file(std::string("out.") + GetParam());
    EXPECT_EQ(import::exportActivities(*source, 2024, out), 5u);

    auto copy = projectWithSites(dir.file("b.cnms"));
    auto summary = import::importActivities(*copy, out);
    EXPECT_EQ(summary.rows, 5u);
    EXPECT_EQ(recordsOf(*copy, 2024), recordsOf(*source, 2024));
    accounting::InventoryService a(*source), b(*copy);
    EXPECT_DOUBLE_EQ(b.inventory(2024).totalTco2e, a.inventory(2024).totalTco2e);
}

INSTANTIATE_TEST_SUITE_P(Formats, ActivityExporterTest, ::testing::Values("csv", "xlsx"));

TEST(ActivityExport, AYearWithoutRecordsGivesAHeaderOnly) {
    test::TempDir dir;
    auto store = projectWithSites(dir.file("a.cnms"));
    EXPECT_EQ(import::exportActivities(*store, 2024, dir.file("empty.csv")), 0u);
    const auto text = test::readFile(dir.file("empty.csv"));
    EXPECT_NE(text.find("record_id,site,period_start"), std::string::npos);
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
}

TEST(ActivityExport, AnUnwritableTargetIsRefusedByName) {
    test::TempDir dir;
    auto store = projectWithSites(dir.file("a.cnms"));
    const std::string target = dir.file("no-such-folder/out.csv");
    try {
        import::exportActivities(*store, 2024, target);
        FAIL() << "expected ExportError";
    } catch (const io::ExportError& e) {
        EXPECT_NE(std::string(e.what()).find("no-such-folder"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(std::filesystem::exists(target));
}
