// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/audit/Nonconformity.h"
#include "cnms/core/Action.h"

/**
 * The rules of the nonconformity workflow, as pure functions so that front ends can ask which
 * steps are open (to enable buttons) and get the same refusal the service would give:
 *
 *   raised → contained → cause analysed → action planned → implemented → verified → closed
 *
 * No step may be skipped; effectiveness is verified by someone who owns none of the NC's actions;
 * a closed NC is only reopened (as a new, linked NC).
 */
namespace cnms::nc_workflow {

enum class Step { Contain, AnalyseCause, AddAction, ImplementAction, Verify, Close, Reopen };

std::string_view toString(Step step);

/** Why a step is refused: a stable code (for translation) and an English sentence. */
struct Refusal {
    std::string code;
    std::string message;
};

/**
 * Why `step` cannot be taken on `nc` now by `actor`, or nullopt when it can. `actions` are the
 * NC's actions from the register. `alreadyReopenedAs` is the NC that already continues this one,
 * if any (only relevant to Reopen).
 */
std::optional<Refusal> refusal(Step step, const Nonconformity& nc, const std::vector<Action>& actions,
                               std::string_view actor, std::optional<NonconformityId> alreadyReopenedAs = std::nullopt);

/** The steps `actor` may take on `nc` now, in workflow order. */
std::vector<Step> allowedSteps(const Nonconformity& nc, const std::vector<Action>& actions, std::string_view actor,
                               std::optional<NonconformityId> alreadyReopenedAs = std::nullopt);

/** The state that comes after `state` on the normal path (Closed stays Closed). */
NcState nextState(NcState state);

}  // namespace cnms::nc_workflow
