// SPDX-License-Identifier: MIT
// Checked integer reads from JSON (JsonNumbers.h). fuzz_json found that a stored credit with
// "vintage": 2E23 reached nlohmann's float-to-int cast, which is undefined behaviour out of range
// (tests/fuzz/regressions/json/credit-vintage-2e23); every decoder now refuses such values.
#include <gtest/gtest.h>

#include <cstdint>

#include "cnms/core/JsonNumbers.h"
#include "cnms/neutrality/NeutralityJson.h"

using nlohmann::json;

TEST(JsonNumbers, AcceptsIntegersInTheTargetRange) {
    EXPECT_EQ(cnms::jsonIntegerAt<int>(json{{"y", 2024}}, "y"), 2024);
    EXPECT_EQ(cnms::jsonIntegerAt<std::uint8_t>(json{{"c", 6}}, "c"), 6);
    EXPECT_EQ(cnms::jsonIntegerAt<std::int64_t>(json{{"n", -5}}, "n"), -5);
    EXPECT_EQ(cnms::jsonIntegerOr<int>(json::object(), "y", 7), 7);
    EXPECT_EQ(cnms::jsonIntegerOr<int>(json{{"y", nullptr}}, "y", 7), 7);
    EXPECT_EQ(cnms::jsonIntegersOr<int>(json{{"s", {1, 2, 3}}}, "s"), (std::vector<int>{1, 2, 3}));
}

TEST(JsonNumbers, RefusesFloatsOutOfRangeAndWrongTypesNamingTheKey) {
    EXPECT_THROW(cnms::jsonIntegerAt<int>(json::parse(R"({"vintage": 2E23})"), "vintage"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegerAt<int>(json{{"y", 2024.5}}, "y"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegerAt<int>(json{{"y", "2024"}}, "y"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegerAt<std::uint8_t>(json{{"c", 256}}, "c"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegerAt<std::uint32_t>(json{{"c", -1}}, "c"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegerAt<int>(json{{"y", 3000000000LL}}, "y"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegersOr<int>(json{{"s", {1, 1e300}}}, "s"), json::type_error);
    EXPECT_THROW(cnms::jsonIntegerAt<int>(json::object(), "y"), json::out_of_range);
    try {
        cnms::jsonIntegerAt<int>(json{{"vintage", 1e30}}, "vintage");
        FAIL() << "no exception";
    } catch (const json::type_error& e) {
        EXPECT_NE(std::string(e.what()).find("\"vintage\""), std::string::npos) << e.what();
    }
}

TEST(JsonNumbers, AStoredCreditWithAnOutOfRangeVintageIsRefusedNotCast) {
    auto j = json::parse(R"({"registry": "CCER", "vintage": 2E23, "serial": "CN-1", "quantity_tco2e": 100})");
    EXPECT_THROW(j.get<cnms::neutrality::OffsetCredit>(), json::type_error);
    j["vintage"] = 2023;
    EXPECT_EQ(j.get<cnms::neutrality::OffsetCredit>().vintage, 2023);
}
