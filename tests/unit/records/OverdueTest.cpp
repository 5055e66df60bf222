// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "RegisterFixture.h"

using namespace cnms;
using namespace cnms::records;

TEST_F(RegisterFixture, FlagsCurrentRecordsWhoseDueDateHasPassed) {
    RegisterService service(*store);
    auto late = service.add(meter("CX-BS-01", "2025-03-31"));
    service.add(meter("CX-EM-01", "2025-06-30"));                    // due later
    service.add(meter("CX-EM-02", "2025-04-01"));                    // due today: not yet overdue
    service.add(meter("CX-EM-03", "2025-01-31", "out_of_service"));  // not in use: no calibration needed
    service.add(meter("CX-EM-04", "2024-12-31", "retired"));

    auto items = service.overdue(FixedToday("2025-04-01"));
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].id, late.id);
    EXPECT_EQ(items[0].type, "measuring_instrument");
    EXPECT_EQ(items[0].field, "next_calibration_due");
    EXPECT_EQ(items[0].daysOverdue, 1);

    // Sorted by how late they are; done statuses never count.
    auto items2 = service.overdue(FixedToday("2025-07-10"));
    ASSERT_EQ(items2.size(), 3u);
    EXPECT_EQ(items2[0].title, "电能表");
    EXPECT_EQ(items2[0].daysOverdue, 101);  // 2025-03-31 → 2025-07-10: 30 + 31 + 30 + 10
}

TEST_F(RegisterFixture, ClosedRisksAndCompletedChangesAreNotOverdue) {
    RegisterService service(*store);
    nlohmann::json risk = {{"title", "电价上涨"},      {"kind", "risk"},    {"source", "other"}, {"description", "d"},
                           {"likelihood", 3},          {"impact", 3},       {"treatment", "t"},  {"owner", "o"},
                           {"due_date", "2025-01-31"}, {"status", "closed"}};
    service.add(make("risk_opportunity", risk));
    risk["status"] = "in_progress";
    service.add(make("risk_opportunity", risk));
    auto items = service.overdue(FixedToday("2025-02-01"));
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(service.get(items[0].id).text("status"), "in_progress");

    const auto& schema = RegisterSchemas::shipped().get("risk_opportunity");
    auto r = make("risk_opportunity", risk);
    EXPECT_TRUE(RegisterService::isOverdue(schema, r, "2025-02-01"));
    r.superseded = true;
    EXPECT_FALSE(RegisterService::isOverdue(schema, r, "2025-02-01"));
}

TEST(Today, SystemDateIsAValidDate) {
    EXPECT_TRUE(dates::isValid(SystemToday().date()));
    EXPECT_EQ(FixedToday("2025-05-05").date(), "2025-05-05");
}
