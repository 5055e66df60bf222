// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <set>

#include "TempDir.h"
#include "cnms/audit/AuditDemo.h"
#include "cnms/audit/AuditProgrammeService.h"
#include "cnms/audit/AuditReport.h"
#include "cnms/audit/NonconformityService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/core/IsoDate.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

TEST(AuditDemo, LastYearsAuditsCoverEverythingAndLeaveNcsInSeveralStatesOneOverdue) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("demo.cnms"), demo::organization());
    demo::populate(*store);
    const auto& clock = Clock::system();
    int lastYear = iso_date::year(clock.today()) - 1;
    ServiceContext ctx(*store, clock);

    auto coverage = AuditProgrammeService(ctx).coverage(lastYear);
    ASSERT_EQ(coverage.audits.size(), 2u);
    EXPECT_TRUE(coverage.clausesComplete());
    EXPECT_TRUE(coverage.uncoveredSites().empty());
    for (const auto& audit : coverage.audits) {
        EXPECT_TRUE(audit.isCompleted()) << audit.code;
        EXPECT_EQ(audit.code.substr(0, 8), "IA-" + std::to_string(lastYear) + "-");
        auto report = buildAuditReport(*store, audit.id);
        EXPECT_EQ(report.answered(), static_cast<int>(report.items.size()));
        EXPECT_FALSE(report.nonconformities.empty());
        EXPECT_FALSE(report.scores.empty());
    }
    EXPECT_EQ(coverage.audits[1].independence.size(), 1u);

    std::multiset<NcState> states;
    int overdue = 0;
    for (const auto& row : NonconformityService(ctx).overview()) {
        states.insert(row.nc.state);
        overdue += row.overdue ? 1 : 0;
    }
    EXPECT_EQ(states, (std::multiset<NcState>{NcState::Raised, NcState::Contained, NcState::ActionPlanned,
                                              NcState::Implemented, NcState::Closed}));
    EXPECT_EQ(overdue, 1);
    EXPECT_EQ(store->audits().list().size(), 3u) << "and this year's first planned audit";
}

TEST(AuditDemo, DatesFollowTheClock) {
    test::TempDir dir;
    Organization org = demo::organization();
    auto store = storage::createProject(dir.file("demo.cnms"), org);
    {
        auto work = store->begin("sites");
        SiteService sites(*store);
        for (const char* code : {"CX-CLK", "HZ-GRD", "HZ-HQ"}) sites.addSite({0, code, code, "浙江", "", 100});
        work->commit();
    }
    FixedClock clock("2026-03-15");
    demo::populateAudit(*store, clock);
    auto audits = store->audits().list();
    ASSERT_EQ(audits.size(), 3u);
    EXPECT_EQ(audits[0].code, "IA-2025-01");
    EXPECT_EQ(audits[0].completedOn, "2025-10-22");
    EXPECT_EQ(audits[1].completedOn, "2025-11-19");
    EXPECT_EQ(audits[2].code, "IA-2026-01");
    EXPECT_EQ(audits[2].startDate, "2026-04-14");
    EXPECT_EQ(audits[2].status, AuditStatus::Planned);
    NonconformityService ncs(ServiceContext(*store, clock));
    auto closed = ncs.get(1);
    EXPECT_EQ(closed.state, NcState::Closed);
    EXPECT_EQ(closed.closedOn, "2025-12-15");
    EXPECT_EQ(closed.verifiedBy, "李明");
    auto overdue = ncs.overview();
    EXPECT_TRUE(overdue[2].overdue);
    EXPECT_EQ(overdue[2].nextDue, "2025-12-31");
    EXPECT_EQ(overdue[4].nc.raisedOn, "2026-03-15");
    EXPECT_EQ(overdue[4].nc.source, NcSource::ComplianceEvaluation);
}
