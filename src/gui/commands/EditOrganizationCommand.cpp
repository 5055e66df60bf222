// SPDX-License-Identifier: MIT
#include "EditOrganizationCommand.h"

#include "ProjectSession.h"

namespace cnms::gui {

EditOrganizationCommand::EditOrganizationCommand(ProjectSession& session, const Organization& before,
                                                 const Organization& after)
    : SessionCommand(session), m_before(before), m_after(after) {
    retranslate();
}

QString EditOrganizationCommand::describe() const { return tr("edit organization profile"); }

void EditOrganizationCommand::apply() { m_after = m_session.applyOrganization(m_after); }

void EditOrganizationCommand::revert() { m_session.applyOrganization(m_before); }

}  // namespace cnms::gui
