// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "cnms/audit/NcWorkflow.h"

using namespace cnms;
using nc_workflow::Step;

namespace {

Nonconformity ncIn(NcState state) {
    Nonconformity nc;
    nc.id = 7;
    nc.state = state;
    return nc;
}

std::vector<Action> ownedBy(const std::string& owner) {
    Action a;
    a.id = 3;
    a.owner = owner;
    return {a};
}

std::string code(Step step, NcState state, const std::string& actor = "李明",
                 std::optional<NonconformityId> reopened = std::nullopt) {
    auto r = nc_workflow::refusal(step, ncIn(state), ownedBy("张伟"), actor, reopened);
    return r ? r->code : "ok";
}

}  // namespace

TEST(NcWorkflow, EachStateOpensExactlyTheNextSteps) {
    using V = std::vector<Step>;
    auto allowed = [](NcState s) { return nc_workflow::allowedSteps(ncIn(s), ownedBy("张伟"), "李明"); };
    EXPECT_EQ(allowed(NcState::Raised), (V{Step::Contain}));
    EXPECT_EQ(allowed(NcState::Contained), (V{Step::AnalyseCause}));
    EXPECT_EQ(allowed(NcState::CauseAnalysed), (V{Step::AnalyseCause, Step::AddAction}));
    EXPECT_EQ(allowed(NcState::ActionPlanned), (V{Step::AddAction, Step::ImplementAction}));
    EXPECT_EQ(allowed(NcState::Implemented), (V{Step::AddAction, Step::Verify}));
    EXPECT_EQ(allowed(NcState::Verified), (V{Step::Close}));
    EXPECT_EQ(allowed(NcState::Closed), (V{Step::Reopen}));
}

TEST(NcWorkflow, SkippingAStepIsRefusedWithTheStepThatIsMissing) {
    EXPECT_EQ(code(Step::AnalyseCause, NcState::Raised), "step_skipped");
    EXPECT_EQ(code(Step::AddAction, NcState::Raised), "step_skipped");
    EXPECT_EQ(code(Step::AddAction, NcState::Contained), "step_skipped");
    EXPECT_EQ(code(Step::ImplementAction, NcState::CauseAnalysed), "step_skipped");
    EXPECT_EQ(code(Step::Verify, NcState::ActionPlanned), "step_skipped");
    EXPECT_EQ(code(Step::Close, NcState::ActionPlanned), "step_skipped");
    EXPECT_EQ(code(Step::Close, NcState::Raised), "step_skipped");
    auto r = nc_workflow::refusal(Step::AnalyseCause, ncIn(NcState::Raised), {}, "李明");
    ASSERT_TRUE(r);
    EXPECT_NE(r->message.find("NC-0007"), std::string::npos);
    EXPECT_NE(r->message.find("containment"), std::string::npos);
}

TEST(NcWorkflow, NoClosingWithoutVerifiedEffectiveness) {
    auto r = nc_workflow::refusal(Step::Close, ncIn(NcState::Implemented), {}, "李明");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->code, "not_verified");
    EXPECT_NE(r->message.find("verified"), std::string::npos);
    EXPECT_EQ(code(Step::Close, NcState::Verified), "ok");
}

TEST(NcWorkflow, NobodyVerifiesTheirOwnAction) {
    EXPECT_EQ(code(Step::Verify, NcState::Implemented, "李明"), "ok");
    EXPECT_EQ(code(Step::Verify, NcState::Implemented, "张伟"), "verifier_is_owner");
    EXPECT_EQ(code(Step::Verify, NcState::Implemented, " 张伟 "), "verifier_is_owner");
    EXPECT_EQ(code(Step::Verify, NcState::Implemented, ""), "verifier_unknown");
    auto r = nc_workflow::refusal(Step::Verify, ncIn(NcState::Implemented), ownedBy("张伟"), "张伟");
    EXPECT_NE(r->message.find("A-0003"), std::string::npos);
    EXPECT_EQ(nc_workflow::allowedSteps(ncIn(NcState::Implemented), ownedBy("张伟"), "张伟"),
              (std::vector<Step>{Step::AddAction}));
}

TEST(NcWorkflow, AClosedNcOnlyReopensAndOnlyOnce) {
    for (auto step :
         {Step::Contain, Step::AnalyseCause, Step::AddAction, Step::ImplementAction, Step::Verify, Step::Close})
        EXPECT_EQ(code(step, NcState::Closed), "nc_closed") << nc_workflow::toString(step);
    EXPECT_EQ(code(Step::Reopen, NcState::Closed), "ok");
    EXPECT_EQ(code(Step::Reopen, NcState::Closed, "李明", 9), "already_reopened");
    for (auto state : {NcState::Raised, NcState::Contained, NcState::CauseAnalysed, NcState::ActionPlanned,
                       NcState::Implemented, NcState::Verified})
        EXPECT_EQ(code(Step::Reopen, state), "not_closed") << toString(state);
}

TEST(NcWorkflow, StepsThatAreDoneAreNotRepeated) {
    EXPECT_EQ(code(Step::Contain, NcState::Contained), "wrong_state");
    EXPECT_EQ(code(Step::AnalyseCause, NcState::ActionPlanned), "wrong_state");
    EXPECT_EQ(code(Step::ImplementAction, NcState::Implemented), "wrong_state");
    EXPECT_EQ(code(Step::Verify, NcState::Verified), "wrong_state");
    EXPECT_EQ(code(Step::AddAction, NcState::Verified), "wrong_state");
    EXPECT_EQ(nc_workflow::nextState(NcState::Raised), NcState::Contained);
    EXPECT_EQ(nc_workflow::nextState(NcState::Verified), NcState::Closed);
    EXPECT_EQ(nc_workflow::nextState(NcState::Closed), NcState::Closed);
}

TEST(NcWorkflow, NamesRoundTrip) {
    for (auto s : allNcStates()) EXPECT_EQ(ncStateFromString(toString(s)), s);
    for (auto c : allCauseCategories()) EXPECT_EQ(causeCategoryFromString(toString(c)), c);
    for (auto r : {"open", "conforming", "major", "minor", "observation", "ofi", "na"})
        EXPECT_EQ(toString(*findingResultFromString(r)), r);
    EXPECT_FALSE(findingResultFromString("ok"));
    EXPECT_FALSE(ncSeverityFromString("critical"));
}
