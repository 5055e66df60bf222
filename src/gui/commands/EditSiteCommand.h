// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionCommand.h"
#include "cnms/core/Site.h"

namespace cnms::gui {

/** Changes a site's fields; undo puts the previous values back. */
class EditSiteCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(EditSiteCommand)
public:
    EditSiteCommand(ProjectSession& session, const Site& before, const Site& after);

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    Site m_before;
    Site m_after;
};

}  // namespace cnms::gui
