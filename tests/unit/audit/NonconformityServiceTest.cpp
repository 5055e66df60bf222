// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "AuditFixture.h"
#include "SqliteProjectStore.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/ActionRegister.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;

namespace {

class NonconformityTest : public test::AuditFixture {
protected:
    NonconformityService service(const std::string& actor = {}) { return NonconformityService(as(actor)); }

    Nonconformity raised(const std::string& raisedOn = "2026-03-01") {
        Nonconformity draft;
        draft.source = NcSource::Monitoring;
        draft.clauseId = "6.2";
        draft.severity = NcSeverity::Minor;
        draft.description = "3月份熟料线原煤消耗量无计量记录支撑";
        draft.raisedOn = raisedOn;
        return service().raise(draft);
    }

    /** An NC taken to "implemented" with one action owned by 张伟. */
    Nonconformity implemented() {
        auto nc = raised();
        service().contain(nc.id, "按皮带秤累计值补录并标注估算");
        service().analyseCause(nc.id, {"没有抄表记录", "抄表职责未写入岗位说明"}, CauseCategory::Management);
        auto action = service().addAction(nc.id, "修订计量管理程序，明确抄表职责", "张伟", "2026-03-31");
        service().implementAction(nc.id, action.id, "2026-03-14");
        return service().get(nc.id);
    }

    std::string refusalCode(const std::function<void()>& step) {
        try {
            step();
        } catch (const RefusedError& e) {
            return e.code();
        }
        return "not refused";
    }

    std::string issueCode(const std::function<void()>& step) {
        try {
            step();
        } catch (const ValidationError& e) {
            return e.issues().front().field + ":" + e.issues().front().code;
        }
        return "accepted";
    }

    sqlite::Database& db() { return dynamic_cast<storage::SqliteProjectStore&>(*store).database(); }
};

}  // namespace

TEST_F(NonconformityTest, WalksTheWholeWorkflowToAVerifiedClosure) {
    auto nc = raised();
    EXPECT_EQ(nc.code(), "NC-0001");
    EXPECT_EQ(nc.state, NcState::Raised);
    EXPECT_EQ(nc.raisedBy, "李明");

    nc = service().contain(nc.id, "按皮带秤累计值补录并标注估算", "2026-03-02");
    EXPECT_EQ(nc.state, NcState::Contained);
    EXPECT_EQ(nc.containedOn, "2026-03-02");

    nc = service("王芳").analyseCause(nc.id, {"没有抄表记录", "抄表员休假无人替代", "抄表职责未写入岗位说明"},
                                      CauseCategory::Management);
    EXPECT_EQ(nc.state, NcState::CauseAnalysed);
    EXPECT_EQ(nc.rootCause, "抄表职责未写入岗位说明");  // the last why, when none is given
    EXPECT_EQ(nc.analysedBy, "王芳");

    auto a1 = service().addAction(nc.id, "修订计量管理程序，明确抄表职责和替岗", "张伟", "2026-03-31");
    auto a2 = service().addAction(nc.id, "对抄表员进行培训", "陈静", "2026-04-15");
    EXPECT_EQ(service().get(nc.id).state, NcState::ActionPlanned);

    service().implementAction(nc.id, a1.id, "2026-03-10", "程序 QP-07 第3版已发布");
    EXPECT_EQ(service().get(nc.id).state, NcState::ActionPlanned) << "one action is still open";
    auto done = service("陈静").implementAction(nc.id, a2.id);
    EXPECT_EQ(done.implementedOn, "2026-03-15");  // today by default
    EXPECT_EQ(done.implementedBy, "陈静");
    EXPECT_EQ(service().get(nc.id).state, NcState::Implemented);

    nc = service("李明").verify(nc.id, true, "抽查3月9日至14日抄表记录完整", "2026-03-15");
    EXPECT_EQ(nc.state, NcState::Verified);
    EXPECT_EQ(nc.verifiedBy, "李明");
    nc = service().close(nc.id);
    EXPECT_EQ(nc.state, NcState::Closed);
    EXPECT_EQ(nc.closedOn, "2026-03-15");

    auto history = service().history(nc.id);
    std::vector<std::string> steps;
    for (const auto& e : history) steps.push_back(e.step);
    EXPECT_EQ(steps, (std::vector<std::string>{"raise", "contain", "cause", "act", "act", "implement", "implement",
                                               "verify", "close"}));
    EXPECT_FALSE(history.front().fromState);
    EXPECT_EQ(history.back().fromState, NcState::Verified);
    EXPECT_EQ(history.back().toState, NcState::Closed);
    EXPECT_EQ(store->changeLog().recent(100, "nonconformity", std::to_string(nc.id)).size(), 7u);
}

