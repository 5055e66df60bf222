// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "cnms/review/ManagementReview.h"

/** JSON forms of management reviews: the stored document and the CLI's output (snake_case keys). */
namespace cnms::review {

void to_json(nlohmann::json& j, const ReviewFact& fact);
void from_json(const nlohmann::json& j, ReviewFact& fact);
void to_json(nlohmann::json& j, const ReviewInput& input);
void from_json(const nlohmann::json& j, ReviewInput& input);
void to_json(nlohmann::json& j, const ManagementReview& review);
/** Reads a stored review; throws std::invalid_argument naming an unknown status or input kind. */
void from_json(const nlohmann::json& j, ManagementReview& review);

}  // namespace cnms::review
