// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "RegisterFixture.h"
#include "cnms/core/DemoProject.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/records/ReadinessGuidance.h"

using namespace cnms;
using namespace cnms::records;

namespace {

/** A provider answering fixed evidence for some record types, as another capability would. */
class FixedProvider : public RecordEvidenceProvider {
public:
    FixedProvider(std::vector<std::string> types, Evidence e) : m_types(std::move(types)), m_e(e) {}
    std::vector<std::string> recordTypes() const override { return m_types; }
    Evidence evidence(const EvidenceQuery&) const override { return m_e; }

private:
    std::vector<std::string> m_types;
    Evidence m_e;
};

std::size_t leafCount() {
    std::size_t n = 0;
    for (const auto& c : ClauseCatalogue::shipped().clauses()) n += c.records.empty() ? 0 : 1;
    return n;
}

}  // namespace

TEST(Readiness, StatusRulesAndPercentageOnASmallCatalogue) {
    auto catalogue = ClauseCatalogue::fromJson(R"({"clauses":[
        {"id":"A","title_zh":"甲","title_en":"A","pdca":"plan"},
        {"id":"A.1","parent":"A","title_zh":"甲一","title_en":"A1","pdca":"plan","records":[
            {"id":"A.1-R1","record_type":"x"},{"id":"A.1-R2","record_type":"y"}]},
        {"id":"A.2","parent":"A","title_zh":"甲二","title_en":"A2","pdca":"plan","records":[{"id":"A.2-R1","record_type":"y"}]},
        {"id":"B","title_zh":"乙","title_en":"B","pdca":"check","records":[{"id":"B-R1","record_type":"z"}]}]})");
    ReadinessService service(catalogue);
    service.addProvider(std::make_shared<FixedProvider>(std::vector<std::string>{"x"}, Evidence{2, 2, 0}));
    service.addProvider(std::make_shared<FixedProvider>(std::vector<std::string>{"y"}, Evidence{1, 1, 1}));
    auto report = service.evaluate("2025-06-01");
    ASSERT_EQ(report.clauses.size(), 3u);                                 // A is a grouping entry
    EXPECT_EQ(report.clause("A.1")->status, ReadinessStatus::PartlyMet);  // x ok, y overdue
    EXPECT_EQ(report.clause("A.1")->fixRecordType, "y");
    EXPECT_EQ(report.clause("A.1")->requirements[1].gap, Gap::Overdue);
    EXPECT_EQ(report.clause("A.2")->status, ReadinessStatus::PartlyMet);
    EXPECT_EQ(report.clause("B")->status, ReadinessStatus::Missing);
    EXPECT_EQ(report.clause("B")->requirements[0].gap, Gap::NotTracked);
    // (0 met + 0.5 × 2 partly) / 3 leaves = 33.3 %
    EXPECT_NEAR(report.percent, 100.0 / 3.0, 1e-9);
    EXPECT_EQ(report.group("A")->partlyMet, 2);
    EXPECT_DOUBLE_EQ(report.group("A")->percent, 50.0);
    EXPECT_DOUBLE_EQ(report.phasePercent(Pdca::Check), 0.0);

    // A later provider takes over a type: y now fully in place, so A.2 is met.
    service.addProvider(std::make_shared<FixedProvider>(std::vector<std::string>{"y"}, Evidence{1, 1, 0}));
    report = service.evaluate("2025-06-01");
    EXPECT_EQ(report.clause("A.1")->status, ReadinessStatus::Met);
    EXPECT_EQ(report.clause("A.2")->status, ReadinessStatus::Met);
    EXPECT_EQ(report.group("A")->status, ReadinessStatus::Met);
    EXPECT_NEAR(report.percent, 200.0 / 3.0, 1e-9);  // 2 met of 3

    // Present but not approved is a gap too.
    service.addProvider(std::make_shared<FixedProvider>(std::vector<std::string>{"x"}, Evidence{1, 0, 0}));
    EXPECT_EQ(service.evaluate("2025-06-01").clause("A.1")->requirements[0].gap, Gap::Unapproved);
}

