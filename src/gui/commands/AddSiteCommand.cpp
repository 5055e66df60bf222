// SPDX-License-Identifier: MIT
#include "AddSiteCommand.h"

#include "ProjectSession.h"

namespace cnms::gui {

AddSiteCommand::AddSiteCommand(ProjectSession& session, const Site& site) : SessionCommand(session), m_site(site) {
    retranslate();
}

QString AddSiteCommand::describe() const {
    return tr("add site %1").arg(QString::fromStdString(m_site.code));
}

void AddSiteCommand::apply() {
    // The first redo assigns the id; later redos keep it, so references made meanwhile stay valid.
    m_site = m_session.applyInsertSite(m_site);
}

void AddSiteCommand::revert() { m_session.applyRemoveSite(m_site.id); }

}  // namespace cnms::gui
