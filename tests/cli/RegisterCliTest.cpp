// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

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

class RegisterCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(cnmsRun({"init", p, "--org", "钱塘建材"}).code, 0);
        ASSERT_EQ(cnmsRun({"site", "add", p, "--code", "CX-CLK", "--name", "长兴熟料基地"}).code, 0);
    }
    cnms::test::TempDir dir;
    std::string p = dir.file("t.cnms");
};

}  // namespace

TEST_F(RegisterCli, AddListShowAndSearch) {
    auto add = cnmsRun({"register", "add",
                    p,          "risk_opportunity",
                    "--field",  "title=全国碳市场配额收紧",
                    "--field",  "kind=风险",
                    "--field",  "source=compliance_obligation",
                    "--field",  "description=配额逐年收紧",
                    "--field",  "likelihood=4",
                    "--field",  "impact=4",
                    "--field",  "treatment=替代燃料",
                    "--field",  "owner=李明",
                    "--field",  "due_date=2025-12-31",
                    "--field",  "status=open"});
    ASSERT_EQ(add.code, 0) << add.err;
    EXPECT_NE(add.out.find("#1"), std::string::npos);
    auto list = cnmsRun({"register", "list", p, "risk_opportunity", "--format", "json"});
    ASSERT_EQ(list.code, 0) << list.err;
    auto rows = nlohmann::json::parse(list.out);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0]["fields"]["rating"], 16);
    EXPECT_EQ(rows[0]["fields"]["kind"], "risk");  // the zh label was read as the option
    EXPECT_EQ(nlohmann::json::parse(
                  cnmsRun({"register", "list", p, "risk_opportunity", "--format", "json", "--search", "nothing"}).out)
                  .size(),
              0u);
    auto show = cnmsRun({"register", "show", p, "1", "--history", "--lang", "en"});
    ASSERT_EQ(show.code, 0);
    EXPECT_NE(show.out.find("Likelihood (1-5) [likelihood]: 4"), std::string::npos);
    EXPECT_NE(show.out.find("insert #1"), std::string::npos);
}

TEST_F(RegisterCli, BadInputExitsTwoNamingEveryField) {
    auto r = cnmsRun({"register", "add", p, "measuring_instrument", "--field", "code=M1", "--field", "colour=red",
                  "--field", "site=NOWHERE", "--field", "calibration_interval_months=abc", "--field",
                  "next_calibration_due=2025-02-30"});
    EXPECT_EQ(r.code, 2);
    for (const char* field :
         {"colour:", "site:", "calibration_interval_months:", "next_calibration_due:", "name:", "status:"})
        EXPECT_NE(r.err.find(std::string("cnms: ") + field), std::string::npos) << field << "\n" << r.err;
    EXPECT_EQ(cnmsRun({"register", "add", p, "measuring_instrument", "--field", "novalue"}).code, 2);
    auto unknownType = cnmsRun({"register", "list", p, "unicorns"});
    EXPECT_EQ(unknownType.code, 2);
    EXPECT_NE(unknownType.err.find("risk_opportunity"), std::string::npos);  // lists the known types
    EXPECT_EQ(cnmsRun({"register", "show", p, "99"}).code, 2);
    EXPECT_EQ(cnmsRun({"register", "list", p}).code, 1);  // TYPE missing: usage
}

TEST_F(RegisterCli, VersionsFileReferencesAndOverdue) {
    auto doc = dir.file("policy.pdf");
    cnms::test::writeFile(doc, "abc");
    ASSERT_EQ(cnmsRun({"register", "add", p, "policy", "--field", "title=碳中和方针", "--field", "policy_text=节能降碳",
                   "--field", "approved_by=总经理", "--field", "approved_on=2025-01-06", "--field", "document=" + doc})
                  .code,
              0);
    auto frozen = cnmsRun({"register", "edit", p, "1", "--field", "policy_text=改"});
    EXPECT_EQ(frozen.code, 2);
    EXPECT_NE(frozen.err.find("new version"), std::string::npos);
    auto v2 = cnmsRun({"register", "new-version", p, "1", "--field", "policy_text=节能降碳、持续改进"});
    ASSERT_EQ(v2.code, 0) << v2.err;
    auto json = nlohmann::json::parse(cnmsRun({"register", "show", p, "2", "--format", "json"}).out);
    EXPECT_EQ(json["record"]["version"], 2);
    EXPECT_FALSE(json["record"]["fields"].contains("approved_on"));  // the new version awaits its approval
    EXPECT_EQ(json["record"]["fields"]["document"]["sha256"],
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");  // SHA-256("abc"), FIPS 180-2
    EXPECT_EQ(json["versions"].size(), 2u);

    ASSERT_EQ(
        cnmsRun({"register", "add", p, "measuring_instrument", "--field", "code=CX-BS-01", "--field", "name=皮带秤",
             "--field", "site=CX-CLK", "--field", "measured_quantity=入窑煤量", "--field",
             "calibration_interval_months=6", "--field", "next_calibration_due=2025-03-31", "--field", "status=in_use"})
            .code,
        0);
    auto overdue =
        nlohmann::json::parse(cnmsRun({"register", "overdue", p, "--today", "2025-04-10", "--format", "json"}).out);
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0]["days_overdue"], 10);
    EXPECT_EQ(cnmsRun({"register", "overdue", p, "--today", "2025-4-10"}).code, 2);
}

