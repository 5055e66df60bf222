// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

#include "cnms/core/ProjectStore.h"

class QTableWidget;

namespace cnms::gui {

/**
 * The change-log entries of one record (who, when, what, old → new), newest first, read through
 * the core ChangeLogReader by entity and id. Read-only.
 */
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const ChangeLogReader& log, const QString& entity, const QString& entityId,
                  const QString& recordLabel, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /** Opens the dialog (window-modal, deleted on close) for a record. */
    static HistoryDialog* showFor(QWidget* parent, const ChangeLogReader& log, const QString& entity,
                                  const QString& entityId, const QString& recordLabel);
    /**
     * "old → new" for the fields that differ between two JSON values (one line a field), or the
     * whole value for an insert ("→ new") or a delete ("old →").
     */
    static QString describeChange(const std::string& oldJson, const std::string& newJson);

    enum Column { When, Who, Action, Change, ColumnCount };

private:
    QTableWidget* m_table;
};

}  // namespace cnms::gui
