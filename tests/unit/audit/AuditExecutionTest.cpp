// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "AuditFixture.h"
#include "SqliteProjectStore.h"
#include "cnms/audit/AuditCompletionService.h"
#include "cnms/audit/AuditReport.h"
#include "cnms/audit/ChecklistService.h"
#include "cnms/core/Sha256.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;

namespace {
class AuditExecutionTest : public test::AuditFixture {
protected:
    ChecklistService checklist(const std::string& actor = {}) { return ChecklistService(as(actor)); }
    AuditCompletionService completion() { return AuditCompletionService(as()); }

    /** Answers every open item conforming, except those given. */
    void answerAll(AuditId audit, const std::map<std::string, FindingResult>& findings = {}) {
        for (const auto& item : checklist().items(audit)) {
            if (item.result != FindingResult::Open) continue;
            auto it = findings.find(item.ref);
            auto result = it == findings.end() ? FindingResult::Conforming : it->second;
            checklist().answer(audit, item.ref, {result, "查阅记录：" + item.ref, {}, {}});
        }
    }

    std::string refusalCode(const std::function<void()>& step) {
        try {
            step();
        } catch (const RefusedError& e) {
            return e.code();
        }
        return "not refused";
    }

    sqlite::Database& db() { return dynamic_cast<storage::SqliteProjectStore&>(*store).database(); }
};
}  // namespace

TEST_F(AuditExecutionTest, AnswersNeedAResultAndEvidenceAndCheckTheirLinks) {
    auto audit = plan();
    auto fields = [&](const ChecklistAnswer& answer) {
        std::set<std::string> out;
        try {
            checklist().answer(audit.id, "6.2-1", answer);
        } catch (const ValidationError& e) {
            for (const auto& i : e.issues()) out.insert(i.field + ":" + i.code);
        }
        return out;
    };
    EXPECT_EQ(fields({FindingResult::Open, " ", {}, {}}),
              (std::set<std::string>{"result:required", "evidence:required"}));
    EXPECT_EQ(
        fields({FindingResult::Conforming, "ok", {{"invoice", "1"}, {"site", "NOPE"}}, {dir.file("no.pdf")}}),
        (std::set<std::string>{"records[0]:unknown_record_type", "records[1]:not_found", "files[0]:file_unreadable"}));
    EXPECT_THROW(checklist().answer(audit.id, "99.9-1", {FindingResult::Conforming, "x", {}, {}}), NotFoundError);
    EXPECT_EQ(requireAuditFor(audit.id).status, AuditStatus::Planned) << "refused answers change nothing";

    test::writeFile(dir.file("coal-2025-03.pdf"), "发票扫描件");
    auto item =
        checklist("王芳").answer(audit.id, "6.2-1",
                                 {FindingResult::MinorNonconformity,
                                  "3月份原煤消耗无计量记录",
                                  {{"activity_data", "2025-03-CX-coal"}, {"site", "CX-CLK"}, {"document", "QP-07"}},
                                  {dir.file("coal-2025-03.pdf")}});
    EXPECT_EQ(item.answeredBy, "王芳");
    EXPECT_EQ(item.answeredAt, "2026-03-15T09:00:00Z");
    ASSERT_EQ(item.files.size(), 1u);
    EXPECT_EQ(item.files[0].sha256, sha256::ofBytes("发票扫描件"));
    EXPECT_EQ(requireAuditFor(audit.id).status, AuditStatus::InProgress);
    EXPECT_EQ(*store->checklists().findItem(audit.id, "6.2-1"), item) << "stored as answered";
}

TEST_F(AuditExecutionTest, AChangedEvidenceFileIsDetected) {
    auto audit = plan();
    auto path = dir.file("meter-list.xlsx");
    test::writeFile(path, "CX-M01,皮带秤,0.5级");
    checklist().answer(audit.id, "6.2-1", {FindingResult::Conforming, "计量器具台账齐全", {}, {path}});
    auto checks = checklist().checkFiles(audit.id);
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].state, FileState::Unchanged);
    EXPECT_EQ(checks[0].itemRef, "6.2-1");

    test::writeFile(path, "CX-M01,皮带秤,1.0级");
    EXPECT_EQ(checklist().checkFiles(audit.id)[0].state, FileState::Changed);
    std::filesystem::remove(path);
    EXPECT_EQ(checklist().checkFiles(audit.id)[0].state, FileState::Missing);
}

