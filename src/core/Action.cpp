// SPDX-License-Identifier: MIT
#include "cnms/core/Action.h"

#include <cstdio>

#include "cnms/core/IsoDate.h"
#include "cnms/core/TextUtil.h"

namespace cnms {

std::string_view toString(ActionStatus status) { return status == ActionStatus::Open ? "open" : "implemented"; }

std::optional<ActionStatus> actionStatusFromString(std::string_view text) {
    if (text == "open") return ActionStatus::Open;
    if (text == "implemented") return ActionStatus::Implemented;
    return std::nullopt;
}

std::string Action::code() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "A-%04lld", static_cast<long long>(id));
    return buf;
}

std::vector<FieldIssue> validate(const Action& action) {
    std::vector<FieldIssue> issues;
    if (text::trim(action.description).empty())
        issues.push_back({"description", "required", "the action needs a description of what is to be done"});
    if (text::trim(action.owner).empty())
        issues.push_back({"owner", "required", "the action needs an owner who is responsible for it"});
    if (action.dueDate.empty())
        issues.push_back({"due", "required", "the action needs a due date (YYYY-MM-DD)"});
    else if (!iso_date::isValid(action.dueDate))
        issues.push_back({"due", "date_invalid", "the due date '" + action.dueDate + "' is not a date (YYYY-MM-DD)"});
    if (action.sourceType.empty() || action.sourceId <= 0)
        issues.push_back({"source", "required", "the action must belong to a record (nonconformity, risk ...)"});
    return issues;
}

}  // namespace cnms
