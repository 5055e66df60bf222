// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/records/RegisterRecord.h"
#include "cnms/records/Today.h"

using namespace cnms;
using namespace cnms::records;

namespace {

RegisterRecord risk() {
    RegisterRecord r;
    r.type = "risk_opportunity";
    r.fields = {{"title", "全国碳市场配额收紧"},
                {"kind", "risk"},
                {"source", "compliance_obligation"},
                {"description", "配额逐年收紧"},
                {"likelihood", 4},
                {"impact", 4},
                {"treatment", "替代燃料项目"},
                {"owner", "李明"},
                {"due_date", "2025-12-31"},
                {"status", "open"}};
    return r;
}

std::vector<std::string> codesFor(const std::vector<FieldIssue>& issues, const std::string& field) {
    std::vector<std::string> out;
    for (const auto& i : issues)
        if (i.field == field) out.push_back(i.code);
    return out;
}

const RegisterSchema& schema(const char* type) { return RegisterSchemas::shipped().get(type); }

}  // namespace

TEST(RecordValidation, AcceptsAValidRecord) { EXPECT_TRUE(validate(schema("risk_opportunity"), risk()).empty()); }

TEST(RecordValidation, ReportsEveryProblemWithItsFieldAndCode) {
    auto r = risk();
    r.fields.erase("owner");
    r.fields["likelihood"] = 6;
    r.fields["impact"] = 2.5;
    r.fields["kind"] = "threat";
    r.fields["due_date"] = "2025-02-30";
    r.fields["colour"] = "red";
    r.fields["title"] = 42;
    auto issues = validate(schema("risk_opportunity"), r);
    EXPECT_EQ(codesFor(issues, "owner"), std::vector<std::string>{"required"});
    EXPECT_EQ(codesFor(issues, "likelihood"), std::vector<std::string>{"out_of_range"});
    EXPECT_EQ(codesFor(issues, "impact"), std::vector<std::string>{"not_integer"});
    EXPECT_EQ(codesFor(issues, "kind"), std::vector<std::string>{"option_invalid"});
    EXPECT_EQ(codesFor(issues, "due_date"), std::vector<std::string>{"date_invalid"});
    EXPECT_EQ(codesFor(issues, "colour"), std::vector<std::string>{"unknown_field"});
    EXPECT_EQ(codesFor(issues, "title"), std::vector<std::string>{"type_mismatch"});
    EXPECT_EQ(issues.size(), 7u);
    EXPECT_NE(issues.front().message.find(" "), std::string::npos);
}

TEST(RecordValidation, TreatsBlankTextAsMissing) {
    auto r = risk();
    r.fields["owner"] = "   ";
    EXPECT_EQ(codesFor(validate(schema("risk_opportunity"), r), "owner"), std::vector<std::string>{"required"});
}

TEST(RecordValidation, ChecksDatesOnTheCalendar) {
    EXPECT_TRUE(dates::isValid("2024-02-29"));   // leap year
    EXPECT_FALSE(dates::isValid("2025-02-29"));  // not a leap year
    EXPECT_FALSE(dates::isValid("2100-02-29"));  // century, not divisible by 400
    EXPECT_TRUE(dates::isValid("2000-02-29"));
    EXPECT_FALSE(dates::isValid("2025-13-01"));
    EXPECT_FALSE(dates::isValid("2025-1-01"));
    EXPECT_FALSE(dates::isValid("25-01-01"));
    EXPECT_EQ(dates::addDays("2024-12-31", 1), "2025-01-01");
    EXPECT_EQ(dates::addDays("2024-03-01", -1), "2024-02-29");
    EXPECT_EQ(dates::addMonths("2025-01-31", 1), "2025-02-28");
    EXPECT_EQ(dates::addMonths("2025-08-15", 6), "2026-02-15");
    EXPECT_EQ(dates::daysBetween("2025-01-01", "2025-03-01"), 59);
}