TEST(Readiness, AFreshProjectIsZeroPercentAndNamesEveryGap) {
    test::TempDir dir;
    Organization org;
    org.name = "新建公司";  // what `cnms init --org` creates: a name and nothing else
    auto store = storage::createProject(dir.file("fresh.cnms"), org);
    auto report = projectReadiness(*store).evaluate("2025-06-01");
    EXPECT_EQ(report.clauses.size(), leafCount());
    EXPECT_EQ(report.percent, 0.0);
    EXPECT_EQ(report.met, 0);
    EXPECT_EQ(report.partlyMet, 0);
    EXPECT_EQ(report.missing, static_cast<int>(leafCount()));
    for (const auto& c : report.clauses) {
        EXPECT_EQ(c.status, ReadinessStatus::Missing) << c.clauseId;
        EXPECT_EQ(c.fixRecordType, c.requirements.front().record.recordType) << c.clauseId;
        for (const auto& r : c.requirements) EXPECT_NE(r.gap, Gap::None) << r.record.id;
    }
    for (const auto& g : report.groups) EXPECT_EQ(g.status, ReadinessStatus::Missing) << g.clauseId;
}

TEST_F(RegisterFixture, SitesAloneLeaveTheScopeClausePartlyMet) {
    auto report = projectReadiness(*store).evaluate("2025-06-01");
    EXPECT_EQ(report.clause("4.3")->status, ReadinessStatus::PartlyMet);
    EXPECT_EQ(report.clause("4.3")->requirements[1].evidence.present, 2);  // the fixture's two sites
    EXPECT_EQ(report.clause("4.3")->fixRecordType, "scope_statement");
    EXPECT_EQ(report.met, 0);
    EXPECT_EQ(report.partlyMet, 1);
}

TEST_F(RegisterFixture, FillingAClauseRecordsMovesItToMet) {
    RegisterService service(*store);
    auto readiness = projectReadiness(*store);
    service.add(make("context_issue", {{"title", "全国碳市场纳入水泥行业"},
                                       {"origin", "external"},
                                       {"category", "market"},
                                       {"effect", "adverse"},
                                       {"effect_description", "配额收紧"},
                                       {"last_reviewed", "2025-03-01"},
                                       {"review_due", "2026-03-01"}}));
    auto report = readiness.evaluate("2025-06-01");
    EXPECT_EQ(report.clause("4.1")->status, ReadinessStatus::Met);
    EXPECT_EQ(report.clause("4.1")->requirements[0].evidence.present, 1);
    // 4.1 met, 4.3 partly met (the sites): (1 + 0.5) / leaves
    EXPECT_NEAR(report.percent, 150.0 / static_cast<double>(leafCount()), 1e-9);
    // A year later the review is overdue and the clause drops to partly met.
    auto later = readiness.evaluate("2026-03-02");
    EXPECT_EQ(later.clause("4.1")->status, ReadinessStatus::PartlyMet);
    EXPECT_EQ(later.clause("4.1")->requirements[0].gap, Gap::Overdue);

    // The policy clause needs an approved policy and a record of its communication.
    service.add(policy("节能降碳", false));
    report = readiness.evaluate("2025-06-01");
    EXPECT_EQ(report.clause("5.2")->status, ReadinessStatus::PartlyMet);
    EXPECT_EQ(report.clause("5.2")->requirements[0].gap, Gap::Unapproved);
    auto draft = service.list("policy")[0];
    draft.fields["approved_by"] = "总经理";
    draft.fields["approved_on"] = "2025-01-06";
    service.update(draft);
    // A communication about something else does not show the policy was communicated (filter).
    nlohmann::json comm = {
        {"subject", "年度排放报告报送"}, {"entry_kind", "log"},  {"direction", "outgoing"}, {"topic", "regulatory"},
        {"party", "湖州市生态环境局"},   {"date", "2025-03-20"}, {"channel", "report"}};
    service.add(make("communication", comm));
    EXPECT_EQ(readiness.evaluate("2025-06-01").clause("5.2")->requirements[1].gap, Gap::Missing);
    comm["topic"] = "policy";
    comm["subject"] = "全员大会传达碳中和方针";
    service.add(make("communication", comm));
    EXPECT_EQ(readiness.evaluate("2025-06-01").clause("5.2")->status, ReadinessStatus::Met);
}

