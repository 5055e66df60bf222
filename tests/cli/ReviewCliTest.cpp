// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TempDir.h"

namespace {

using cnms::test::cnmsRun;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ReviewCli : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(cnmsRun({"init", p, "--org", "钱塘建材"}).code, 0); }

    cnms::test::TempDir dir;
    std::string p = dir.file("p.cnms");
};

TEST_F(ReviewCli, DraftActHoldAndShow) {
    auto created = cnmsRun({"review", "new", p, "--title", "2025年度管理评审", "--date", "2026-01-20", "--chair",
                            "陈总", "--attendee", "李明", "--attendee", "王芳", "--from", "2025-01-01", "--to",
                            "2025-12-31"});
    ASSERT_EQ(created.code, 0) << created.err;
    EXPECT_EQ(created.out, "1\n");

    auto action = cnmsRun({"review", "action", p, "MR-0001", "--description", "编制减排计划", "--owner", "张伟",
                           "--due", "2026-06-30"});
    ASSERT_EQ(action.code, 0) << action.err;
    EXPECT_EQ(action.out, "A-0001\n");

    // Holding without outputs is refused, naming every missing one.
    auto refused = cnmsRun({"review", "hold", p, "1"});
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(contains(refused.err, "suitability")) << refused.err;
    EXPECT_TRUE(contains(refused.err, "decision")) << refused.err;

    auto held = cnmsRun({"review", "hold", p, "1", "--suitability", "适宜", "--adequacy", "充分", "--effectiveness",
                         "有效", "--decision", "追加监测投资", "--comment", "audit_results=无重大发现"});
    ASSERT_EQ(held.code, 0) << held.err;
    EXPECT_TRUE(contains(held.out, "MR-0001: held by"));

    auto shown = cnmsRun({"review", "show", p, "1"});
    ASSERT_EQ(shown.code, 0) << shown.err;
    auto j = nlohmann::json::parse(shown.out);
    EXPECT_EQ(j["status"], "held");
    EXPECT_EQ(j["chair"], "陈总");
    EXPECT_EQ(j["decisions"], nlohmann::json::array({"追加监测投资"}));
    EXPECT_EQ(j["inputs"].size(), 10u);
    EXPECT_EQ(j["inputs"][3]["kind"], "audit_results");
    EXPECT_EQ(j["inputs"][3]["comment"], "无重大发现");
    EXPECT_EQ(j["inputs"][3]["facts"][0]["text"], "No internal audit was completed in the period.");
    EXPECT_EQ(j["actions"][0]["description"], "编制减排计划");

    // A held review is read-only.
    auto edit = cnmsRun({"review", "edit", p, "1", "--adequacy", "改"});
    EXPECT_EQ(edit.code, 2);
    EXPECT_TRUE(contains(edit.err, "read-only")) << edit.err;
    auto more = cnmsRun({"review", "action", p, "1", "--description", "x", "--owner", "y", "--due", "2026-07-01"});
    EXPECT_EQ(more.code, 2);

    auto list = cnmsRun({"review", "list", p, "--format", "json"});
    ASSERT_EQ(list.code, 0);
    auto l = nlohmann::json::parse(list.out);
    ASSERT_EQ(l.size(), 1u);
    EXPECT_EQ(l[0]["code"], "MR-0001");
    EXPECT_EQ(l[0]["actions"], 1);
}

TEST_F(ReviewCli, BadInputNamesTheField) {
    auto r = cnmsRun({"review", "new", p, "--title", "评审", "--date", "2026-02-30", "--chair", "陈总", "--from",
                      "2025-12-31", "--to", "2025-01-01"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "meeting_date")) << r.err;
    EXPECT_TRUE(contains(r.err, "period_to")) << r.err;
    EXPECT_EQ(cnmsRun({"review", "show", p, "MR-0009"}).code, 2);
    EXPECT_EQ(cnmsRun({"review", "show", p, "abc"}).code, 2);
    auto comment = cnmsRun({"review", "new", p, "--title", "评审", "--date", "2026-01-20", "--chair", "陈总", "--from",
                            "2025-01-01", "--to", "2025-12-31"});
    ASSERT_EQ(comment.code, 0);
    auto bad = cnmsRun({"review", "edit", p, "1", "--comment", "nonsense"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(contains(bad.err, "KIND=TEXT")) << bad.err;
}

}  // namespace