TEST(RecordValidation, ConditionalRequirementsAndDateOrder) {
    RegisterRecord eval;
    eval.type = "compliance_evaluation";
    eval.fields = {{"title", "2024年度配额清缴"}, {"obligation", 3},           {"evaluated_on", "2025-01-10"},
                   {"evaluator", "王芳"},         {"result", "non_compliant"}, {"evidence_text", "清缴不足"},
                   {"follow_up_status", "open"}};
    auto issues = validate(schema("compliance_evaluation"), eval);
    EXPECT_EQ(codesFor(issues, "follow_up"), std::vector<std::string>{"required"});  // required when not compliant
    eval.fields["follow_up"] = "补足配额";
    issues = validate(schema("compliance_evaluation"), eval);
    EXPECT_EQ(codesFor(issues, "follow_up_due"), std::vector<std::string>{"required"});  // required with follow_up
    eval.fields["follow_up_due"] = "2025-02-01";
    EXPECT_TRUE(validate(schema("compliance_evaluation"), eval).empty());

    RegisterRecord meter;
    meter.type = "measuring_instrument";
    meter.fields = {{"code", "CX-BS-01"},
                    {"name", "入窑煤皮带秤"},
                    {"site", "CX-CLK"},
                    {"measured_quantity", "入窑煤量"},
                    {"calibration_interval_months", 6},
                    {"last_calibrated", "2025-03-01"},
                    {"next_calibration_due", "2025-02-01"},
                    {"status", "in_use"}};
    EXPECT_EQ(codesFor(validate(schema("measuring_instrument"), meter), "next_calibration_due"),
              std::vector<std::string>{"date_order"});
}

TEST(RecordValidation, FileReferencesNeedAPathAndADigest) {
    RegisterRecord doc;
    doc.type = "document";
    doc.fields = {{"code", "QT/CN-M01"},
                  {"title", "碳中和管理手册"},
                  {"doc_type", "manual"},
                  {"revision", "A/0"},
                  {"owner", "能源环保部"},
                  {"status", "draft"},
                  {"file", {{"path", "/docs/m01.pdf"}, {"sha256", "ABC"}}}};
    EXPECT_EQ(codesFor(validate(schema("document"), doc), "file"), std::vector<std::string>{"sha256_invalid"});
    doc.fields["file"] = {{"path", ""}, {"sha256", std::string(64, 'a')}};
    EXPECT_EQ(codesFor(validate(schema("document"), doc), "file"), std::vector<std::string>{"path_required"});
    doc.fields["file"] = "/docs/m01.pdf";
    EXPECT_EQ(codesFor(validate(schema("document"), doc), "file"), std::vector<std::string>{"type_mismatch"});
    doc.fields["file"] = {{"path", "/docs/m01.pdf"}, {"sha256", std::string(64, 'a')}};
    EXPECT_TRUE(validate(schema("document"), doc).empty());
    // Approval needs both who and when.
    doc.fields["approved_on"] = "2025-01-02";
    EXPECT_EQ(codesFor(validate(schema("document"), doc), "approved_by"), std::vector<std::string>{"required"});
}

TEST(RecordValidation, ComputesTheRatingFromLikelihoodAndImpact) {
    auto r = risk();
    r.fields["residual_likelihood"] = 2;
    r.fields["residual_impact"] = 4;
    computeDerivedFields(schema("risk_opportunity"), r);
    EXPECT_EQ(r.fields["rating"], 16);          // 4 × 4
    EXPECT_EQ(r.fields["residual_rating"], 8);  // 2 × 4
    r.fields.erase("residual_impact");
    computeDerivedFields(schema("risk_opportunity"), r);
    EXPECT_FALSE(r.fields.contains("residual_rating"));
}

TEST(RecordValidation, DisplaysValuesInBothLanguages) {
    const auto& s = schema("risk_opportunity");
    EXPECT_EQ(displayValue(*s.field("kind"), "risk", "zh"), "风险");
    EXPECT_EQ(displayValue(*s.field("kind"), "risk", "en"), "Risk");
    EXPECT_EQ(displayTitle(s, risk(), "zh"), "全国碳市场配额收紧");
    const auto& ip = schema("interested_party");
    EXPECT_EQ(displayValue(*ip.field("is_obligation"), true, "zh"), "是");
}
