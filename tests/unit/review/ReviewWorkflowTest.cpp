// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "ReviewFixture.h"
#include "cnms/records/EvidenceProviders.h"
#include "cnms/storage/Sqlite.h"

namespace cnms::test {
namespace {

using namespace cnms::review;

class ReviewWorkflowTest : public ReviewFixture {};

bool hasIssue(const std::vector<std::string>& issues, const std::string& issue) {
    return std::find(issues.begin(), issues.end(), issue) != issues.end();
}

TEST_F(ReviewWorkflowTest, ValidationNamesEveryBadField) {
    ManagementReview r;
    r.attendees = {"李明", "  "};
    r.periodFrom = "2025-13-01";
    auto issues = issueCodes([&] { service().create(r); });
    EXPECT_TRUE(hasIssue(issues, "title:required"));
    EXPECT_TRUE(hasIssue(issues, "meeting_date:required"));
    EXPECT_TRUE(hasIssue(issues, "chair:required"));
    EXPECT_TRUE(hasIssue(issues, "attendees:empty_entry"));
    EXPECT_TRUE(hasIssue(issues, "period_from:date_invalid"));
    EXPECT_TRUE(hasIssue(issues, "period_to:required"));

    auto reversed = draft();
    reversed.periodFrom = "2025-12-31";
    reversed.periodTo = "2025-01-01";
    EXPECT_EQ(issueCodes([&] { service().create(reversed); }), std::vector<std::string>{"period_to:before_start"});
    EXPECT_TRUE(store->managementReviews().list().empty());
}

TEST_F(ReviewWorkflowTest, CreateStoresADraftWithEveryInputCompiledInOrder) {
    auto created = service().create(draft());
    EXPECT_EQ(created.status, ReviewStatus::Draft);
    EXPECT_EQ(created.code(), "MR-0001");
    EXPECT_EQ(created.createdBy, "李明");
    ASSERT_EQ(created.inputs.size(), allInputKinds().size());
    for (std::size_t i = 0; i < created.inputs.size(); ++i) {
        EXPECT_EQ(created.inputs[i].kind, allInputKinds()[i]);
        EXPECT_FALSE(created.inputs[i].facts.empty()) << toString(created.inputs[i].kind);
    }
    EXPECT_EQ(*store->managementReviews().find(created.id), created);
    auto log = store->changeLog().recent(1, "management_review");
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log.front().action, "insert");
}

TEST_F(ReviewWorkflowTest, UpdateTakesCommentsAndOutputsButKeepsTheCompiledFacts) {
    auto r = service().create(draft());
    auto edited = r;
    edited.input(InputKind::CarbonPerformance)->comment = "排放下降，但强度未统计";
    edited.input(InputKind::CarbonPerformance)->facts = {{"year_total", {"2025", "1.00"}}};  // not the user's to set
    edited.suitability = "适宜";
    auto saved = service().update(edited);
    EXPECT_EQ(saved.input(InputKind::CarbonPerformance)->comment, "排放下降，但强度未统计");
    EXPECT_EQ(saved.input(InputKind::CarbonPerformance)->facts, r.input(InputKind::CarbonPerformance)->facts);
    EXPECT_EQ(saved.suitability, "适宜");
    EXPECT_EQ(service().get(r.id), saved);

    auto recompiled = service().recompile(r.id);
    EXPECT_EQ(recompiled.input(InputKind::CarbonPerformance)->comment, "排放下降，但强度未统计");
}

TEST_F(ReviewWorkflowTest, HoldingNeedsConclusionsDecisionsAndAPastMeeting) {
    auto r = service().create(draft());
    auto issues = issueCodes([&] { service().hold(r.id); });
    EXPECT_EQ(issues, (std::vector<std::string>{"suitability:required", "adequacy:required",
                                                 "effectiveness:required", "decisions:required"}));

    auto future = service().create(draft("2026-04-01"));
    conclude(future);
    service().update(future);
    EXPECT_EQ(issueCodes([&] { service().hold(future.id); }), std::vector<std::string>{"meeting_date:in_future"});
    EXPECT_EQ(service().get(future.id).status, ReviewStatus::Draft);
}

TEST_F(ReviewWorkflowTest, AHeldReviewIsReadOnlyInTheServiceAndInStorage) {
    auto r = service().create(draft());
    conclude(r);
    service().update(r);
    auto action = service().addAction(r.id, act("完成余热发电可研", "张伟", "2026-06-30"));
    EXPECT_EQ(action.sourceType, "management_review");
    EXPECT_EQ(action.sourceId, r.id);

    auto held = service().hold(r.id);
    EXPECT_EQ(held.status, ReviewStatus::Held);
    EXPECT_EQ(held.heldBy, "李明");
    EXPECT_FALSE(held.heldAt.empty());

    auto changed = held;
    changed.title = "改";
    EXPECT_EQ(refusalCode([&] { service().update(changed); }), "review_held");
    EXPECT_EQ(refusalCode([&] { service().recompile(r.id); }), "review_held");
    EXPECT_EQ(refusalCode([&] { service().hold(r.id); }), "review_held");
    EXPECT_EQ(refusalCode([&] { service().remove(r.id); }), "review_held");
    EXPECT_EQ(refusalCode([&] { service().addAction(r.id, act("x", "y", "2026-06-30")); }), "review_held");
    try {
        service().update(changed);
    } catch (const RefusedError& e) {
        EXPECT_NE(std::string(e.what()).find("MR-0001 was held on 2026-03-10 and is read-only"), std::string::npos)
            << e.what();
    }

    // Storage refuses too, whoever asks.
    auto work = store->begin("tamper");
    EXPECT_THROW(store->managementReviews().update(changed), sqlite::Error);
    EXPECT_THROW(store->managementReviews().remove(r.id), sqlite::Error);
    Action extra = act("补充措施", "王芳", "2026-07-01");
    extra.sourceType = "management_review";
    extra.sourceId = r.id;
    EXPECT_THROW(store->actions().insert(extra), sqlite::Error);
    // Following up the review's actions stays possible.
    auto done = action;
    done.status = ActionStatus::Implemented;
    done.implementedOn = "2026-03-14";
    done.implementedBy = "张伟";
    EXPECT_NO_THROW(store->actions().update(done));
    work->commit();
    EXPECT_EQ(service().get(r.id), held);
}

TEST_F(ReviewWorkflowTest, ActionsAreValidatedAndADraftWithActionsIsKept) {
    auto r = service().create(draft());
    auto issues = issueCodes([&] { service().addAction(r.id, act("", "", "2026-02-30")); });
    EXPECT_EQ(issues, (std::vector<std::string>{"description:required", "owner:required", "due:date_invalid"}));
    service().addAction(r.id, act("制定2026年减排计划", "张伟", "2026-05-31"));
    EXPECT_EQ(service().actions(r.id).size(), 1u);
    EXPECT_EQ(refusalCode([&] { service().remove(r.id); }), "review_has_actions");

    auto empty = service().create(draft("2026-03-01"));
    service().remove(empty.id);
    EXPECT_FALSE(store->managementReviews().find(empty.id));
}

TEST_F(ReviewWorkflowTest, ListIsOrderedByMeetingDate) {
    service().create(draft("2026-03-10"));
    service().create(draft("2025-03-10"));
    auto list = service().list();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].meetingDate, "2025-03-10");
    EXPECT_EQ(list[1].meetingDate, "2026-03-10");
}

