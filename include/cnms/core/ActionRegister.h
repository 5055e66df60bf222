// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "cnms/core/Action.h"
#include "cnms/core/ServiceContext.h"

namespace cnms {

/** Read access to the shared actions register, with overdue flagging against the clock. */
class ActionRegister {
public:
    explicit ActionRegister(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    /** Every action, by due date. */
    std::vector<Action> all() const;
    /** Open actions whose due date is before today. */
    std::vector<Action> overdue() const;

private:
    ServiceContext m_ctx;
};

}  // namespace cnms
