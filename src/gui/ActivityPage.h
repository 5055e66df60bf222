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
class ActivityExportJob;

/**
 * The activity data of a reporting year: a table read page by page as it scrolls, a filter by
 * site, in-place correction of a record (validated like an import, undoable), the Import… dialog
 * that brings in a file of records and Export… that writes the year back out in the same format.
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
    /** Asks for a file and exports the shown year to it off the UI thread; the job, or nullptr when cancelled. */
    ActivityExportJob* exportYear();

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
    QPushButton* m_exportButton;
    QPushButton* m_historyButton;
    QLabel* m_count;
    QLabel* m_yearLabel;
    QLabel* m_siteLabel;
};

}  // namespace cnms::gui
