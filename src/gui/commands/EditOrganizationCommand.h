// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionCommand.h"
#include "cnms/core/Organization.h"

namespace cnms::gui {

/** Saves the organization profile; undo restores the previous profile. */
class EditOrganizationCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(EditOrganizationCommand)
public:
    EditOrganizationCommand(ProjectSession& session, const Organization& before, const Organization& after);

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    Organization m_before;
    Organization m_after;
};

}  // namespace cnms::gui
