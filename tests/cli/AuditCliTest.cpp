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

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/** A project with one site, for the audit and NC commands. */
class AuditCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(cnmsRun({"init", p, "--org", "钱塘建材"}).code, 0);
        ASSERT_EQ(cnmsRun({"site", "add", p, "--code", "CX", "--name", "熟料基地"}).code, 0);
    }

    std::vector<std::string> planArgs(const std::string& clauses) {
        return {"audit",
                "plan",
                p,
                "--title",
                "核算专项审核",
                "--objective",
                "确认核算符合要求",
                "--criteria",
                "标准及程序",
                "--clauses",
                clauses,
                "--start",
                "2025-10-20",
                "--end",
                "2025-10-21",
                "--lead",
                "李明:质量部",
                "--auditor",
                "王芳：能源部",
                "--site",
                "CX"};
    }

    /** Plans an audit over `clauses` and returns its id. */
    std::string plan(const std::string& clauses) {
        auto r = cnmsRun(planArgs(clauses));
        EXPECT_EQ(r.code, 0) << r.err;
        return r.out.substr(0, r.out.find('\n'));
    }

    std::vector<std::string> refs(const std::string& audit) {
        auto show = cnmsRun({"audit", "show", p, audit, "--format", "json"});
        std::vector<std::string> out;
        auto report = nlohmann::json::parse(show.out);
        for (const auto& item : report["items"]) out.push_back(item["ref"]);
        return out;
    }

    cnms::test::TempDir dir;
    std::string p = dir.file("p.cnms");
};

}  // namespace

