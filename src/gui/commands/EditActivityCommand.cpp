// SPDX-License-Identifier: MIT
#include "EditActivityCommand.h"

#include "ProjectSession.h"

namespace cnms::gui {

EditActivityCommand::EditActivityCommand(ProjectSession& session, accounting::ActivityId id,
                                         const accounting::ActivityRecord& before, const accounting::ActivityRecord& after)
    : SessionCommand(session), m_id(id), m_before(before), m_after(after) {
    retranslate();
}

QString EditActivityCommand::describe() const {
    const QString name = m_after.recordId.empty() ? QStringLiteral("#%1").arg(m_id) : QString::fromStdString(m_after.recordId);
    return tr("edit activity record %1").arg(name);
}

void EditActivityCommand::apply() { m_session.applyUpdateActivity(m_id, m_after); }
void EditActivityCommand::revert() { m_session.applyUpdateActivity(m_id, m_before); }

}  // namespace cnms::gui