TEST_F(NonconformityTest, EveryStepOutOfOrderIsRefusedAndChangesNothing) {
    auto nc = raised();
    EXPECT_EQ(refusalCode([&] { service().analyseCause(nc.id, {"x"}, CauseCategory::Method); }), "step_skipped");
    EXPECT_EQ(refusalCode([&] { service().addAction(nc.id, "x", "张伟", "2026-04-01"); }), "step_skipped");
    EXPECT_EQ(refusalCode([&] { service().implementAction(nc.id, 1); }), "step_skipped");
    EXPECT_EQ(refusalCode([&] { service().verify(nc.id, true, "x"); }), "step_skipped");
    EXPECT_EQ(refusalCode([&] { service().close(nc.id); }), "step_skipped");
    EXPECT_EQ(refusalCode([&] { service().reopen(nc.id, "x"); }), "not_closed");
    EXPECT_EQ(service().get(nc.id), nc);
    EXPECT_EQ(service().history(nc.id).size(), 1u);

    service().contain(nc.id, "已补录");
    EXPECT_EQ(refusalCode([&] { service().contain(nc.id, "again"); }), "wrong_state");
    EXPECT_EQ(refusalCode([&] { service().addAction(nc.id, "x", "张伟", "2026-04-01"); }), "step_skipped");
}

TEST_F(NonconformityTest, NoClosingWithoutVerifiedEffectiveness) {
    auto nc = implemented();
    try {
        service().close(nc.id);
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "not_verified");
        EXPECT_NE(std::string(e.what()).find("NC-0001"), std::string::npos);
    }
    EXPECT_EQ(service().get(nc.id).state, NcState::Implemented);
}

TEST_F(NonconformityTest, TheOwnerOfAnActionCannotVerifyEffectiveness) {
    auto nc = implemented();
    try {
        service("张伟").verify(nc.id, true, "我自己检查过了");
        FAIL();
    } catch (const RefusedError& e) {
        EXPECT_EQ(e.code(), "verifier_is_owner");
        EXPECT_NE(std::string(e.what()).find("张伟"), std::string::npos);
    }
    EXPECT_EQ(service().get(nc.id).state, NcState::Implemented);
    // The store's own user (李明) owns nothing here and may verify.
    EXPECT_EQ(service().verify(nc.id, true, "抽查记录完整").verifiedBy, "李明");
}

TEST_F(NonconformityTest, AnIneffectiveActionSendsTheNcBackToCauseAnalysis) {
    auto nc = implemented();
    nc = service("王芳").verify(nc.id, false, "4月仍有两天缺抄表记录");
    EXPECT_EQ(nc.state, NcState::CauseAnalysed);
    EXPECT_TRUE(nc.verifiedBy.empty());
    EXPECT_EQ(refusalCode([&] { service().close(nc.id); }), "step_skipped");
    EXPECT_EQ(refusalCode([&] { service("王芳").verify(nc.id, true, "x"); }), "step_skipped");
    // The cause may be revised, then a further action is planned and implemented.
    nc = service().analyseCause(nc.id, {"替岗人员不会读表"}, CauseCategory::People, "替岗人员未经培训");
    EXPECT_EQ(nc.rootCause, "替岗人员未经培训");
    auto more = service().addAction(nc.id, "培训替岗人员", "陈静", "2026-04-10");
    service().implementAction(nc.id, more.id);
    EXPECT_EQ(refusalCode([&] { service("陈静").verify(nc.id, true, "x"); }), "verifier_is_owner");
    EXPECT_EQ(service("王芳").verify(nc.id, true, "5月抄表记录完整").state, NcState::Verified);
    auto steps = service().history(nc.id);
    EXPECT_TRUE(std::any_of(steps.begin(), steps.end(), [](auto& e) { return e.step == "verify_failed"; }));
}