TEST(ChecklistCli, PrintsEveryCheckWithClauseRequirementAndRecords) {
    auto all = cnmsRun({"checklist", "--format", "json"});
    ASSERT_EQ(all.code, 0) << all.err;
    auto items = nlohmann::json::parse(all.out);
    EXPECT_EQ(items.size(), 159u);
    for (const auto& item : items) {
        EXPECT_FALSE(item["clause"].get<std::string>().empty());
        EXPECT_FALSE(item["requirement"].get<std::string>().empty());
        EXPECT_FALSE(item["records"].empty()) << item["check_id"];
    }
    auto en =
        nlohmann::json::parse(cnmsRun({"checklist", "--clauses", "6.2,9.4", "--lang", "en", "--format", "json"}).out);
    EXPECT_EQ(en.size(), 12u);
    EXPECT_EQ(en[0]["clause"], "6.2");
    EXPECT_EQ(en[0]["clause_title"], "Carbon emission accounting");
    EXPECT_EQ(en.back()["check_id"], "9.4-6");
    EXPECT_EQ(en[0]["records"][2]["record_type"], "activity_data");

    auto table = cnmsRun({"checklist", "--clauses", "9.4"});
    EXPECT_TRUE(contains(table.out, "9.4  内部审核"));
    EXPECT_TRUE(contains(table.out, "  9.4-6  "));
    auto bad = cnmsRun({"checklist", "--clauses", "4-11"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(contains(bad.err, "'11' is not a clause"));
    EXPECT_EQ(cnmsRun({"checklist", "--lang", "fr"}).code, 1);
}

TEST_F(AuditCli, PlanAnswerCompleteAndTheCompletedAuditStaysReadOnly) {
    // An independence conflict must be acknowledged.
    auto args = planArgs("6.2");
    args.insert(args.end(), {"--process", "排放核算:能源部:张伟"});
    auto refused = cnmsRun(args);
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(contains(refused.err, "王芳 belongs to 能源部"));
    EXPECT_TRUE(contains(refused.err, "--acknowledge"));
    args.insert(args.end(), {"--acknowledge", "王芳=只审核汇总数据"});
    auto planned = cnmsRun(args);
    ASSERT_EQ(planned.code, 0) << planned.err;
    EXPECT_EQ(planned.out, "1\n");

    auto items = refs("1");
    ASSERT_EQ(items.size(), 6u);
    EXPECT_EQ(cnmsRun({"audit", "question", p, "IA-2025-01", "--clause", "6.2", "--text", "DCS数据是否备份？"}).out,
              "Q1\n");
    auto evidence = dir.file("coal.csv");
    cnms::test::writeFile(evidence, "2025-03,12000\n");
    auto minor = cnmsRun({"audit", "answer", p, "1", "6.2-3", "--result", "minor", "--evidence", "3月原煤无计量记录",
                          "--record", "activity_data:2025-03-coal", "--file", evidence, "--as", "王芳"});
    ASSERT_EQ(minor.code, 0) << minor.err;
    EXPECT_EQ(minor.out, "IA-2025-01 6.2-3: minor\n");
    EXPECT_EQ(cnmsRun({"audit", "answer", p, "1", "6.2-1", "--result", "ok", "--evidence", "x"}).code, 1);
    auto badLink =
        cnmsRun({"audit", "answer", p, "1", "6.2-1", "--result", "conforming", "--evidence", "x", "--record", "x"});
    EXPECT_EQ(badLink.code, 2);
    EXPECT_TRUE(contains(badLink.err, "record[0]"));
    EXPECT_EQ(cnmsRun({"audit", "score", p, "1", "6.2", "--score", "3"}).code, 0);

    auto early = cnmsRun({"audit", "complete", p, "1"});
    EXPECT_EQ(early.code, 2);
    EXPECT_TRUE(contains(early.err, "not answered"));
    for (const auto& ref : refs("1")) {
        if (ref == "6.2-3") continue;
        ASSERT_EQ(cnmsRun({"audit", "answer", p, "1", ref, "--result", "conforming", "--evidence", "抽查记录"}).code,
                  0);
    }
    auto done = cnmsRun({"audit", "complete", p, "1", "--conclusion", "核算过程基本有效"});
    ASSERT_EQ(done.code, 0) << done.err;
    EXPECT_TRUE(contains(done.out, "completed IA-2025-01"));
    EXPECT_TRUE(contains(done.out, "raised NC-0001 (id 1, minor, clause 6.2)"));

    auto again = cnmsRun({"audit", "answer", p, "1", "6.2-1", "--result", "major", "--evidence", "x"});
    EXPECT_EQ(again.code, 2);
    EXPECT_TRUE(contains(again.err, "read-only"));
    EXPECT_EQ(cnmsRun({"audit", "score", p, "1", "6.2", "--score", "1"}).code, 2);

    auto fix = cnmsRun({"audit", "correct", p, "1", "6.2-1", "--result", "minor", "--evidence", "漏记余热锅炉",
                        "--reason", "复核发现"});
    ASSERT_EQ(fix.code, 0) << fix.err;
    EXPECT_TRUE(contains(fix.out, "raised NC-0002"));

    auto show = nlohmann::json::parse(cnmsRun({"audit", "show", p, "1", "--format", "json"}).out);
    EXPECT_EQ(show["audit"]["status"], "completed");
    EXPECT_EQ(show["audit"]["independence"][0]["reason"], "只审核汇总数据");
    EXPECT_EQ(show["items"][0]["result"], "conforming");
    EXPECT_EQ(show["items"][0]["effective_result"], "minor");
    EXPECT_EQ(show["nonconformities"].size(), 2u);
    EXPECT_EQ(show["scores"][0]["score"], 3);
    EXPECT_EQ(show["counts"]["minor"], 2);

    EXPECT_EQ(cnmsRun({"audit", "files", p, "1"}).code, 0);
    cnms::test::writeFile(evidence, "2025-03,12500\n");
    auto files = cnmsRun({"audit", "files", p, "1"});
    EXPECT_EQ(files.code, 2);
    EXPECT_TRUE(contains(files.out, "6.2-3  changed"));

    auto list = nlohmann::json::parse(cnmsRun({"audit", "list", p, "--format", "json"}).out);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["answered"], 7);
    auto programme = cnmsRun({"audit", "programme", p, "2025"});
    EXPECT_TRUE(contains(programme.out, "clauses covered: 1/34"));
    EXPECT_TRUE(contains(programme.out, "uncovered clauses: 4.1"));
}

TEST_F(AuditCli, TheProgrammeCanBeSetAndShowsFullCoverage) {
    plan("4-7");
    plan("8-10");
    auto set = cnmsRun({"audit", "programme", p, "2025", "--objectives", "全年覆盖全部条款", "--format", "json"});
    ASSERT_EQ(set.code, 0) << set.err;
    auto j = nlohmann::json::parse(set.out);
    EXPECT_EQ(j["programme"]["objectives"], "全年覆盖全部条款");
    EXPECT_TRUE(j["uncovered_clauses"].empty());
    EXPECT_TRUE(j["uncovered_sites"].empty());
    EXPECT_EQ(j["audits"].size(), 2u);
    EXPECT_EQ(j["audits"][1]["code"], "IA-2025-02");
    EXPECT_EQ(nlohmann::json::parse(cnmsRun({"audit", "list", p, "--year", "2024", "--format", "json"}).out).size(),
              0u);
}

TEST_F(AuditCli, EveryNcTransitionByCommandWithRefusalsExitingTwo) {
    auto raised =
        cnmsRun({"nc", "raise", p, "--clause", "6.2", "--severity", "minor", "--description", "3月原煤消耗无计量记录",
                 "--source", "monitoring", "--raised-on", "2025-01-10", "--record", "site:CX"});
    ASSERT_EQ(raised.code, 0) << raised.err;
    EXPECT_EQ(raised.out, "1\n");
    auto step = [&](std::vector<std::string> args) {
        args.insert(args.begin() + 2, p);
        args.insert(args.begin() + 3, "1");
        return cnmsRun(args);
    };

    auto skipped = step({"nc", "cause", "--why", "无人抄表", "--category", "method"});
    EXPECT_EQ(skipped.code, 2);
    EXPECT_TRUE(contains(skipped.err, "record the correction or containment of NC-0001 first"));
    EXPECT_EQ(step({"nc", "close"}).code, 2);
    EXPECT_EQ(step({"nc", "contain", "--correction", "按DCS数据补录"}).out, "NC-0001: contained\n");
    EXPECT_EQ(step({"nc", "cause", "--why", "无人抄表", "--why", "职责不清", "--category", "fishbone"}).code, 1);
    EXPECT_EQ(step({"nc", "cause", "--why", "无人抄表", "--why", "职责不清", "--category", "management"}).out,
              "NC-0001: cause_analysed\n");
    auto act = step({"nc", "act", "--description", "修订计量程序", "--owner", "张伟", "--due", "2025-02-01"});
    ASSERT_EQ(act.code, 0) << act.err;
    EXPECT_EQ(act.out, "1\n");
    EXPECT_EQ(step({"nc", "act", "--description", "培训抄表员", "--owner", "陈静", "--due", "2099-12-31"}).out, "2\n");
    EXPECT_EQ(step({"nc", "act", "--description", "x", "--owner", "陈静", "--due", "2024-12-31"}).code, 2);

    auto overdue = nlohmann::json::parse(cnmsRun({"nc", "list", p, "--overdue", "--format", "json"}).out);
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0]["next_due"], "2025-02-01");
    EXPECT_EQ(overdue[0]["open_actions"], 2);
    EXPECT_TRUE(contains(cnmsRun({"nc", "list", p}).out, "OVERDUE"));
    EXPECT_EQ(nlohmann::json::parse(cnmsRun({"action", "list", p, "--overdue", "--format", "json"}).out).size(), 1u);

    EXPECT_EQ(step({"nc", "verify", "--evidence", "x"}).code, 2);  // not implemented yet
    EXPECT_EQ(step({"nc", "implement", "--action", "A-0001", "--on", "2025-02-03", "--as", "张伟"}).code, 0);
    EXPECT_EQ(step({"nc", "implement", "--action", "A-0001"}).code, 2);  // already implemented
    EXPECT_EQ(step({"nc", "implement", "--action", "99"}).code, 2);
    auto last = step({"nc", "implement", "--action", "2", "--as", "陈静"});
    EXPECT_TRUE(contains(last.out, "NC-0001: implemented"));
    EXPECT_TRUE(cnmsRun({"nc", "list", p, "--overdue"}).out == "no nonconformities\n");

    auto ownVerify = step({"nc", "verify", "--evidence", "我检查过", "--as", "陈静"});
    EXPECT_EQ(ownVerify.code, 2);
    EXPECT_TRUE(contains(ownVerify.err, "陈静 owns action A-0002"));
    auto notYet = step({"nc", "close"});
    EXPECT_EQ(notYet.code, 2);
    EXPECT_TRUE(contains(notYet.err, "has not been verified"));
    EXPECT_EQ(step({"nc", "verify", "--evidence", "抽查抄表记录完整", "--as", "李明"}).out, "NC-0001: verified\n");
    EXPECT_EQ(step({"nc", "close", "--as", "李明"}).out, "NC-0001: closed\n");
    auto frozen = step({"nc", "contain", "--correction", "x"});
    EXPECT_EQ(frozen.code, 2);
    EXPECT_TRUE(contains(frozen.err, "closed and read-only"));
    EXPECT_EQ(step({"nc", "reopen"}).code, 1);  // --reason is required
    EXPECT_EQ(step({"nc", "reopen", "--reason", "5月再次缺记录"}).out, "2\n");

    auto show = nlohmann::json::parse(cnmsRun({"nc", "show", p, "NC-0001", "--format", "json"}).out);
    EXPECT_EQ(show["state"], "closed");
    EXPECT_EQ(show["verified_by"], "李明");
    EXPECT_EQ(show["actions"].size(), 2u);
    EXPECT_EQ(show["history"].size(), 10u);
    EXPECT_EQ(show["allowed_steps"], nlohmann::json::array());
    auto next = nlohmann::json::parse(cnmsRun({"nc", "show", p, "2", "--format", "json"}).out);
    EXPECT_EQ(next["reopen_of"], 1);
    EXPECT_EQ(next["allowed_steps"], nlohmann::json::array({"contain"}));
    auto list = nlohmann::json::parse(cnmsRun({"nc", "list", p, "--format", "json"}).out);
    EXPECT_EQ(list[0]["reopened_as"], 2);
    EXPECT_EQ(
        cnmsRun({"nc", "list", p, "--state", "raised", "--format", "json"}).out.find("\"id\": 2") != std::string::npos,
        true);
}