TEST_F(AuditExecutionTest, OwnQuestionsAndClauseScores) {
    auto audit = plan();
    auto q1 = checklist().addQuestion(audit.id, "6.2", "窑头窑尾煤粉计量是否分开？");
    auto q2 = checklist().addQuestion(audit.id, "10.1", "上次审核的不符合是否已关闭？");
    EXPECT_EQ(q1.ref, "Q1");
    EXPECT_EQ(q2.ref, "Q2");
    EXPECT_TRUE(q2.own);
    EXPECT_EQ(q2.seq, static_cast<int>(checklist().items(audit.id).size()));
    EXPECT_THROW(checklist().addQuestion(audit.id, "12", "x"), ValidationError);
    EXPECT_THROW(checklist().addQuestion(audit.id, "6.2", ""), ValidationError);

    checklist().score(audit.id, "6.2", 3, "数据链基本完整");
    checklist().score(audit.id, "6.2", 4);
    auto scores = checklist().scores(audit.id);
    ASSERT_EQ(scores.size(), 1u);
    EXPECT_EQ(scores[0].score, 4);
    EXPECT_THROW(checklist().score(audit.id, "6.2", 6), ValidationError);
    EXPECT_THROW(checklist().score(audit.id, "7.2", 3), ValidationError);  // not in scope
}

TEST_F(AuditExecutionTest, CompletionNeedsEveryItemAnsweredAndRaisesAnNcPerMajorOrMinorFinding) {
    auto audit = plan();
    checklist().answer(audit.id, "6.2-1", {FindingResult::Conforming, "ok", {}, {}});
    try {
        completion().complete(audit.id);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "audit_incomplete");
        EXPECT_NE(std::string(e.what()).find("6.2-2"), std::string::npos);
    }
    EXPECT_FALSE(completion().blockers(audit.id).empty());

    answerAll(audit.id, {{"6.2-3", FindingResult::MajorNonconformity},
                         {"9.4-2", FindingResult::MinorNonconformity},
                         {"9.4-4", FindingResult::Observation},
                         {"9.4-5", FindingResult::Improvement},
                         {"6.2-5", FindingResult::NotApplicable}});
    checklist().answer(audit.id, "6.2-3",
                       {FindingResult::MajorNonconformity, "未识别窑头燃烧排放源", {{"site", "CX-CLK"}}, {}});
    EXPECT_TRUE(completion().blockers(audit.id).empty());
    auto done = completion().complete(audit.id);
    EXPECT_EQ(done.audit.status, AuditStatus::Completed);
    EXPECT_EQ(done.audit.completedOn, "2026-03-15");
    EXPECT_NE(done.audit.conclusion.find("1 major, 1 minor, 1 observation, 1 ofi, 1 na"), std::string::npos)
        << done.audit.conclusion;
    ASSERT_EQ(done.raised.size(), 2u);
    const auto& major = done.raised[0];
    EXPECT_EQ(major.source, NcSource::Audit);
    EXPECT_EQ(major.severity, NcSeverity::Major);
    EXPECT_EQ(major.clauseId, "6.2");
    EXPECT_EQ(major.subject, (RecordRef{"site", "CX-CLK"}));
    ASSERT_TRUE(major.finding);
    EXPECT_EQ(major.finding->auditId, audit.id);
    EXPECT_EQ(store->checklists().findItemById(major.finding->itemId)->ref, "6.2-3");
    EXPECT_EQ(major.description, "IA-2026-01 6.2-3: 未识别窑头燃烧排放源");
    EXPECT_EQ(done.raised[1].severity, NcSeverity::Minor);
    EXPECT_EQ(done.raised[1].clauseId, "9.4");

    auto report = buildAuditReport(*store, audit.id);
    EXPECT_EQ(report.nonconformities.size(), 2u);
    EXPECT_EQ(report.counts[FindingResult::Conforming], static_cast<int>(report.items.size()) - 5);
    EXPECT_EQ(report.answered(), static_cast<int>(report.items.size()));
}

TEST_F(AuditExecutionTest, AnAuditCannotBeCompletedBeforeItStarts) {
    auto a = draft();
    a.startDate = "2026-04-01";
    a.endDate = "2026-04-02";
    auto audit = AuditPlanService(as()).plan(a);
    answerAll(audit.id);
    EXPECT_EQ(refusalCode([&] { completion().complete(audit.id); }), "audit_not_started");
    clock.set("2026-04-02");
    EXPECT_EQ(completion().complete(audit.id).audit.completedOn, "2026-04-02");
}

