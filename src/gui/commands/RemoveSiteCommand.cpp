// SPDX-License-Identifier: MIT
#include "RemoveSiteCommand.h"

#include "ProjectSession.h"

namespace cnms::gui {

RemoveSiteCommand::RemoveSiteCommand(ProjectSession& session, const Site& site)
    : SessionCommand(session), m_removed(site) {
    retranslate();
}

QString RemoveSiteCommand::describe() const {
    return tr("delete site %1").arg(QString::fromStdString(m_removed.code));
}

void RemoveSiteCommand::apply() { m_removed = m_session.applyRemoveSite(m_removed.id); }

void RemoveSiteCommand::revert() { m_session.applyInsertSite(m_removed); }

}  // namespace cnms::gui
