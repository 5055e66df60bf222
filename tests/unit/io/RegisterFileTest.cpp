// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include <algorithm>

#include "cnms/core/DemoProject.h"
#include "cnms/core/SiteService.h"
#include "cnms/io/RegisterFile.h"
#include "cnms/io/TabularReader.h"
#include "cnms/records/RegisterService.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::records;

namespace {

/** The fields an import gives back: computed ones (risk rating = likelihood × impact) are recomputed on save. */
nlohmann::json typedIn(const RegisterSchema& schema, nlohmann::json fields) {
    for (const auto& f : schema.fields)
        if (!f.productOf.empty()) fields.erase(f.id);
    return fields;
}

}  // namespace

TEST(RegisterFile, EveryDemoRegisterRoundTripsThroughCsvAndXlsxInEveryLabelStyle) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("demo.cnms"), demo::organization());
    demo::populate(*store);
    RegisterService service(*store);
    int files = 0;
    for (const auto& schema : service.schemas().all()) {
        const auto original = service.list(schema.type);
        for (auto labels : {Labels::Ids, Labels::Zh, Labels::En}) {
            for (const char* ext : {".csv", ".xlsx"}) {
                const auto path = dir.file(schema.type + std::to_string(static_cast<int>(labels)) + ext);
                io::writeRegisterFile(schema, original, labels, path);
                ++files;
                const auto table = io::readRegisterFile(path);
                EXPECT_EQ(table.header, tabulate(schema, original, labels).header) << path;
                const auto rows = fromTable(schema, table);
                ASSERT_EQ(rows.size(), original.size()) << path;
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    EXPECT_EQ(rows[i].record.fields, typedIn(schema, original[i].fields)) << path << " row " << i;
                    if (std::string(ext) == ".xlsx") {
                        EXPECT_EQ(rows[i].line, i + 2) << path;  // header on row 1
                    }
                }
            }
        }
    }
    EXPECT_EQ(files, static_cast<int>(service.schemas().all().size()) * 6);
}

TEST(RegisterFile, XlsxHoldsNumbersAndDatesAsTypedCells) {
    // The meter's interval (a number field) and due date (a date field) come back from the xlsx
    // reader as the number's shortest text and an ISO date: they were written as typed cells, not text.
    test::TempDir dir;
    Organization org;
    org.name = "测试公司";
    auto store = storage::createProject(dir.file("p.cnms"), org);
    SiteService(*store).addSite({0, "CX-CLK", "长兴熟料基地", "浙江", "", 100});
    RegisterService service(*store);
    RegisterRecord r;
    r.type = "measuring_instrument";
    r.fields = {{"code", "CX-BS-01"}, {"name", "皮带秤"}, {"site", "CX-CLK"}, {"measured_quantity", "原煤"},
                {"calibration_interval_months", 12}, {"next_calibration_due", "2025-09-30"}, {"status", "in_use"}};
    service.add(r);
    const auto& schema = service.schemas().get("measuring_instrument");
    const auto path = dir.file("meters.xlsx");
    io::writeRegisterFile(schema, service.list(schema.type), Labels::Ids, path);
    auto reader = io::TabularReader::open(path);
    EXPECT_EQ(reader->format(), io::TabularReader::Format::Xlsx);
    io::TabularRow row;
    ASSERT_TRUE(reader->next(row));
    const auto column = [&](const std::string& id) {
        const auto& h = reader->header();
        return static_cast<std::size_t>(std::find(h.begin(), h.end(), id) - h.begin());
    };
    EXPECT_EQ(row.cell(column("calibration_interval_months")), "12");
    EXPECT_EQ(row.cell(column("next_calibration_due")), "2025-09-30");
    EXPECT_EQ(row.cell(column("code")), "CX-BS-01");
    EXPECT_FALSE(reader->next(row));
}
