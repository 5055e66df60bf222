// SPDX-License-Identifier: MIT
#include "cnms/audit/NcWorkflow.h"

#include <cstdio>

#include "cnms/core/TextUtil.h"

namespace cnms::nc_workflow {
namespace {

std::string ncCode(NonconformityId id) {
    Nonconformity n;
    n.id = id;
    return n.code();
}

bool before(NcState a, NcState b) { return static_cast<int>(a) < static_cast<int>(b); }

std::optional<Refusal> refuse(std::string code, std::string message) {
    return Refusal{std::move(code), std::move(message)};
}

std::optional<Refusal> checkVerifier(const Nonconformity& nc, const std::vector<Action>& actions,
                                     std::string_view actor) {
    auto who = text::trim(actor);
    if (who.empty())
        return refuse("verifier_unknown", "the person verifying effectiveness of " + nc.code() + " must be named");
    for (const auto& action : actions)
        if (text::trim(action.owner) == who)
            return refuse("verifier_is_owner",
                          std::string(who) + " owns action " + action.code() + " of " + nc.code() +
                              " and cannot verify its effectiveness: verification must be done by someone "
                              "who owns none of the nonconformity's actions");
    return std::nullopt;
}

}  // namespace

std::string_view toString(Step step) {
    switch (step) {
        case Step::Contain: return "contain";
        case Step::AnalyseCause: return "cause";
        case Step::AddAction: return "act";
        case Step::ImplementAction: return "implement";
        case Step::Verify: return "verify";
        case Step::Close: return "close";
        case Step::Reopen: return "reopen";
    }
    return "";
}

NcState nextState(NcState state) {
    return state == NcState::Closed ? NcState::Closed : static_cast<NcState>(static_cast<int>(state) + 1);
}

std::optional<Refusal> refusal(Step step, const Nonconformity& nc, const std::vector<Action>& actions,
                               std::string_view actor, std::optional<NonconformityId> alreadyReopenedAs) {
    const std::string code = nc.code();
    const std::string state(toString(nc.state));
    if (nc.state == NcState::Closed && step != Step::Reopen)
        return refuse("nc_closed", code + " is closed and read-only; if the problem recurs, reopen it with a reason");

    switch (step) {
        case Step::Contain:
            if (nc.state == NcState::Raised) return std::nullopt;
            return refuse("wrong_state", "the correction of " + code + " is already recorded (it is " + state + ")");

        case Step::AnalyseCause:
            if (nc.state == NcState::Contained || nc.state == NcState::CauseAnalysed) return std::nullopt;
            if (nc.state == NcState::Raised)
                return refuse("step_skipped", "record the correction or containment of " + code +
                                                  " first: the root cause is analysed after the immediate reaction");
            return refuse("wrong_state", "the root cause of " + code +
                                             " can no longer be changed: corrective actions "
                                             "are already planned (it is " +
                                             state + ")");

        case Step::AddAction:
            if (nc.state == NcState::CauseAnalysed || nc.state == NcState::ActionPlanned ||
                nc.state == NcState::Implemented)
                return std::nullopt;
            if (before(nc.state, NcState::CauseAnalysed))
                return refuse("step_skipped", "analyse the root cause of " + code +
                                                  " before planning corrective actions (it is " + state + ")");
            return refuse("wrong_state", code + " is already verified effective; close it instead of adding actions");

        case Step::ImplementAction:
            if (nc.state == NcState::ActionPlanned) return std::nullopt;
            if (before(nc.state, NcState::ActionPlanned))
                return refuse("step_skipped",
                              code + " has no planned corrective action to implement (it is " + state + ")");
            return refuse("wrong_state", "every corrective action of " + code + " is already implemented");

        case Step::Verify:
            if (nc.state == NcState::Implemented) return checkVerifier(nc, actions, actor);
            if (before(nc.state, NcState::Implemented))
                return refuse("step_skipped", "the corrective actions of " + code +
                                                  " are not all implemented yet (it is " + state +
                                                  "); effectiveness is verified after implementation");
            return refuse("wrong_state", "the effectiveness of " + code + " is already verified; close it");

        case Step::Close:
            if (nc.state == NcState::Verified) return std::nullopt;
            if (nc.state == NcState::Implemented)
                return refuse("not_verified", "the effectiveness of the corrective actions of " + code +
                                                  " has not been verified; a nonconformity is closed only after "
                                                  "its effectiveness is verified");
            return refuse("step_skipped", code + " is " + state +
                                              "; it can be closed only after its corrective "
                                              "actions are implemented and verified effective");

        case Step::Reopen:
            if (nc.state != NcState::Closed)
                return refuse("not_closed", code + " is not closed (it is " + state +
                                                "); only a closed "
                                                "nonconformity can be reopened");
            if (alreadyReopenedAs)
                return refuse("already_reopened",
                              code + " was already reopened as " + ncCode(*alreadyReopenedAs) + "; continue there");
            return std::nullopt;
    }
    return refuse("unknown_step", "unknown workflow step");
}

std::vector<Step> allowedSteps(const Nonconformity& nc, const std::vector<Action>& actions, std::string_view actor,
                               std::optional<NonconformityId> alreadyReopenedAs) {
    std::vector<Step> out;
    for (auto step : {Step::Contain, Step::AnalyseCause, Step::AddAction, Step::ImplementAction, Step::Verify,
                      Step::Close, Step::Reopen})
        if (!refusal(step, nc, actions, actor, alreadyReopenedAs)) out.push_back(step);
    return out;
}

}  // namespace cnms::nc_workflow