TEST_F(ReviewWorkflowTest, ReadinessCountsADraftAsPresentAndAHeldReviewAsInPlace) {
    auto evidence = [&] {
        auto report = records::projectReadiness(*store).evaluate("2026-03-15");
        std::vector<records::RequirementReadiness> out;
        for (const auto& c : report.clauses)
            for (const auto& r : c.requirements)
                if (r.record.recordType == "management_review") out.push_back(r);
        return out;
    };
    ASSERT_FALSE(evidence().empty());  // the catalogue asks for management review minutes
    for (const auto& r : evidence()) EXPECT_EQ(r.gap, records::Gap::Missing);

    auto r = service().create(draft());
    for (const auto& req : evidence()) {
        EXPECT_EQ(req.evidence.present, 1);
        EXPECT_EQ(req.evidence.approved, 0);
        EXPECT_EQ(req.gap, records::Gap::Unapproved);
    }
    conclude(r);
    service().update(r);
    service().hold(r.id);
    for (const auto& req : evidence()) {
        EXPECT_EQ(req.evidence.approved, 1);
        EXPECT_EQ(req.gap, records::Gap::None);
    }
}

TEST(ReviewFacts, EnglishWordingFillsTheArguments) {
    EXPECT_EQ(factText({"nc_summary", {"3", "1", "2"}}),
              "Nonconformities: 3 raised in the period, 1 closed, 2 open now");
    EXPECT_EQ(factText({"no_audits", {}}), "No internal audit was completed in the period.");
    EXPECT_EQ(factText({"nc_summary", {"3", "1", "2"}}, "zh"), "不符合：评审期内发现3项，关闭1项，目前未关闭2项");
    for (const auto& w : factFormats()) {
        EXPECT_FALSE(w.en.empty()) << w.code;
        EXPECT_FALSE(w.zh.empty()) << w.code;
        // Both wordings use the same arguments.
        for (char n = '1'; n <= '9'; ++n) {
            std::string mark = {'%', n};
            EXPECT_EQ(w.en.find(mark) == std::string_view::npos, w.zh.find(mark) == std::string_view::npos)
                << w.code << " " << mark;
        }
    }
}

}  // namespace
}  // namespace cnms::test
