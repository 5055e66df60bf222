// SPDX-License-Identifier: MIT
#include "cnms/review/ReviewJson.h"

#include <stdexcept>
#include "cnms/core/JsonNumbers.h"

namespace cnms::review {

void to_json(nlohmann::json& j, const ReviewFact& fact) { j = {{"code", fact.code}, {"args", fact.args}}; }

void from_json(const nlohmann::json& j, ReviewFact& fact) {
    fact.code = j.at("code").get<std::string>();
    fact.args = j.value("args", std::vector<std::string>{});
}

void to_json(nlohmann::json& j, const ReviewInput& input) {
    j = {{"kind", toString(input.kind)}, {"facts", input.facts}, {"comment", input.comment}};
}

void from_json(const nlohmann::json& j, ReviewInput& input) {
    auto kind = j.at("kind").get<std::string>();
    auto parsed = inputKindFromString(kind);
    if (!parsed) throw std::invalid_argument("unknown management review input '" + kind + "'");
    input.kind = *parsed;
    input.facts = j.value("facts", std::vector<ReviewFact>{});
    input.comment = j.value("comment", "");
}

void to_json(nlohmann::json& j, const ManagementReview& r) {
    j = {{"id", r.id},
         {"code", r.code()},
         {"title", r.title},
         {"meeting_date", r.meetingDate},
         {"chair", r.chair},
         {"attendees", r.attendees},
         {"period_from", r.periodFrom},
         {"period_to", r.periodTo},
         {"status", toString(r.status)},
         {"inputs", r.inputs},
         {"compiled_at", r.compiledAt},
         {"suitability", r.suitability},
         {"adequacy", r.adequacy},
         {"effectiveness", r.effectiveness},
         {"decisions", r.decisions},
         {"resource_needs", r.resourceNeeds},
         {"policy_changes", r.policyChanges},
         {"held_by", r.heldBy},
         {"held_at", r.heldAt},
         {"created_by", r.createdBy},
         {"created_at", r.createdAt}};
}

void from_json(const nlohmann::json& j, ManagementReview& r) {
    r.id = jsonIntegerOr<std::int64_t>(j, "id", 0);
    r.title = j.value("title", "");
    r.meetingDate = j.value("meeting_date", "");
    r.chair = j.value("chair", "");
    r.attendees = j.value("attendees", std::vector<std::string>{});
    r.periodFrom = j.value("period_from", "");
    r.periodTo = j.value("period_to", "");
    auto status = j.value("status", "draft");
    auto parsed = reviewStatusFromString(status);
    if (!parsed) throw std::invalid_argument("unknown management review status '" + status + "'");
    r.status = *parsed;
    r.inputs = j.value("inputs", std::vector<ReviewInput>{});
    r.compiledAt = j.value("compiled_at", "");
    r.suitability = j.value("suitability", "");
    r.adequacy = j.value("adequacy", "");
    r.effectiveness = j.value("effectiveness", "");
    r.decisions = j.value("decisions", std::vector<std::string>{});
    r.resourceNeeds = j.value("resource_needs", "");
    r.policyChanges = j.value("policy_changes", "");
    r.heldBy = j.value("held_by", "");
    r.heldAt = j.value("held_at", "");
    r.createdBy = j.value("created_by", "");
    r.createdAt = j.value("created_at", "");
}

}  // namespace cnms::review