TEST_F(NonconformityTest, FieldsOfEachStepAreValidated) {
    Nonconformity bad;
    bad.clauseId = "11.9";
    bad.raisedOn = "2026-04-01";
    try {
        service().raise(bad);
        FAIL();
    } catch (const ValidationError& e) {
        std::set<std::string> fields;
        for (const auto& i : e.issues()) fields.insert(i.field + ":" + i.code);
        EXPECT_EQ(fields, (std::set<std::string>{"clause:unknown_clause", "description:required"}));
    }
    Nonconformity future;
    future.clauseId = "6.2";
    future.description = "x";
    future.raisedOn = "2026-04-01";
    EXPECT_EQ(issueCode([&] { service().raise(future); }), "raised_on:in_future");
    future.raisedOn = "";
    future.subject = RecordRef{"site", "NOPE"};
    EXPECT_EQ(issueCode([&] { service().raise(future); }), "subject:not_found");
    future.subject = RecordRef{"activity_data", "2025-03-CX-coal"};  // stored by another module: accepted by type
    EXPECT_EQ(service().raise(future).subject->type, "activity_data");
    future.subject.reset();
    future.source = NcSource::Audit;
    EXPECT_EQ(issueCode([&] { service().raise(future); }), "source:audit_without_finding");

    auto nc = raised();
    EXPECT_EQ(issueCode([&] { service().contain(nc.id, "  "); }), "correction:required");
    EXPECT_EQ(issueCode([&] { service().contain(nc.id, "x", "2026-02-01"); }), "on:too_early");
    service().contain(nc.id, "x");
    EXPECT_EQ(issueCode([&] { service().analyseCause(nc.id, {}, CauseCategory::Method); }), "whys:required");
    EXPECT_EQ(issueCode([&] {
                  service().analyseCause(nc.id, {"a", "b", "c", "d", "e", "f"}, CauseCategory::Method);
              }),
              "whys:too_many");
    EXPECT_EQ(issueCode([&] { service().analyseCause(nc.id, {"a", ""}, CauseCategory::Method); }), "whys[1]:required");
    service().analyseCause(nc.id, {"a"}, CauseCategory::Method);
    EXPECT_EQ(issueCode([&] { service().addAction(nc.id, "x", "", "2026-04-01"); }), "owner:required");
    EXPECT_EQ(issueCode([&] { service().addAction(nc.id, "x", "张伟", "2026-02-30"); }), "due:date_invalid");
    EXPECT_EQ(issueCode([&] { service().addAction(nc.id, "x", "张伟", "2026-02-01"); }), "due:too_early");
    auto a = service().addAction(nc.id, "x", "张伟", "2026-04-01");
    EXPECT_EQ(issueCode([&] { service().implementAction(nc.id, a.id, "2026-03-16"); }), "on:in_future");
    EXPECT_THROW(service().implementAction(nc.id, 999), NotFoundError);
    service().implementAction(nc.id, a.id);
    EXPECT_EQ(issueCode([&] { service("王芳").verify(nc.id, true, ""); }), "evidence:required");
    EXPECT_THROW(service().get(4242), NotFoundError);
}

