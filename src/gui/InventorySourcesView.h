// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "cnms/accounting/Inventory.h"
#include "cnms/accounting/InventoryDrillDown.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cnms::gui {

/**
 * The emission sources of an inventory — one line per site, category and factor, with the factor
 * set, version and method it was calculated with — either all of them or those behind one total
 * (drill-down). Double-clicking a line asks for the records behind it (recordsRequested).
 */
class InventorySourcesView : public QWidget {
    Q_OBJECT
public:
    explicit InventorySourcesView(QWidget* parent = nullptr);

    /** Shows the sources of `inventory` (kept by the caller while shown) behind `key`, titled `title`. */
    void show(const accounting::Inventory& inventory, const accounting::DrillKey& key, const QString& title);
    /** The lines shown, with their share of the total drilled into. */
    const std::vector<accounting::DrillRow>& lines() const { return m_lines; }
    QTableView* table() const { return m_view; }
    void retranslate();

signals:
    void recordsRequested(const cnms::accounting::InventoryRow& row);

private:
    void fill();

    const accounting::Inventory* m_inventory = nullptr;
    accounting::DrillKey m_key;
    QString m_title;
    std::vector<accounting::DrillRow> m_lines;
    QLabel* m_caption;
    QPushButton* m_showAll;
    QTableView* m_view;
    QStandardItemModel* m_model;
};

}  // namespace cnms::gui