TEST_F(AuditExecutionTest, ACompletedAuditIsReadOnlyInTheServices) {
    auto audit = plan();
    answerAll(audit.id);
    completion().complete(audit.id, "体系运行有效");
    EXPECT_EQ(requireAuditFor(audit.id).conclusion, "体系运行有效");
    auto changed = requireAuditFor(audit.id);
    changed.title = "改写";
    EXPECT_EQ(refusalCode([&] { AuditPlanService(as()).updatePlan(changed); }), "audit_completed");
    EXPECT_EQ(refusalCode([&] { AuditPlanService(as()).remove(audit.id); }), "audit_completed");
    EXPECT_EQ(refusalCode([&] {
                  checklist().answer(audit.id, "6.2-1", {FindingResult::MajorNonconformity, "x", {}, {}});
              }),
              "audit_completed");
    EXPECT_EQ(refusalCode([&] { checklist().addQuestion(audit.id, "6.2", "x"); }), "audit_completed");
    EXPECT_EQ(refusalCode([&] { checklist().score(audit.id, "6.2", 1); }), "audit_completed");
    EXPECT_EQ(refusalCode([&] { completion().complete(audit.id); }), "audit_completed");
    EXPECT_EQ(requireAuditFor(audit.id).title, "碳排放核算专项审核");
}

TEST_F(AuditExecutionTest, TheDatabaseItselfRefusesToChangeACompletedAudit) {
    auto audit = plan();
    checklist().score(audit.id, "6.2", 4);
    answerAll(audit.id);
    completion().complete(audit.id);
    auto frozen = requireAuditFor(audit.id);
    auto item = *store->checklists().findItem(audit.id, "6.2-1");

    auto work = store->begin("tamper");
    auto changed = frozen;
    changed.conclusion = "rewritten";
    EXPECT_THROW(store->audits().update(changed), sqlite::Error);
    EXPECT_THROW(store->audits().remove(audit.id), sqlite::Error);
    item.result = FindingResult::MajorNonconformity;
    EXPECT_THROW(store->checklists().updateItem(item), sqlite::Error);
    EXPECT_THROW(store->checklists().removeItems(audit.id), sqlite::Error);
    ChecklistItem extra;
    extra.auditId = audit.id;
    extra.ref = "Q9";
    extra.clauseId = "6.2";
    EXPECT_THROW(store->checklists().insertItem(extra), sqlite::Error);
    EXPECT_THROW(store->checklists().saveScore({audit.id, "6.2", 1, ""}), sqlite::Error);
    EXPECT_THROW(db().exec("DELETE FROM audit_clause_score"), sqlite::Error);
    work.reset();
    EXPECT_EQ(requireAuditFor(audit.id), frozen);
    EXPECT_EQ(store->checklists().findItem(audit.id, "6.2-1")->result, FindingResult::Conforming);
}

TEST_F(AuditExecutionTest, ACorrectionIsANewLinkedRecordThatMayRaiseAnNc) {
    auto audit = plan();
    EXPECT_EQ(refusalCode([&] { completion().correct(audit.id, "6.2-1", FindingResult::Conforming, "x", "y"); }),
              "audit_not_completed");
    answerAll(audit.id, {{"9.4-2", FindingResult::MinorNonconformity}});
    completion().complete(audit.id);
    auto before = requireAuditFor(audit.id);
    EXPECT_THROW(completion().correct(audit.id, "6.2-1", FindingResult::MinorNonconformity, "", ""), ValidationError);

    clock.advanceDays(3);
    auto fix = completion().correct(audit.id, "6.2-1", FindingResult::MinorNonconformity,
                                    "复核发现排放源清单缺熟料线余热锅炉", "复核审核记录时发现漏记");
    EXPECT_EQ(fix.correction.itemRef, "6.2-1");
    EXPECT_EQ(fix.correction.correctedAt, "2026-03-18T09:00:00Z");
    ASSERT_TRUE(fix.raised);
    EXPECT_EQ(fix.raised->finding->itemId, fix.correction.itemId);
    EXPECT_EQ(fix.correction.raisedNonconformity, fix.raised->id);

    // Downgrading a finding that already has an NC raises nothing more.
    auto down = completion().correct(audit.id, "9.4-2", FindingResult::MajorNonconformity, "范围缺总部", "分级复核");
    EXPECT_FALSE(down.raised);

    auto report = buildAuditReport(*store, audit.id);
    EXPECT_EQ(report.audit, before) << "the audit record itself is untouched";
    EXPECT_EQ(report.items[0].result, FindingResult::Conforming) << "the original answer is kept";
    EXPECT_EQ(report.effectiveResults[0], FindingResult::MinorNonconformity);
    EXPECT_EQ(report.corrections.size(), 2u);
    EXPECT_EQ(report.nonconformities.size(), 2u);
    EXPECT_THROW(db().exec("UPDATE audit_correction SET reason = 'x'"), sqlite::Error);
}