TEST_F(NonconformityTest, OverdueActionsAreFlaggedAgainstTheClock) {
    auto nc = raised("2026-01-10");
    service().contain(nc.id, "x");
    service().analyseCause(nc.id, {"y"}, CauseCategory::Equipment);
    auto late = service().addAction(nc.id, "校准皮带秤", "张伟", "2026-03-01");
    auto onTime = service().addAction(nc.id, "更换传感器", "张伟", "2026-03-20");
    auto other = raised();

    auto overview = service().overview();
    ASSERT_EQ(overview.size(), 2u);
    EXPECT_TRUE(overview[0].overdue);
    EXPECT_EQ(overview[0].openActions, 2);
    EXPECT_EQ(overview[0].nextDue, "2026-03-01");
    EXPECT_FALSE(overview[1].overdue);
    ASSERT_EQ(ActionRegister(as()).overdue().size(), 1u);
    EXPECT_EQ(ActionRegister(as()).overdue()[0].id, late.id);

    service().implementAction(nc.id, late.id);  // done late, but done
    EXPECT_FALSE(service().overview()[0].overdue);
    clock.advanceDays(6);  // 2026-03-21: the second action is now late
    EXPECT_TRUE(service().overview()[0].overdue);
    EXPECT_TRUE(onTime.isOverdue(clock.today()));
    EXPECT_FALSE(onTime.isOverdue("2026-03-20"));  // due today is not overdue
    (void)other;
}

TEST_F(NonconformityTest, AClosedNcIsFrozenAndReopensAsANewLinkedNc) {
    auto nc = implemented();
    service("王芳").verify(nc.id, true, "有效");
    nc = service().close(nc.id);
    EXPECT_EQ(refusalCode([&] { service().addAction(nc.id, "x", "张伟", "2026-04-01"); }), "nc_closed");
    EXPECT_EQ(refusalCode([&] { service().contain(nc.id, "x"); }), "nc_closed");
    EXPECT_EQ(issueCode([&] { service().reopen(nc.id, " "); }), "reason:required");

    clock.advanceDays(30);
    auto next = service("王芳").reopen(nc.id, "4月再次出现缺抄表");
    EXPECT_EQ(next.reopenOf, nc.id);
    EXPECT_EQ(next.reopenReason, "4月再次出现缺抄表");
    EXPECT_EQ(next.state, NcState::Raised);
    EXPECT_EQ(next.clauseId, nc.clauseId);
    EXPECT_EQ(next.raisedOn, "2026-04-14");
    EXPECT_EQ(service().get(nc.id), nc) << "the closed record is unchanged";
    EXPECT_EQ(service().history(nc.id).back().step, "reopened_as");
    EXPECT_EQ(refusalCode([&] { service().reopen(nc.id, "again"); }), "already_reopened");
    auto rows = service().overview();
    EXPECT_EQ(rows[0].reopenedAs, next.id);
}

TEST_F(NonconformityTest, TheDatabaseItselfRefusesToChangeAClosedNc) {
    auto nc = implemented();
    service("王芳").verify(nc.id, true, "有效");
    nc = service().close(nc.id);
    auto actionId = service().actions(nc.id).front().id;

    auto work = store->begin("tamper");
    auto changed = nc;
    changed.description = "quietly rewritten";
    EXPECT_THROW(store->nonconformities().update(changed), sqlite::Error);
    auto action = *store->actions().find(actionId);
    action.owner = "someone else";
    EXPECT_THROW(store->actions().update(action), sqlite::Error);
    EXPECT_THROW(db().exec("DELETE FROM nonconformity WHERE id = " + std::to_string(nc.id)), sqlite::Error);
    EXPECT_THROW(db().exec("UPDATE nc_event SET note = 'x'"), sqlite::Error);
    EXPECT_THROW(db().exec("DELETE FROM nc_event"), sqlite::Error);
    work.reset();
    EXPECT_EQ(service().get(nc.id), nc);
}
