// SPDX-License-Identifier: MIT
#include "SessionCommand.h"

#include "ProjectSession.h"

namespace cnms::gui {

template <class F>
void SessionCommand::guarded(F&& step) {
    try {
        step();
    } catch (...) {
        setObsolete(true);
        m_session.reportCommandFailure(std::current_exception());
    }
}

void SessionCommand::redo() {
    guarded([this] { apply(); });
}

void SessionCommand::undo() {
    guarded([this] { revert(); });
}

}  // namespace cnms::gui
