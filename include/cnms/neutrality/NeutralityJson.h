// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "cnms/neutrality/NeutralityEvaluation.h"
#include "cnms/neutrality/OffsetCredit.h"
#include "cnms/neutrality/ReductionMeasure.h"
#include "cnms/neutrality/Target.h"

/** JSON forms of the neutrality records: storage, change log, `--format json`. */
namespace cnms::neutrality {

void to_json(nlohmann::json& j, const OffsetCredit& c);
void from_json(const nlohmann::json& j, OffsetCredit& c);
void to_json(nlohmann::json& j, const ReductionMeasure& m);
void from_json(const nlohmann::json& j, ReductionMeasure& m);
void to_json(nlohmann::json& j, const Target& t);
void from_json(const nlohmann::json& j, Target& t);
void to_json(nlohmann::json& j, const NeutralityBalance& b);

}  // namespace cnms::neutrality
