// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "TempDir.h"
#include "cnms/audit/AuditPlanService.h"
#include "cnms/core/Clock.h"
#include "cnms/core/ServiceContext.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::test {

/** A fresh project with two sites, the user 李明 and a clock standing at 2026-03-15. */
class AuditFixture : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试水泥";
        store = storage::createProject(dir.file("audit.cnms"), org);
        auto work = store->begin("set up");
        store->setActor("李明");
        SiteService sites(*store);
        sites.addSite({0, "CX-CLK", "长兴熟料生产基地", "浙江", "", 100});
        sites.addSite({0, "HZ-HQ", "杭州总部", "浙江", "", 100});
        work->commit();
    }

    /** The context acting as `actor` (the project's user when empty). */
    ServiceContext as(const std::string& actor = {}) { return ServiceContext(*store, clock, actor); }

    /** A valid plan for 2026 over `clauses`, led by 李明 of 质量部. */
    static Audit draft(const std::string& clauses = "6.2,9.4") {
        Audit a;
        a.title = "碳排放核算专项审核";
        a.objective = "确认核算过程符合标准要求";
        a.criteria = "《工业碳中和管理体系 要求》及公司程序文件";
        a.clauseSelection = clauses;
        a.sites = {"CX-CLK"};
        a.processes = {{"排放核算", "能源管理部", "张伟"}};
        a.startDate = "2026-03-10";
        a.endDate = "2026-03-12";
        a.lead = {"李明", "质量部"};
        a.team = {{"王芳", "财务部"}};
        a.auditees = {"张伟"};
        return a;
    }

    Audit plan(const std::string& clauses = "6.2,9.4") { return AuditPlanService(as()).plan(draft(clauses)); }

    Audit requireAuditFor(AuditId id) { return *store->audits().find(id); }

    TempDir dir;
    FixedClock clock{"2026-03-15"};
    std::unique_ptr<ProjectStore> store;
};

}  // namespace cnms::test
