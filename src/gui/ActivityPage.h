// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "PageRegistry.h"

class QComboBox;
class QLabel;
class QDialog;
class QPushButton;
class QTableView;

namespace cnms::gui {

class ActivityTableModel;
class ImportDialog;

/**
 * The activity data of a reporting year: a table read page by page as it scrolls, a filter by
 * site, and the Import… dialog that brings in a file of records.
 */
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    ActivityPage(const PageContext& context, QWidget* parent = nullptr);

    ActivityTableModel* model() const { return m_model; }
    QComboBox* yearCombo() const { return m_year; }
    QComboBox* siteCombo() const { return m_site; }
    /** Opens the import dialog (window-modal, does not block); returns it. */
    ImportDialog* openImport();

protected:
    void changeEvent(QEvent* event) override;

    /** Opens the change-log history of the selected record; nullptr when none is selected. */
    QDialog* showHistory();

private:
    void reloadChoices();
    void applyFilter();
    void updateCount();
    void retranslate();

    PageContext m_context;
    ActivityTableModel* m_model;
    QComboBox* m_year;
    QComboBox* m_site;
    QTableView* m_view;
    QPushButton* m_importButton;
    QPushButton* m_historyButton;
    QLabel* m_count;
    QLabel* m_yearLabel;
    QLabel* m_siteLabel;
};

}  // namespace cnms::gui
