// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cstdio>

#include "ReviewFixture.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/core/DemoProject.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/review/ReviewInputCompiler.h"

namespace cnms::test {
namespace {

using namespace cnms::review;

class ReviewInputCompilerTest : public ReviewFixture {
protected:
    std::vector<ReviewFact> facts(const ManagementReview& r, InputKind kind) {
        auto inputs = compileInputs(*store, r);
        for (const auto& in : inputs)
            if (in.kind == kind) return in.facts;
        ADD_FAILURE() << "input not compiled";
        return {};
    }

    static const ReviewFact* find(const std::vector<ReviewFact>& facts, const std::string& code, std::size_t nth = 0) {
        for (const auto& f : facts)
            if (f.code == code && nth-- == 0) return &f;
        return nullptr;
    }

    void insertRecord(const std::string& type, nlohmann::json fields) {
        records::RegisterRecord rec;
        rec.type = type;
        rec.fields = std::move(fields);
        auto work = store->begin("test data");
        store->registers().insert(rec);
        work->commit();
    }

    void insertNc(const std::string& raisedOn, NcState state, const std::string& closedOn = {}) {
        Nonconformity nc;
        nc.source = NcSource::Monitoring;
        nc.clauseId = "9.1";
        nc.description = "月度电表读数缺失";
        nc.raisedBy = "李明";
        nc.raisedOn = raisedOn;
        nc.state = state;
        nc.closedOn = closedOn;
        auto work = store->begin("test data");
        store->nonconformities().insert(nc);
        work->commit();
    }
};

TEST_F(ReviewInputCompilerTest, PreviousActionsCountThoseOfEarlierReviewsAsOfTheMeeting) {
    auto earlier = service().create(draft("2025-03-10"));
    auto a1 = service().addAction(earlier.id, act("更换熟料线电表", "张伟", "2025-06-30"));
    service().addAction(earlier.id, act("编制碳中和手册", "王芳", "2026-03-01"));
    service().addAction(earlier.id, act("培训内审员", "李明", "2026-04-30"));
    auto work = store->begin("implement");
    a1.status = ActionStatus::Implemented;
    a1.implementedOn = "2025-06-20";
    store->actions().update(a1);
    work->commit();
    auto current = service().create(draft("2026-03-10"));
    service().addAction(current.id, act("本次评审的措施", "张伟", "2026-01-01"));  // its own: not counted
    service().create(draft("2026-09-01"));                                                  // a later review

    auto f = facts(current, InputKind::PreviousActions);
    ASSERT_TRUE(find(f, "previous_actions"));
    // 3 actions: A-0001 implemented; A-0002 due 2026-03-01 is overdue on 2026-03-10; A-0003 due later is open.
    EXPECT_EQ(find(f, "previous_actions")->args, (std::vector<std::string>{"3", "1", "2", "1"}));
    ASSERT_TRUE(find(f, "previous_action_open", 1));
    EXPECT_EQ(find(f, "previous_action_open")->args,
              (std::vector<std::string>{"A-0002", "编制碳中和手册", "王芳", "2026-03-01"}));
    EXPECT_FALSE(find(f, "previous_action_open", 2));

    auto first = facts(earlier, InputKind::PreviousActions);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first.front().code, "no_previous_actions");
}

TEST_F(ReviewInputCompilerTest, ChangesCountRecordsAddedInThePeriod) {
    insertRecord("context_issue", {{"title", "全国碳市场纳入水泥行业"}, {"origin", "external"}});
    insertRecord("risk_opportunity", {{"title", "配额收紧"}, {"kind", "risk"}});
    auto r = draft();
    // The repository stamps records with the real time: a wide period covers it.
    r.periodFrom = "2000-01-01";
    r.periodTo = "2099-12-31";
    auto f = facts(r, InputKind::Changes);
    EXPECT_EQ(find(f, "changes_context_issue")->args, (std::vector<std::string>{"1", "0", "1"}));
    EXPECT_EQ(find(f, "changes_interested_party")->args, (std::vector<std::string>{"0", "0", "0"}));
    EXPECT_EQ(find(f, "changes_risk_opportunity")->args, (std::vector<std::string>{"1", "0", "1"}));
    EXPECT_EQ(find(f, "changed_record")->args, std::vector<std::string>{"全国碳市场纳入水泥行业"});

    r.periodFrom = "2001-01-01";
    r.periodTo = "2001-12-31";
    f = facts(r, InputKind::Changes);
    EXPECT_EQ(find(f, "changes_context_issue")->args, (std::vector<std::string>{"0", "0", "1"}));
    EXPECT_FALSE(find(f, "changed_record"));
}

TEST_F(ReviewInputCompilerTest, NonconformitiesInThePeriodAndOpenNow) {
    insertNc("2025-02-01", NcState::Closed, "2025-04-01");  // raised and closed in 2025
    insertNc("2025-11-20", NcState::ActionPlanned);         // raised in 2025, open
    insertNc("2024-12-30", NcState::Raised);                // raised before, still open
    auto f = facts(draft(), InputKind::Nonconformities);
    EXPECT_EQ(find(f, "nc_summary")->args, (std::vector<std::string>{"2", "1", "2"}));
    EXPECT_EQ(find(f, "nc_open")->args,
              (std::vector<std::string>{"NC-0002", "minor", "action_planned", "月度电表读数缺失"}));
    EXPECT_EQ(find(f, "corrective_actions")->args, (std::vector<std::string>{"0", "0"}));
}

TEST_F(ReviewInputCompilerTest, ComplianceMonitoringCommunicationsAndResourcesOfThePeriod) {
    insertRecord("compliance_evaluation", {{"title", "排污许可年度评价"}, {"evaluated_on", "2025-06-01"}, {"result", "compliant"}});
    insertRecord("compliance_evaluation", {{"title", "碳排放报告报送"}, {"evaluated_on", "2025-09-01"}, {"result", "partly"}});
    insertRecord("compliance_evaluation", {{"title", "2024年评价"}, {"evaluated_on", "2024-09-01"}, {"result", "non_compliant"}});
    insertRecord("compliance_obligation", {{"title", "排污许可"}, {"next_evaluation_due", "2026-01-31"}, {"status", "active"}});
    insertRecord("compliance_obligation", {{"title", "旧规"}, {"next_evaluation_due", "2025-01-31"}, {"status", "withdrawn"}});
    insertRecord("monitoring_result", {{"title", "熟料线电耗"}, {"period", "2025-07"}, {"measured_on", "2025-08-02"}, {"deviation", true}});
    insertRecord("monitoring_result", {{"title", "粉磨电耗"}, {"period", "2025-07"}, {"measured_on", "2025-08-02"}, {"deviation", false}});
    insertRecord("communication", {{"subject", "客户询问产品碳足迹"}, {"direction", "incoming"}, {"party", "海螺建材"}, {"date", "2025-05-06"}});
    insertRecord("communication", {{"subject", "发布年度报告"}, {"direction", "outgoing"}, {"date", "2025-05-07"}});
    insertRecord("resource_plan", {{"title", "在线监测系统"}, {"year", 2025}, {"amount", 120.5}});
    insertRecord("resource_plan", {{"title", "余热发电"}, {"year", 2025}, {"amount", 800}});
    insertRecord("resource_plan", {{"title", "2026年预算"}, {"year", 2026}, {"amount", 50}});
    auto r = draft();
    auto inputs = compileInputs(*store, r);
    auto of = [&](InputKind k) { return inputs[static_cast<std::size_t>(k)].facts; };

    EXPECT_EQ(find(of(InputKind::ComplianceEvaluation), "compliance_summary")->args,
              (std::vector<std::string>{"2", "1", "1", "0"}));
    EXPECT_EQ(find(of(InputKind::ComplianceEvaluation), "compliance_finding")->args,
              std::vector<std::string>{"碳排放报告报送"});
    // Due 2026-01-31, before the meeting on 2026-03-10; the withdrawn one does not count.
    EXPECT_EQ(find(of(InputKind::ComplianceEvaluation), "compliance_overdue")->args, std::vector<std::string>{"1"});
    EXPECT_EQ(find(of(InputKind::MonitoringResults), "monitoring_summary")->args,
              (std::vector<std::string>{"2", "1"}));
    EXPECT_EQ(find(of(InputKind::MonitoringResults), "monitoring_deviation")->args,
              (std::vector<std::string>{"熟料线电耗", "2025-07"}));
    EXPECT_EQ(find(of(InputKind::Communications), "communications_summary")->args, std::vector<std::string>{"1"});
    EXPECT_EQ(find(of(InputKind::Communications), "communication_incoming")->args,
              (std::vector<std::string>{"2025-05-06", "海螺建材", "客户询问产品碳足迹"}));
    // 120.5 + 800 = 920.5 for the plans of 2025; the 2026 plan is outside the period.
    EXPECT_EQ(find(of(InputKind::Resources), "resources_summary")->args, (std::vector<std::string>{"2", "920.50"}));
}

TEST_F(ReviewInputCompilerTest, AnEmptyProjectSaysWhatIsMissing) {
    auto f = facts(draft(), InputKind::CarbonPerformance);
    EXPECT_TRUE(find(f, "no_inventory"));
    EXPECT_TRUE(find(f, "no_targets"));
    EXPECT_EQ(find(f, "credits")->args, (std::vector<std::string>{"0", "0", "0.00"}));
    EXPECT_FALSE(find(f, "year_total"));
    EXPECT_EQ(facts(draft(), InputKind::AuditResults).front().code, "no_audits");
}

TEST_F(ReviewInputCompilerTest, CarbonPerformanceOfTheDemoAgreesWithTheInventory) {
    demo::populate(*store);
    auto r = draft();
    r.periodFrom = "2024-01-01";
    r.periodTo = "2024-12-31";
    auto f = facts(r, InputKind::CarbonPerformance);
    accounting::InventoryService inventory(*store);
    double t2023 = inventory.inventory(2023).totalTco2e, t2024 = inventory.inventory(2024).totalTco2e;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", t2023);
    EXPECT_EQ(find(f, "year_total", 0)->args, (std::vector<std::string>{"2023", buf}));
    std::snprintf(buf, sizeof buf, "%.2f", t2024);
    EXPECT_EQ(find(f, "year_total", 1)->args, (std::vector<std::string>{"2024", buf}));
    std::snprintf(buf, sizeof buf, "%.1f", (t2024 - t2023) / t2023 * 100.0);
    EXPECT_EQ(find(f, "year_change")->args, (std::vector<std::string>{"2024", "2023", buf}));
    EXPECT_TRUE(find(f, "target_progress"));
    // The demo's figures (src/core/demo/DemoProduction.cpp): 1 480 000 t cement and 49 580 (10^4 CNY)
    // in 2024, 1 450 000 t cement in 2023.
    EXPECT_FALSE(find(f, "intensity_unavailable"));
    std::snprintf(buf, sizeof buf, "%.4f", t2024 / 1'480'000.0);
    EXPECT_EQ(find(f, "intensity_output")->args, (std::vector<std::string>{"2024", buf, "t cement"}));
    std::snprintf(buf, sizeof buf, "%.4f", t2024 / 49'580.0);
    EXPECT_EQ(find(f, "intensity_revenue")->args, (std::vector<std::string>{"2024", buf, "10^4 CNY"}));
    const double i2023 = t2023 / 1'450'000.0, i2024 = t2024 / 1'480'000.0;
    std::snprintf(buf, sizeof buf, "%.1f", (i2024 - i2023) / i2023 * 100.0);
    EXPECT_EQ(find(f, "intensity_change")->args, (std::vector<std::string>{"2024", "2023", buf}));
    ASSERT_TRUE(find(f, "neutrality_balance"));
    EXPECT_EQ(find(f, "neutrality_balance")->args[0], "2024");
    EXPECT_TRUE(find(f, "neutral_no") || find(f, "neutral_yes"));

    // A period ending in 2023 sees only 2023.
    r.periodFrom = "2023-01-01";
    r.periodTo = "2023-12-31";
    f = facts(r, InputKind::CarbonPerformance);
    EXPECT_TRUE(find(f, "year_total", 0));
    EXPECT_FALSE(find(f, "year_total", 1));
    EXPECT_FALSE(find(f, "year_change"));
}

// Hand calculation from the demo data: the organization's scope 1+2 tCO2e of 2024 over its
// 1 480 000 t cement (src/core/demo/DemoProduction.cpp).
TEST_F(ReviewInputCompilerTest, AnIntensityTargetIsEvaluatedPerUnitOfItsFigure) {
    demo::populate(*store);
    neutrality::Target target;
    target.name = "水泥单位产品碳排放强度下降 8 %";
    target.kind = neutrality::TargetKind::Intensity;
    target.scopes = {1, 2};
    target.intensityUnit = "t cement";
    target.baseYear = 2023;
    target.baseValue = 0.6;
    target.targetYear = 2030;
    target.reductionPct = 8;
    neutrality::NeutralityService(*store).addTarget(target);
    auto r = draft();
    r.periodFrom = "2024-01-01";
    r.periodTo = "2024-12-31";
    const auto f = facts(r, InputKind::CarbonPerformance);
    const auto* fact = find(f, "target_progress_intensity");
    ASSERT_TRUE(fact);
    const auto inv = accounting::InventoryService(*store).inventory(2024);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", (inv.scopeTco2e(1) + inv.scopeTco2e(2)) / 1'480'000.0);
    EXPECT_EQ(fact->args[1], "2024");
    EXPECT_EQ(fact->args[2], buf);
    EXPECT_EQ(fact->args[4], "tCO2e/t cement");
}

}  // namespace
}  // namespace cnms::test