TEST_F(RegisterCli, ExportImportRoundTrip) {
    ASSERT_EQ(cnmsRun({"register", "add", p, "interested_party", "--field", "name=湖州市生态环境局", "--field",
                   "party_type=regulator", "--field", "needs=按期报送, \"核查\"", "--field", "is_obligation=是",
                   "--field", "last_reviewed=2025-01-01"})
                  .code,
              0);
    auto csv = dir.file("parties.csv");
    ASSERT_EQ(cnmsRun({"register", "export", p, "interested_party", "-o", csv, "--labels", "zh"}).code, 0);
    auto q = dir.file("q.cnms");
    ASSERT_EQ(cnmsRun({"init", q, "--org", "乙"}).code, 0);
    auto imp = cnmsRun({"register", "import", q, "interested_party", csv});
    ASSERT_EQ(imp.code, 0) << imp.err;
    auto a = nlohmann::json::parse(cnmsRun({"register", "list", p, "interested_party", "--format", "json"}).out);
    auto b = nlohmann::json::parse(cnmsRun({"register", "list", q, "interested_party", "--format", "json"}).out);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(a[0]["fields"], b[0]["fields"]);
    EXPECT_EQ(b[0]["fields"]["is_obligation"], true);

    cnms::test::writeFile(dir.file("bad.csv"), "name,party_type\n甲,alien\n");
    auto bad = cnmsRun({"register", "import", q, "interested_party", dir.file("bad.csv")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("line 2: party_type"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("line 2: needs"), std::string::npos) << bad.err;
}

TEST_F(RegisterCli, ExportsXlsxWithOutAndImportsItBack) {
    ASSERT_EQ(cnmsRun({"register", "add", p, "measuring_instrument", "--field", "code=CX-BS-01", "--field", "name=皮带秤",
                       "--field", "site=CX-CLK", "--field", "measured_quantity=原煤", "--field",
                       "calibration_interval_months=12", "--field", "next_calibration_due=2025-09-30", "--field",
                       "status=in_use"})
                  .code,
              0);
    for (const char* labels : {"ids", "zh", "en"}) {
        auto xlsx = dir.file(std::string("meters-") + labels + ".xlsx");
        auto exported = cnmsRun({"register", "export", p, "measuring_instrument", "--out", xlsx, "--labels", labels});
        ASSERT_EQ(exported.code, 0) << exported.err;
        EXPECT_NE(exported.out.find("exported 1 measuring_instrument records to"), std::string::npos);
        auto q = dir.file(std::string("q-") + labels + ".cnms");
        ASSERT_EQ(cnmsRun({"init", q, "--org", "乙"}).code, 0);
        ASSERT_EQ(cnmsRun({"site", "add", q, "--code", "CX-CLK", "--name", "长兴熟料基地"}).code, 0);
        auto imp = cnmsRun({"register", "import", q, "measuring_instrument", xlsx});
        ASSERT_EQ(imp.code, 0) << imp.err;
        auto a = nlohmann::json::parse(cnmsRun({"register", "list", p, "measuring_instrument", "--format", "json"}).out);
        auto b = nlohmann::json::parse(cnmsRun({"register", "list", q, "measuring_instrument", "--format", "json"}).out);
        ASSERT_EQ(b.size(), 1u);
        EXPECT_EQ(a[0]["fields"], b[0]["fields"]) << labels;
    }
    // A file that cannot be written is refused with exit 2 and no file left behind.
    auto refused = cnmsRun({"register", "export", p, "measuring_instrument", "--out", dir.file("missing/dir/m.xlsx")});
    EXPECT_EQ(refused.code, 2);
    EXPECT_NE(refused.err.find("m.xlsx"), std::string::npos) << refused.err;
}

TEST_F(RegisterCli, ReadinessReportsEveryLeafClause) {
    auto r = cnmsRun({"readiness", p, "--format", "json", "--today", "2025-06-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["clauses"].size(), 34u);
    EXPECT_EQ(j["met"], 0);
    EXPECT_EQ(j["partly_met"], 1);  // 4.3: the site, without scope statement or organization profile
    for (const auto& c : j["clauses"]) {
        for (const char* key : {"clause", "title", "status", "required", "present"})
            EXPECT_TRUE(c.contains(key)) << key;
        EXPECT_FALSE(c["required"].empty());
        EXPECT_FALSE(c["example"].get<std::string>().empty());
    }
    auto table = cnmsRun({"readiness", p, "--lang", "en", "--today", "2025-06-01"});
    ASSERT_EQ(table.code, 0);
    EXPECT_NE(table.out.find("readiness 1.5 %"), std::string::npos) << table.out;  // 0.5 / 34 = 1.47 %
}

TEST(RegisterCliHelp, HelpListsTheNewCommands) {
    auto h = cnmsRun({"--help"});
    EXPECT_EQ(h.code, 0);
    EXPECT_NE(h.out.find("register"), std::string::npos);
    EXPECT_NE(h.out.find("readiness"), std::string::npos);
    auto types = cnmsRun({"register", "types", "--format", "json"});
    ASSERT_EQ(types.code, 0);
    EXPECT_EQ(nlohmann::json::parse(types.out).size(), 22u);
}

TEST_F(RegisterCli, TheDemoProjectShowsPartialReadinessAndItsOverdueCalibration) {
    auto demo = dir.file("demo.cnms");
    ASSERT_EQ(cnmsRun({"init", demo, "--demo"}).code, 0);
    auto j = nlohmann::json::parse(cnmsRun({"readiness", demo, "--format", "json"}).out);
    EXPECT_GT(j["percent"].get<double>(), 0.0);
    EXPECT_LT(j["percent"].get<double>(), 100.0);
    auto overdue = nlohmann::json::parse(cnmsRun({"register", "overdue", demo, "--format", "json"}).out);
    ASSERT_FALSE(overdue.empty());
    EXPECT_EQ(overdue[0]["type"], "measuring_instrument");
}
