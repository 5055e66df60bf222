// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

#include "PageRegistry.h"
#include "cnms/records/RegisterService.h"

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cnms::gui {

class RegisterRecordDialog;
class RegisterTableModel;

/**
 * Any register of the management system, presented from its schema: a searchable table of the
 * current records (overdue ones highlighted) with Add, Edit, New version (for versioned
 * registers), Delete, History and Export (xlsx or CSV). Add, edit and delete go through the
 * session's undo stack (RegisterService validates and writes the change log); the session's
 * recordsChanged signal refreshes the views.
 */
class RegisterPage : public QWidget {
    Q_OBJECT
public:
    RegisterPage(const PageContext& context, const records::RegisterSchema& schema, QWidget* parent = nullptr);

    RegisterTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    std::optional<records::RecordId> selectedRecord() const;
    void selectRecord(records::RecordId id);

    /** Opens the form to add a record (window-modal, does not block); returns it. */
    RegisterRecordDialog* addRecord();
    /** Opens the form for the selected record, or returns nullptr when none is selected. */
    RegisterRecordDialog* editSelected();
    /** Opens the form for a new version of the selected record (versioned registers only). */
    RegisterRecordDialog* newVersionOfSelected();
    /** Asks for confirmation, then removes the selected record. */
    void deleteSelected();
    /** Opens the change history of the selected record; returns the dialog or nullptr. */
    QDialog* showHistory();
    /** Asks where, then writes the register as xlsx or CSV (by the name's extension) with labels in the UI language. */
    void exportRegister();

protected:
    void changeEvent(QEvent* event) override;

private:
    RegisterRecordDialog* openDialog(int mode, std::optional<records::RegisterRecord> existing);
    void retranslate();
    void updateActions();
    void fitColumns();

    PageContext m_context;
    const records::RegisterSchema& m_schema;
    RegisterTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_versionButton;
    QPushButton* m_deleteButton;
    QPushButton* m_historyButton;
    QPushButton* m_exportButton;
    QLabel* m_countLabel;
};

}  // namespace cnms::gui
