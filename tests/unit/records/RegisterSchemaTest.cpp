// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/core/ClauseCatalogue.h"
#include "cnms/core/Errors.h"
#include "cnms/records/RegisterSchema.h"

using namespace cnms;
using namespace cnms::records;

TEST(RegisterSchema, ShipsOneSchemaForEveryRecordTypeOfTheManagementSystemRegisters) {
    const std::vector<std::string> owned = {"context_issue",
                                            "interested_party",
                                            "scope_statement",
                                            "leadership_commitment",
                                            "policy",
                                            "role_assignment",
                                            "risk_opportunity",
                                            "compliance_obligation",
                                            "change_plan",
                                            "resource_plan",
                                            "competence_record",
                                            "training_record",
                                            "communication",
                                            "document",
                                            "measuring_instrument",
                                            "calibration_record",
                                            "operational_control",
                                            "design_review",
                                            "procurement_criterion",
                                            "monitoring_plan",
                                            "monitoring_result",
                                            "compliance_evaluation"};
    const auto& schemas = RegisterSchemas::shipped();
    EXPECT_EQ(schemas.all().size(), owned.size());
    for (const auto& type : owned) {
        const auto* s = schemas.find(type);
        ASSERT_NE(s, nullptr) << type;
        EXPECT_FALSE(s->fields.empty());
        EXPECT_NE(s->field(s->titleField), nullptr) << type;
        for (const auto& f : s->fields) {
            EXPECT_FALSE(f.zh.empty()) << type << "." << f.id;
            EXPECT_FALSE(f.en.empty()) << type << "." << f.id;
            for (const auto& o : f.options) EXPECT_FALSE(o.zh.empty() || o.en.empty()) << type << "." << f.id;
        }
    }
    // Every schema is a record type of the catalogue and takes its names from there.
    for (const auto& s : schemas.all()) {
        bool known = false;
        for (const auto& t : ClauseCatalogue::shipped().recordTypes())
            if (t.id == s.type) known = (s.zh == t.zh && s.en == t.en);
        EXPECT_TRUE(known) << s.type;
    }
}

TEST(RegisterSchema, MarksTheVersionedRegistersAndTheirRuleFields) {
    const auto& schemas = RegisterSchemas::shipped();
    for (const char* type : {"policy", "scope_statement", "document"}) {
        EXPECT_TRUE(schemas.get(type).versioned) << type;
        EXPECT_TRUE(schemas.get(type).freezeOnApproval) << type;
    }
    EXPECT_FALSE(schemas.get("risk_opportunity").versioned);
    EXPECT_EQ(schemas.get("measuring_instrument").dueField, "next_calibration_due");
    EXPECT_EQ(schemas.get("policy").approvalField, "approved_on");
    EXPECT_EQ(schemas.get("risk_opportunity").field("rating")->productOf,
              (std::vector<std::string>{"likelihood", "impact"}));
    EXPECT_THROW(schemas.get("no_such_type"), NotFoundError);
}

TEST(RegisterSchema, RefusesInconsistentSchemaData) {
    auto parse = [](const std::string& fields, const std::string& extra = "") {
        return RegisterSchemas::fromJson(R"({"schemas":[{"type":"t","title_field":"a")" + extra + R"(,"fields":[)" +
                                         fields + "]}]}");
    };
    EXPECT_NO_THROW(parse(R"({"id":"a","kind":"text","zh":"甲","en":"A"})"));
    EXPECT_THROW(parse(R"({"id":"a","kind":"colour","zh":"甲","en":"A"})"), std::runtime_error);
    EXPECT_THROW(parse(R"({"id":"a","kind":"enum","zh":"甲","en":"A"})"), std::runtime_error);  // no options
    EXPECT_THROW(parse(R"({"id":"a","kind":"record","ref_type":"nothing","zh":"甲","en":"A"})"), std::runtime_error);
    EXPECT_THROW(parse(R"({"id":"a","kind":"text","zh":"甲","en":"A"})", R"(,"due_field":"a")"), std::runtime_error);
    EXPECT_THROW(parse(R"({"id":"a","kind":"text","zh":"甲","en":"A"},{"id":"a","kind":"text","zh":"甲","en":"A"})"),
                 std::runtime_error);
    EXPECT_THROW(parse(R"({"id":"b","kind":"text","zh":"乙","en":"B"})"), std::runtime_error);  // title field missing
}
