// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionCommand.h"
#include "cnms/core/Site.h"

namespace cnms::gui {

/** Removes a site and keeps it, so undo stores it again with the same id and fields. */
class RemoveSiteCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveSiteCommand)
public:
    RemoveSiteCommand(ProjectSession& session, const Site& site);

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    Site m_removed;
};

}  // namespace cnms::gui
