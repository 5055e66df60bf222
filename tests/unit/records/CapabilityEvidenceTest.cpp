// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "TempDir.h"
#include "cnms/core/DemoProject.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/records/CapabilityEvidenceProvider.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/Today.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::records;

namespace {

Evidence evidenceOf(ProjectStore& store, const std::string& type, const std::string& today = "2026-03-01") {
    return CapabilityEvidenceProvider(store).evidence({type, today, std::nullopt});
}

class NeutralityEvidence : public ::testing::Test {
protected:
    void SetUp() override {
        Organization org;
        org.name = "测试公司";
        store = storage::createProject(dir.file("p.cnms"), org);
    }
    neutrality::Target target() {
        neutrality::Target t;
        t.name = "2030 绝对减排";
        t.scopes = {1, 2};
        t.baseYear = 2023;
        t.baseValue = 1e6;
        t.targetYear = 2030;
        t.reductionPct = 30;
        return t;
    }
    neutrality::ReductionMeasure measure(neutrality::MeasureStatus status) {
        neutrality::ReductionMeasure m;
        m.title = "余热发电";
        m.expectedAnnualTco2e = 9000;
        m.status = status;
        return m;
    }
    neutrality::OffsetCredit credit(std::string serial, neutrality::CreditStatus status, std::string claim) {
        return {0, "CCER", "P-1", "Wind farm", neutrality::CreditType::Avoidance, 2023, std::move(serial), 100,
                status, status == neutrality::CreditStatus::Retired ? "2025-03-01" : "", "测试公司", std::move(claim)};
    }
    test::TempDir dir;
    std::unique_ptr<ProjectStore> store;
};

}  // namespace

TEST_F(NeutralityEvidence, ThePlanIsTargetsWithCommittedMeasures) {
    neutrality::NeutralityService service(*store);
    service.addMeasure(measure(neutrality::MeasureStatus::Planned));
    EXPECT_EQ(evidenceOf(*store, "neutrality_plan").present, 0);  // measures without a target are no plan
    service.addTarget(target());
    EXPECT_EQ(evidenceOf(*store, "neutrality_plan").present, 1);
    service.addMeasure(measure(neutrality::MeasureStatus::Idea));  // an idea is not yet committed
    EXPECT_EQ(evidenceOf(*store, "neutrality_plan").present, 1);
}

TEST_F(NeutralityEvidence, AClaimIsWhatRetiredCreditsWereRetiredFor) {
    neutrality::NeutralityService service(*store);
    EXPECT_EQ(evidenceOf(*store, "neutrality_claim").present, 0);
    service.addCredit(credit("CCER-1-000001~CCER-1-000100", neutrality::CreditStatus::Active, ""));
    EXPECT_EQ(evidenceOf(*store, "neutrality_claim").present, 0);
    service.addCredit(credit("CCER-1-000101~CCER-1-000200", neutrality::CreditStatus::Retired, "2024 年度碳中和"));
    service.addCredit(credit("CCER-1-000201~CCER-1-000300", neutrality::CreditStatus::Retired, "2024 年度碳中和"));
    const auto e = evidenceOf(*store, "neutrality_claim");
    EXPECT_EQ(e.present, 1);  // two credits, one claim
    EXPECT_EQ(e.approved, 1);
}

TEST_F(NeutralityEvidence, AnEvaluationNeedsATargetsBaseYearWithData) {
    EXPECT_EQ(evidenceOf(*store, "neutrality_evaluation").present, 0);
    neutrality::NeutralityService(*store).addTarget(target());
    EXPECT_EQ(evidenceOf(*store, "neutrality_evaluation").present, 0);  // no activity data for 2023
}

TEST(CapabilityEvidence, TheDemoShowsItsAuditAndNeutralityRecords) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("demo.cnms"), demo::organization());
    demo::populate(*store);
    const auto today = SystemToday().date();

    // Audits 1 and 2 are completed with every checklist item answered; the special audit is only planned.
    const auto findings = evidenceOf(*store, "finding", today);
    EXPECT_GT(findings.present, 0);
    EXPECT_EQ(findings.approved, findings.present);
    // The meter NC has an action due Dec 31 of last year, still open (AuditDemo.cpp).
    EXPECT_EQ(evidenceOf(*store, "nonconformity", today).present, 5);
    EXPECT_EQ(evidenceOf(*store, "nonconformity", today).overdue, 1);
    // Actions: the audits' four and the held management review's two (DemoReview.cpp), whose open one
    // was due Dec 31 of last year.
    EXPECT_EQ(evidenceOf(*store, "corrective_action", today).present, 6);
    EXPECT_EQ(evidenceOf(*store, "corrective_action", today).overdue, 2);
    // Measures: two done, one implementing, one planned, one idea → 4 committed.
    EXPECT_EQ(evidenceOf(*store, "neutrality_plan", today).present, 4);
    // Base year 2023 and 2024 both have data.
    EXPECT_EQ(evidenceOf(*store, "neutrality_evaluation", today).present, 2);
    EXPECT_EQ(evidenceOf(*store, "neutrality_claim", today).present, 1);

    const auto report = projectReadiness(*store).evaluate(today);
    for (const auto& clause : report.clauses)
        for (const auto& r : clause.requirements)
            if (r.record.recordType == "finding" || r.record.recordType.rfind("neutrality_", 0) == 0) {
                EXPECT_NE(r.gap, Gap::NotTracked) << r.record.id;
            }
    EXPECT_EQ(report.clause("9.2")->status, ReadinessStatus::Met);
    EXPECT_EQ(report.clause("9.4")->status, ReadinessStatus::Met);
    // An overdue corrective action leaves the improvement clause partly met.
    EXPECT_EQ(report.clause("10.1")->status, ReadinessStatus::PartlyMet);
    EXPECT_EQ(report.clause("10.1")->fixRecordType, "nonconformity");
}
