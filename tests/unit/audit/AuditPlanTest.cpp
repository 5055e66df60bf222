// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <set>

#include "AuditFixture.h"
#include "cnms/audit/AuditProgrammeService.h"
#include "cnms/audit/ChecklistService.h"

using namespace cnms;

namespace {
class AuditPlanTest : public test::AuditFixture {
protected:
    AuditPlanService planner(const std::string& actor = {}) { return AuditPlanService(as(actor)); }

    std::set<std::string> fieldsOf(const std::function<void()>& step) {
        std::set<std::string> out;
        try {
            step();
        } catch (const ValidationError& e) {
            for (const auto& i : e.issues()) out.insert(i.field + ":" + i.code);
        }
        return out;
    }
};
}  // namespace

TEST_F(AuditPlanTest, APlanGetsACodeAProgrammeAndAChecklistOfItsScope) {
    auto audit = plan("6.2,9.4");
    EXPECT_EQ(audit.code, "IA-2026-01");
    EXPECT_EQ(audit.status, AuditStatus::Planned);
    EXPECT_EQ(audit.clauses, (std::vector<std::string>{"6.2", "9.4"}));
    EXPECT_EQ(audit.createdBy, "李明");
    auto programme = store->auditProgrammes().findByYear(2026);
    ASSERT_TRUE(programme);
    EXPECT_EQ(audit.programmeId, programme->id);

    auto items = ChecklistService(as()).items(audit.id);
    auto expected =
        ClauseCatalogue::shipped().find("6.2")->checks.size() + ClauseCatalogue::shipped().find("9.4")->checks.size();
    ASSERT_EQ(items.size(), expected);
    EXPECT_EQ(items.front().ref, "6.2-1");
    EXPECT_EQ(items.back().ref, "9.4-6");
    EXPECT_EQ(plan("7").code, "IA-2026-02");
    EXPECT_GE(store->changeLog().recent(1000, "finding").size(), expected);
}

TEST_F(AuditPlanTest, EveryProblemWithAPlanIsReportedAtOnce) {
    Audit bad;
    bad.clauseSelection = "6.2,12";
    bad.startDate = "2026-03-12";
    bad.endDate = "2026-03-10";
    bad.sites = {"NOPE"};
    bad.team = {{"", "财务部"}};
    auto fields = fieldsOf([&] { planner().plan(bad); });
    EXPECT_EQ(fields, (std::set<std::string>{"title:required", "objective:required", "criteria:required",
                                             "clauses:unknown_clause", "end:before_start", "lead:required",
                                             "team[0]:required", "sites[0]:not_found"}));
    auto dup = draft();
    dup.team = {{"李明", "质量部"}};
    dup.sites = {"CX-CLK", "CX-CLK"};
    dup.clauseSelection = "";
    EXPECT_EQ(fieldsOf([&] { planner().plan(dup); }),
              (std::set<std::string>{"team[0]:duplicate", "sites[1]:duplicate", "clauses:required"}));
    EXPECT_TRUE(store->audits().list().empty());
}

TEST_F(AuditPlanTest, AnAuditorResponsibleForAnAuditedProcessMustAcknowledgeWithAReason) {
    auto a = draft();
    a.processes = {{"排放核算", "能源管理部", "王芳"}, {"计量管理", "财务部", "赵强"}};
    auto conflicts = planner().conflicts(a);
    // 王芳 owns the first process and belongs to the department of the second.
    ASSERT_EQ(conflicts.size(), 2u);
    EXPECT_EQ(conflicts[0].auditor, "王芳");
    EXPECT_EQ(conflicts[0].kind, IndependenceConflict::Kind::ProcessOwner);
    EXPECT_EQ(conflicts[1].kind, IndependenceConflict::Kind::SameDepartment);
    EXPECT_EQ(conflicts[1].subject, "财务部");

    try {
        planner().plan(a);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "independence_unacknowledged");
        EXPECT_NE(std::string(e.what()).find("王芳 is responsible for the audited process '排放核算'"),
                  std::string::npos);
    }
    EXPECT_TRUE(store->audits().list().empty());

    EXPECT_EQ(fieldsOf([&] {
                  planner().plan(a, {{"王芳", "  "}});
              }),
              (std::set<std::string>{"acknowledge[0]:required"}));
    EXPECT_EQ(fieldsOf([&] {
                  planner().plan(a, {{"王芳", "x"}, {"李明", "y"}});
              }),
              (std::set<std::string>{"acknowledge[1]:no_conflict"}));

    auto audit = planner().plan(a, {{"王芳", "只审核总部的核算汇总，现场由李明审核"}});
    ASSERT_EQ(audit.independence.size(), 2u);  // one reason covers both of 王芳's warnings
    EXPECT_EQ(audit.independence[0].auditor, "王芳");
    EXPECT_EQ(audit.independence[0].reason, "只审核总部的核算汇总，现场由李明审核");
    EXPECT_EQ(audit.independence[0].acknowledgedBy, "李明");
    EXPECT_EQ(audit.independence[0].acknowledgedAt, "2026-03-15T09:00:00Z");
    EXPECT_NE(audit.independence[0].conflict.find("排放核算"), std::string::npos);
}

