// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/Organization.h"
#include "cnms/core/Site.h"
#include "cnms/core/TextUtil.h"

using namespace cnms;

namespace {
bool hasIssue(const std::vector<FieldIssue>& issues, const std::string& field, const std::string& code) {
    for (const auto& i : issues)
        if (i.field == field && i.code == code) return true;
    return false;
}
}  // namespace

TEST(OrganizationValidation, NameIsRequiredAndCodesAreChecked) {
    Organization org;
    org.name = "  ";
    org.creditCode = "91350100M000100Y44";
    org.industryCode = "X99";
    auto issues = validate(org);
    EXPECT_TRUE(hasIssue(issues, "name", "required"));
    EXPECT_TRUE(hasIssue(issues, "credit_code", "credit_code_invalid"));
    EXPECT_TRUE(hasIssue(issues, "industry_code", "industry_code_invalid"));
}

TEST(OrganizationValidation, EmptyCodesAreAllowedUntilKnown) {
    Organization org;
    org.name = "示例公司";
    EXPECT_TRUE(validate(org).empty());
}

TEST(Consolidation, RoundTripsThroughItsName) {
    for (auto c : {Consolidation::OperationalControl, Consolidation::FinancialControl, Consolidation::EquityShare})
        EXPECT_EQ(consolidationFromString(toString(c)), c);
    EXPECT_FALSE(consolidationFromString("control").has_value());
}

TEST(SiteValidation, ReportsEveryProblem) {
    Site site;
    site.code = "A B";
    site.equitySharePct = 120;
    auto issues = validate(site);
    EXPECT_TRUE(hasIssue(issues, "code", "code_invalid"));
    EXPECT_TRUE(hasIssue(issues, "name", "required"));
    EXPECT_TRUE(hasIssue(issues, "equity_share", "out_of_range"));
}

TEST(SiteValidation, AcceptsAGoodSite) {
    EXPECT_TRUE(validate(Site{0, "CX-CLK", "长兴熟料生产基地", "浙江", "", 100.0}).empty());
}

TEST(ClauseCatalogue, ShipsClausesFourToTenWithTheirChildren) {
    const auto& cat = ClauseCatalogue::shipped();
    for (auto top : {"4", "5", "6", "7", "8", "9", "10"}) {
        auto clause = cat.find(top);
        ASSERT_TRUE(clause.has_value()) << top;
        EXPECT_FALSE(clause->titleZh.empty());
        EXPECT_FALSE(clause->titleEn.empty());
        EXPECT_FALSE(cat.children(top).empty()) << top;
    }
    EXPECT_EQ(cat.find("8")->pdca, Pdca::Do);
    EXPECT_EQ(cat.find("9.4")->pdca, Pdca::Check);
}

TEST(TextUtil, ValidatesUtf8) {
    EXPECT_TRUE(text::isValidUtf8("浙江 abc"));
    EXPECT_FALSE(text::isValidUtf8("\xD5\xE3\xBD\xAD"));  // 浙江 in GBK
    EXPECT_FALSE(text::isValidUtf8("\xE6\xB5"));          // truncated sequence
}

TEST(ClauseCatalogue, CarriesChecksAndTypedRecords) {
    const auto& cat = ClauseCatalogue::shipped();
    auto boundary = cat.find("4.3");
    ASSERT_TRUE(boundary.has_value());
    EXPECT_GE(boundary->checks.size(), 2u);
    EXPECT_TRUE(boundary->requiresRecordType("site"));
    EXPECT_TRUE(boundary->requiresRecordType("organization"));
    EXPECT_FALSE(boundary->requiresRecordType("audit"));
    EXPECT_FALSE(cat.recordTypes().empty());
    for (const auto& c : cat.clauses()) {
        if (!c.parent.empty() && cat.children(c.id).empty()) {
            EXPECT_FALSE(c.records.empty()) << c.id;
        }
    }
}
