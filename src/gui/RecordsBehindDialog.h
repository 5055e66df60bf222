// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "cnms/accounting/Inventory.h"
#include "cnms/core/ProjectStore.h"

class QStandardItemModel;
class QTableView;

namespace cnms::gui {

/**
 * The bottom of a drill-down: how one emission source was calculated (formula, every parameter with
 * its factor set, version and confidence) and the activity records summed in it, each with its
 * evidence reference and who entered it. Shows at most kMaxRecords records and says how many more.
 */
class RecordsBehindDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxRecords = 1000;

    RecordsBehindDialog(ProjectStore& store, int year, const accounting::InventoryRow& row, QWidget* parent = nullptr);

    /** The records listed (at most kMaxRecords). */
    int listed() const;
    /** The records found in all. */
    int found() const { return m_found; }

private:
    QTableView* m_view;
    QStandardItemModel* m_model;
    int m_found = 0;
};

}  // namespace cnms::gui