TEST_F(RegisterFixture, OrganizationAndSitesAloneDoNotMeetTheScopeClause) {
    auto org = store->organization().get();
    org.creditCode = "91330522MA2B3C4D57";
    org.industryCode = "C3011";
    {
        auto work = store->begin("org");
        store->organization().save(org);
        work->commit();
    }
    auto report = projectReadiness(*store).evaluate("2025-06-01");
    EXPECT_EQ(report.clause("4.3")->status, ReadinessStatus::PartlyMet);  // scope statement missing
    EXPECT_EQ(report.clause("4.3")->fixRecordType, "scope_statement");
}

TEST(Readiness, GuidanceHasAnExampleForEveryLeafClauseAndValidFilters) {
    const auto& guidance = ReadinessGuidance::shipped();
    for (const auto& c : ClauseCatalogue::shipped().clauses()) {
        if (c.records.empty()) continue;
        const auto* e = guidance.example(c.id);
        ASSERT_NE(e, nullptr) << c.id;
        EXPECT_FALSE(e->zh.empty());
        EXPECT_FALSE(e->en.empty());
        EXPECT_FALSE(c.guidanceZh.empty());
    }
    for (const auto& [recordId, filter] : guidance.filters()) {
        const ClauseRecord* found = nullptr;
        for (const auto& c : ClauseCatalogue::shipped().clauses())
            for (const auto& r : c.records)
                if (r.id == recordId) found = &r;
        ASSERT_NE(found, nullptr) << recordId;
        const auto& schema = RegisterSchemas::shipped().get(found->recordType);
        const auto* field = schema.field(filter.field);
        ASSERT_NE(field, nullptr) << recordId;
        for (const auto& v : filter.values) EXPECT_NE(field->option(v), nullptr) << recordId << " " << v;
    }
}

TEST(Readiness, TheDemoProjectIsPartlyReadyWithItsDeliberateGaps) {
    test::TempDir dir;
    auto store = storage::createProject(dir.file("demo.cnms"), demo::organization());
    demo::populate(*store);
    RegisterService service(*store);
    for (const auto& schema : service.schemas().all()) {
        if (schema.type == "design_review") {
            EXPECT_TRUE(service.list(schema.type).empty());  // the gap left on purpose
            continue;
        }
        EXPECT_FALSE(service.list(schema.type).empty()) << schema.type;
        for (const auto& r : service.list(schema.type))
            EXPECT_TRUE(service.check(r).empty()) << schema.type << " #" << r.id;
    }
    auto today = SystemToday().date();
    auto report = projectReadiness(*store).evaluate(today);
    EXPECT_GT(report.percent, 0.0);
    EXPECT_LT(report.percent, 100.0);
    EXPECT_EQ(report.clause("4.3")->status, ReadinessStatus::Met);
    EXPECT_EQ(report.clause("5.2")->status, ReadinessStatus::Met);
    EXPECT_EQ(report.clause("8.2")->status, ReadinessStatus::Missing);
    EXPECT_EQ(report.clause("7.1.4")->status, ReadinessStatus::PartlyMet);
    EXPECT_EQ(report.clause("7.1.4")->requirements[0].gap, Gap::Overdue);
    EXPECT_EQ(report.clause("8.3")->requirements[1].gap, Gap::Missing);  // no supplier evaluation yet
    auto overdue = service.overdue(SystemToday());
    ASSERT_FALSE(overdue.empty());
    EXPECT_EQ(overdue.front().title, "入窑煤皮带秤 ICS-20");
    EXPECT_EQ(overdue.front().daysOverdue, 12);
    // The scope statement and the data procedure each kept their first version.
    EXPECT_EQ(service.list("scope_statement", {.search = "", .includeSuperseded = true}).size(), 2u);
}