TEST_F(AuditCli, RaisingIsValidatedAndTheBinaryExitsTwoOnARefusedStep) {
    auto bad = cnmsRun({"nc", "raise", p, "--clause", "6.9", "--severity", "minor", "--description", "x"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(contains(bad.err, "clause: '6.9' is not a clause"));
    EXPECT_EQ(cnmsRun({"nc", "raise", p, "--clause", "6.2", "--severity", "critical", "--description", "x"}).code, 1);
    EXPECT_EQ(
        cnmsRun({"nc", "raise", p, "--clause", "6.2", "--severity", "minor", "--description", "x", "--source", "audit"})
            .code,
        1);
    auto id = cnmsRun({"nc", "raise", p, "--clause", "6.2", "--severity", "major", "--description", "x"});
    ASSERT_EQ(id.code, 0);
    auto r = cnmsBinary("nc close " + p + " " + id.out.substr(0, id.out.size() - 1));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.out, "refused"));
    EXPECT_EQ(cnmsBinary("nc show " + p + " 99").code, 2);
}

TEST(DemoCli, TheDemoHasLastYearsCompletedAuditsAndNcsOneOverdue) {
    cnms::test::TempDir dir;
    auto p = dir.file("demo.cnms");
    ASSERT_EQ(cnmsRun({"init", p, "--demo"}).code, 0);
    auto audits = nlohmann::json::parse(cnmsRun({"audit", "list", p, "--format", "json"}).out);
    ASSERT_EQ(audits.size(), 3u);
    EXPECT_EQ(audits[0]["status"], "completed");
    EXPECT_EQ(audits[1]["status"], "completed");
    auto ncs = nlohmann::json::parse(cnmsRun({"nc", "list", p, "--format", "json"}).out);
    std::set<std::string> states;
    for (const auto& nc : ncs) states.insert(nc["state"]);
    EXPECT_GE(states.size(), 4u);
    EXPECT_EQ(nlohmann::json::parse(cnmsRun({"nc", "list", p, "--overdue", "--format", "json"}).out).size(), 1u);
    auto show = cnmsRun(
        {"audit", "show", p, "IA-" + audits[0]["start_date"].get<std::string>().substr(0, 4) + "-01", "--findings"});
    EXPECT_EQ(show.code, 0);
    EXPECT_TRUE(contains(show.out, "[major]"));
}
