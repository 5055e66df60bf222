// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionCommand.h"
#include "cnms/core/Site.h"

namespace cnms::gui {

/** Adds a site; undo removes it, redo stores it again under the id it had. */
class AddSiteCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(AddSiteCommand)
public:
    AddSiteCommand(ProjectSession& session, const Site& site);
    /** The site as stored (with its id) once redo() has run. */
    const Site& site() const { return m_site; }

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    Site m_site;
};

}  // namespace cnms::gui
