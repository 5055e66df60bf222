// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/Errors.h"

namespace cnms {

using ActionId = std::int64_t;

enum class ActionStatus { Open, Implemented };

std::string_view toString(ActionStatus status);
std::optional<ActionStatus> actionStatusFromString(std::string_view text);

/**
 * One entry of the project's actions register: something a named person must do by a date. The
 * register is shared: an action belongs to a source record named by its catalogue record type
 * ("nonconformity" now; "risk_opportunity" and "management_review" later) and that record's id.
 */
struct Action {
    ActionId id = 0;
    std::string sourceType;
    std::int64_t sourceId = 0;
    std::string description;
    std::string owner;
    std::string dueDate;  ///< YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;
    std::string implementedOn;  ///< YYYY-MM-DD, empty while open
    std::string implementedBy;
    std::string implementationNote;
    std::string createdBy;
    std::string createdAt;  ///< ISO 8601 UTC

    bool operator==(const Action&) const = default;
    /** Open and due before `today` (YYYY-MM-DD): work that should have been done. */
    bool isOverdue(std::string_view today) const { return status == ActionStatus::Open && dueDate < today; }
    /** "A-0007": how the action is shown to people. */
    std::string code() const;
};

/** Every problem with the action's own fields (description, owner, due date). */
std::vector<FieldIssue> validate(const Action& action);

/** The storage port of the actions register. */
class ActionRepository {
public:
    virtual ~ActionRepository() = default;
    /** Every action, ordered by due date then id. */
    virtual std::vector<Action> list() const = 0;
    /** The actions of one source record, in the order they were added. */
    virtual std::vector<Action> listBySource(std::string_view sourceType, std::int64_t sourceId) const = 0;
    virtual std::optional<Action> find(ActionId id) const = 0;
    virtual ActionId insert(const Action& action) = 0;
    virtual void update(const Action& action) = 0;
};

}  // namespace cnms
