// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "../audit/AuditFixture.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/import/ActivityImporter.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/records/RegisterService.h"
#include "cnms/review/ManagementReviewService.h"
#include "cnms/security/Session.h"

using namespace cnms;
using security::Role;
using security::Session;

namespace {

/** The audit fixture's project, with the session switched to one role at a time (sign-in itself is UserServiceTest's). */
class RoleEnforcementTest : public test::AuditFixture {
protected:
    void signIn(Role role, const std::string& name = "someone", const std::string& display = {}) {
        security::setSessionOf(*store, Session::signedIn(name, display, role));
    }

    std::string refusal(const std::function<void()>& step) {
        try {
            step();
        } catch (const RefusedError& e) {
            return e.code() + ": " + e.what();
        }
        return "not refused";
    }

    static bool refused(const std::string& result) { return result.rfind("not_permitted: ", 0) == 0; }

    Nonconformity raise() {
        Nonconformity draft;
        draft.source = NcSource::Monitoring;
        draft.clauseId = "6.2";
        draft.severity = NcSeverity::Minor;
        draft.description = "3月份熟料线原煤消耗量无计量记录支撑";
        draft.raisedOn = "2026-03-01";
        return NonconformityService(as()).raise(draft);
    }

    static records::RegisterRecord meter() {
        records::RegisterRecord r;
        r.type = "measuring_instrument";
        r.fields = {{"code", "CX-EM-01"},
                    {"name", "电能表"},
                    {"site", "CX-CLK"},
                    {"measured_quantity", "电量"},
                    {"calibration_interval_months", 12},
                    {"next_calibration_due", "2026-06-30"},
                    {"status", "in_use"}};
        return r;
    }

    std::string activityFile() {
        auto path = dir.file("activity.csv");
        test::writeFile(path,
                        "site,period_start,period_end,source_type,activity,quantity,unit\n"
                        "CX-CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t\n");
        return path;
    }
};

}  // namespace

TEST_F(RoleEnforcementTest, AnAuditorCannotEditActivityDataButRecordsFindings) {
    signIn(Role::InternalAuditor, "wang.fang", "王芳");
    auto result = refusal([&] { import::importActivities(*store, activityFile()); });
    EXPECT_EQ(result, "not_permitted: user wang.fang (internal auditor) may not edit activity data and emission factors");
    EXPECT_EQ(store->activities().countInYear(2024), 0);
    EXPECT_TRUE(refused(refusal([&] { SiteService(*store).addSite({0, "HZ-GRD", "粉磨站", "浙江", "", 100}); })));
    EXPECT_TRUE(refused(refusal([&] { records::RegisterService(*store).add(meter()); })));

    // What an auditor does: plan, raise a nonconformity; the record and the change log name the signed-in user.
    auto audit = AuditPlanService(as()).plan(draft());
    EXPECT_GT(audit.id, 0);
    auto nc = raise();
    EXPECT_EQ(nc.raisedBy, "wang.fang");
    EXPECT_EQ(store->changeLog().recent(1).at(0).actor, "wang.fang");
}

TEST_F(RoleEnforcementTest, AnOfficerEditsDataButCannotVerifyOrCloseANonconformity) {
    signIn(Role::SustainabilityOfficer, "zhang.wei", "张伟");
    EXPECT_NO_THROW(import::importActivities(*store, activityFile()));
    EXPECT_NO_THROW(records::RegisterService(*store).add(meter()));
    auto nc = raise();
    NonconformityService officer(as());
    EXPECT_NO_THROW(officer.contain(nc.id, "按皮带秤累计值补录并标注估算"));
    auto result = refusal([&] { officer.close(nc.id); });
    EXPECT_EQ(result, "not_permitted: user zhang.wei (sustainability officer) may not verify, close or reopen a "
                      "nonconformity");
    EXPECT_TRUE(refused(refusal([&] { officer.verify(nc.id, true, "抄表记录齐全"); })));
    EXPECT_TRUE(refused(refusal([&] { AuditPlanService(as()).plan(draft()); })));
    EXPECT_EQ(NonconformityService(as()).get(nc.id).state, NcState::Contained);
}

