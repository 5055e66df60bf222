// SPDX-License-Identifier: MIT
#include "cnms/core/ActionRegister.h"

namespace cnms {

std::vector<Action> ActionRegister::all() const { return m_ctx.store().actions().list(); }

std::vector<Action> ActionRegister::overdue() const {
    auto today = m_ctx.today();
    std::vector<Action> out;
    for (auto& action : all())
        if (action.isOverdue(today)) out.push_back(std::move(action));
    return out;
}

}  // namespace cnms