TEST_F(AuditPlanTest, SameDepartmentAndBeingAnAuditeeAreConflictsToo) {
    auto a = draft();
    a.processes = {{"能源计量", "财务部", "赵强"}};
    a.auditees = {"张伟", "李明"};
    auto conflicts = planner().conflicts(a);
    ASSERT_EQ(conflicts.size(), 2u);
    EXPECT_EQ(conflicts[0].auditor, "李明");
    EXPECT_EQ(conflicts[0].kind, IndependenceConflict::Kind::Auditee);
    EXPECT_EQ(conflicts[1].auditor, "王芳");
    EXPECT_EQ(conflicts[1].kind, IndependenceConflict::Kind::SameDepartment);
    auto audit = planner().plan(a, {{"李明", "总部无其他合格审核员"}, {"王芳", "仅抽查台账"}});
    EXPECT_EQ(audit.independence.size(), 2u);
    // Without conflicts nothing needs acknowledging.
    EXPECT_TRUE(planner().conflicts(draft()).empty());
}

TEST_F(AuditPlanTest, TheScopeChangesOnlyUntilTheFirstAnswer) {
    auto audit = plan("6.2");
    ChecklistService(as()).addQuestion(audit.id, "6.2", "熟料线煤耗数据是否与DCS一致？");
    audit.clauseSelection = "6.2,6.4";
    audit = planner().updatePlan(audit);
    EXPECT_EQ(audit.clauses, (std::vector<std::string>{"6.2", "6.4"}));
    auto items = ChecklistService(as()).items(audit.id);
    EXPECT_EQ(items.back().ref, "Q1") << "own questions survive a scope change";
    EXPECT_EQ(items.back().seq, static_cast<int>(items.size()));

    ChecklistService(as()).answer(audit.id, "6.2-1", {FindingResult::Conforming, "排放源清单完整", {}, {}});
    audit = requireAuditFor(audit.id);
    EXPECT_EQ(audit.status, AuditStatus::InProgress);
    audit.clauseSelection = "6.2";
    try {
        planner().updatePlan(audit);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "scope_locked");
    }
    audit.clauseSelection = "6.2,6.4";
    audit.endDate = "2026-03-13";
    EXPECT_EQ(planner().updatePlan(audit).endDate, "2026-03-13") << "other fields may still change";
    try {
        planner().remove(audit.id);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "audit_started");
    }
}

TEST_F(AuditPlanTest, APlanWithoutAnswersCanBeRemoved) {
    auto audit = plan();
    planner().remove(audit.id);
    EXPECT_TRUE(store->audits().list().empty());
    EXPECT_TRUE(store->checklists().items(audit.id).empty());
    EXPECT_EQ(store->changeLog().recent(1, "audit")[0].action, "delete");
}

TEST_F(AuditPlanTest, TheProgrammeShowsWhichClausesAndSitesTheYearLeavesUncovered) {
    AuditProgrammeService programmes(as());
    auto empty = programmes.coverage(2026);
    EXPECT_FALSE(empty.programme);
    EXPECT_EQ(empty.uncoveredClauses().size(), 34u);

    plan("4-6");
    auto partial = programmes.coverage(2026);
    ASSERT_TRUE(partial.programme);
    EXPECT_FALSE(partial.clausesComplete());
    auto uncovered = partial.uncoveredClauses();
    EXPECT_EQ(uncovered.front(), "7.1.1");
    EXPECT_EQ(uncovered.back(), "10.2");
    EXPECT_EQ(uncovered.size(), 34u - 13u);  // 4.1-4.4, 5.1-5.3, 6.1-6.6
    EXPECT_EQ(partial.uncoveredSites(), (std::vector<std::string>{"HZ-HQ"}));

    auto second = draft("7-10");
    second.sites = {"HZ-HQ"};
    AuditPlanService(as()).plan(second);
    auto full = programmes.coverage(2026);
    EXPECT_TRUE(full.clausesComplete());
    EXPECT_TRUE(full.uncoveredSites().empty());
    EXPECT_EQ(full.clauses.front().audits, (std::vector<std::string>{"IA-2026-01"}));
    EXPECT_EQ(programmes.coverage(2025).audits.size(), 0u) << "years are separate";

    auto saved = programmes.save(2026, "覆盖全部条款和场所", "核算和抵消过程每半年一次");
    EXPECT_EQ(saved.id, full.programme->id);
    EXPECT_EQ(programmes.coverage(2026).programme->rationale, "核算和抵消过程每半年一次");
    EXPECT_THROW(programmes.save(1999, "", ""), ValidationError);
}