TEST_F(RoleEnforcementTest, AReadOnlyUserWritesNothing) {
    signIn(Role::ReadOnly, "guest");
    EXPECT_TRUE(refused(refusal([&] { SiteService(*store).saveOrganization(SiteService(*store).organization()); })));
    EXPECT_TRUE(refused(refusal([&] { records::RegisterService(*store).add(meter()); })));
    EXPECT_TRUE(refused(refusal([&] { import::importActivities(*store, activityFile()); })));
    EXPECT_TRUE(refused(refusal([&] { raise(); })));
    neutrality::Target target;
    EXPECT_TRUE(refused(refusal([&] { neutrality::NeutralityService(*store).addTarget(target); })));
    // Reading stays open to every role.
    EXPECT_EQ(SiteService(*store).sites().size(), 2u);
}

TEST_F(RoleEnforcementTest, AManagerAnswersNonconformitiesButEditsNoData) {
    signIn(Role::InternalAuditor, "wang.fang", "王芳");
    auto nc = raise();
    signIn(Role::Manager, "chen.jg", "陈建国");
    EXPECT_NO_THROW(NonconformityService(as()).contain(nc.id, "按皮带秤累计值补录并标注估算"));
    EXPECT_TRUE(refused(refusal([&] { SiteService(*store).addSite({0, "HZ-GRD", "粉磨站", "浙江", "", 100}); })));
    EXPECT_TRUE(refused(refusal([&] { NonconformityService(as()).close(nc.id); })));
}

TEST_F(RoleEnforcementTest, TheAdministratorKeepsDataButDoesNotAudit) {
    signIn(Role::Administrator, "admin");
    EXPECT_NO_THROW(SiteService(*store).addSite({0, "HZ-GRD", "粉磨站", "浙江", "", 100}));
    EXPECT_TRUE(refused(refusal([&] { raise(); })));
    EXPECT_TRUE(refused(refusal([&] { AuditPlanService(as()).plan(draft()); })));
}

TEST_F(RoleEnforcementTest, TheChangeLogNamesTheSignedInUserAndSingleUserTheProjectUser) {
    signIn(Role::InternalAuditor, "wang.fang", "王芳");
    EXPECT_EQ(store->actor(), "wang.fang");
    security::setSessionOf(*store, Session::singleUser());
    EXPECT_EQ(store->actor(), "李明");  // the project's user setting, as before sign-in existed
}

TEST_F(RoleEnforcementTest, ASessionBelongsToItsStoreOnly) {
    signIn(Role::ReadOnly, "guest");
    auto other = storage::openProject(dir.file("audit.cnms"));
    EXPECT_EQ(security::sessionOf(*other).mode(), Session::Mode::SingleUser);
    EXPECT_NO_THROW(SiteService(*other).addSite({0, "HZ-GRD", "粉磨站", "浙江", "", 100}));
    EXPECT_TRUE(refused(refusal([&] { SiteService(*store).addSite({0, "HZ-X", "X", "浙江", "", 100}); })));
}

// Only top management records a management review (issue 8: "only a manager holds a management review").
TEST_F(RoleEnforcementTest, OnlyAManagerRecordsAManagementReview) {
    review::ManagementReview draft;
    draft.title = "2026 management review";
    draft.meetingDate = "2026-11-20";
    draft.chair = "董事长";
    draft.periodFrom = "2025-11-01";
    draft.periodTo = "2026-10-31";
    for (Role role : {Role::SustainabilityOfficer, Role::InternalAuditor, Role::Administrator, Role::ReadOnly}) {
        signIn(role);
        EXPECT_TRUE(refused(refusal([&] { review::ManagementReviewService(ServiceContext(*store)).create(draft); })))
            << security::roleName(role);
    }
    signIn(Role::Manager, "zhao");
    EXPECT_NO_THROW(review::ManagementReviewService(ServiceContext(*store)).create(draft));
}
