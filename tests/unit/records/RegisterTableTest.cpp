// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "RegisterFixture.h"
#include "cnms/records/RegisterTable.h"

using namespace cnms;
using namespace cnms::records;

TEST(RegisterTable, WritesRfc4180Csv) {
    Table t{{"a", "b"}, {{"x,y", "say \"hi\""}, {"line\nbreak", ""}}, {}};
    EXPECT_EQ(toCsv(t),
              "\xEF\xBB\xBF"
              "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\r\n");
    auto back = parseCsv(toCsv(t));
    EXPECT_EQ(back.header, t.header);
    EXPECT_EQ(back.rows, t.rows);
    EXPECT_EQ(back.lines, (std::vector<std::size_t>{2, 3}));
}

TEST_F(RegisterFixture, ExportAndImportRoundTripInEveryLabelStyle) {
    RegisterService service(*store);
    auto m = service.add(meter("CX-BS-01", "2025-09-30"));
    service.add(make("scope_statement", {{"title", "范围声明"},
                                         {"scope_text", "水泥生产, 含\"熟料\"与粉磨\n第二行"},
                                         {"boundary_approach", "operational_control"},
                                         {"sites_included", {"CX-CLK", "HZ-GRD"}},
                                         {"activities_included", "熟料、水泥"},
                                         {"effective_date", "2025-01-01"}}));
    service.add(
        make("calibration_record", {{"certificate_no", "JD-1"},
                                    {"instrument", m.id},
                                    {"calibrated_on", "2025-03-30"},
                                    {"performed_by", "计量所"},
                                    {"result", "pass"},
                                    {"next_due", "2025-09-30"},
                                    {"certificate", {{"path", "/srv/cert 1.pdf"}, {"sha256", std::string(64, 'c')}}}}));
    for (const char* type : {"scope_statement", "calibration_record", "measuring_instrument"}) {
        const auto& schema = service.schemas().get(type);
        auto original = service.list(type);
        for (auto labels : {Labels::Ids, Labels::Zh, Labels::En}) {
            auto csv = toCsv(tabulate(schema, original, labels));
            auto rows = fromTable(schema, parseCsv(csv));
            ASSERT_EQ(rows.size(), original.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                EXPECT_EQ(rows[i].record.fields, original[i].fields) << type << " labels " << static_cast<int>(labels);
        }
    }
    // Import into a second project: the same rows come back as new records.
    auto otherPath = dir.file("other.cnms");
    Organization org;
    org.name = "另一公司";
    auto other = storage::createProject(otherPath, org);
    SiteService(*other).addSite({0, "CX-CLK", "长兴", "浙江", "", 100});
    RegisterService target(*other);
    const auto& schema = service.schemas().get("measuring_instrument");
    auto csv = toCsv(tabulate(schema, service.list("measuring_instrument"), Labels::Zh));
    auto ids = target.import("measuring_instrument", fromTable(schema, parseCsv(csv)), "meters.csv");
    ASSERT_EQ(ids.size(), 1u);
    EXPECT_EQ(target.get(ids[0]).fields, service.get(m.id).fields);
    auto log = other->changeLog().recent(1, "measuring_instrument");
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, "import");
    EXPECT_NE(log[0].newValue.find("meters.csv"), std::string::npos);
}

TEST_F(RegisterFixture, ImportNamesTheLineAndFieldOfEveryBadCellAndWritesNothing) {
    RegisterService service(*store);
    const auto& schema = service.schemas().get("measuring_instrument");
    std::string csv =
        "code,name,site,measured_quantity,calibration_interval_months,next_calibration_due,status\n"
        "M1,电能表,CX-CLK,电量,12,2025-12-31,在用\n"
        "M2,燃气表,XX,天然气,twelve,2025-13-01,in_use\n"
        "M1,电能表,CX-CLK,电量,12,2025-12-31,in_use\n";
    try {
        service.import("measuring_instrument", fromTable(schema, parseCsv(csv)), "m.csv");
        FAIL();
    } catch (const ValidationError& e) {
        std::vector<std::string> got;
        for (const auto& i : e.issues()) got.push_back(i.field + ":" + i.code);
        EXPECT_EQ(got, (std::vector<std::string>{"line 3: calibration_interval_months:type_mismatch",
                                                 "line 3: next_calibration_due:date_invalid",
                                                 "line 3: site:site_unknown", "line 4: code:duplicate"}));
    }
    EXPECT_TRUE(service.list("measuring_instrument").empty());
    EXPECT_THROW(fromTable(schema, parseCsv("code,colour\nM1,red\n")), ValidationError);
    EXPECT_THROW(parseCsv("a,b\n\"open,1\n"), ValidationError);
}
