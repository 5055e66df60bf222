// SPDX-License-Identifier: MIT
#include "EditSiteCommand.h"

#include "ProjectSession.h"

namespace cnms::gui {

EditSiteCommand::EditSiteCommand(ProjectSession& session, const Site& before, const Site& after)
    : SessionCommand(session), m_before(before), m_after(after) {
    retranslate();
}

QString EditSiteCommand::describe() const {
    return tr("edit site %1").arg(QString::fromStdString(m_after.code));
}

void EditSiteCommand::apply() { m_after = m_session.applyUpdateSite(m_after); }

void EditSiteCommand::revert() { m_session.applyUpdateSite(m_before); }

}  // namespace cnms::gui
