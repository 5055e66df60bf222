// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "SessionCommand.h"
#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/InventoryStore.h"

namespace cnms::gui {

/** Corrects one activity record (an inline edit); undo puts the previous values back. */
class EditActivityCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(EditActivityCommand)
public:
    EditActivityCommand(ProjectSession& session, accounting::ActivityId id, const accounting::ActivityRecord& before,
                        const accounting::ActivityRecord& after);

protected:
    QString describe() const override;
    void apply() override;
    void revert() override;

private:
    accounting::ActivityId m_id;
    accounting::ActivityRecord m_before;
    accounting::ActivityRecord m_after;
};

}  // namespace cnms::gui
