// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

#include "PageRegistry.h"

class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace cnms::gui {

class RecordFormDialog;
class RowTableModel;

/**
 * The frame of a page that lists one kind of record: a search box, a sortable table over a
 * RowTableModel, Add…, Edit… and Delete buttons (Delete key and double-click included), a count
 * line and room below the table for a chart. Subclasses fill the rows, build the form and remove
 * a record; the frame keeps selection, enabling and confirmation in one place.
 */
class RecordTablePage : public QWidget {
    Q_OBJECT
public:
    RecordTablePage(const PageContext& context, QWidget* parent = nullptr);

    RowTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    std::optional<qint64> selectedId() const;
    void selectId(qint64 id);

    /** Opens the form to add a record (window-modal, does not block); returns it, or nullptr when read-only. */
    RecordFormDialog* addRecord();
    /** Opens the form for the selected record, or returns nullptr when none is selected. */
    RecordFormDialog* editSelected();
    /** Asks for confirmation, then removes the selected record (one unit of work). */
    void deleteSelected();
    /** Re-reads the records (keeps the selection). */
    void refresh();

protected:
    /** Builds (does not open) the form for a new record (nullopt) or record `id`. */
    virtual RecordFormDialog* createForm(std::optional<qint64> id) = 0;
    /** The rows as stored now; called by refresh(). */
    virtual void fillModel() = 0;
    /** Removes record `id` through the service; throws what it throws. */
    virtual void removeRecord(qint64 id) = 0;
    /** "Delete the measure X?" for the confirmation. */
    virtual QString deleteQuestion(qint64 id) const = 0;
    virtual QString deleteTitle() const = 0;
    /** "N measures", or "N of M measures shown" when the search hides some. */
    virtual QString countText(int shown, int total) const = 0;
    /** Sets the page's own texts; the frame's buttons are set by setButtonTexts. */
    virtual void retranslatePage() = 0;
    /** Called after every refresh (e.g. to redraw a chart). */
    virtual void recordsRefreshed() {}

    void setButtonTexts(const QString& searchHint, const QString& addTip, const QString& editTip,
                        const QString& deleteTip);
    /** The row above the table: add filters or buttons after the search box. */
    QHBoxLayout* toolbar() const { return m_toolbar; }
    /** Below the count line: charts and summaries. */
    QVBoxLayout* lowerArea() const { return m_lower; }
    /** Call at the end of the subclass constructor: texts, first fill, enabled buttons. */
    void finishSetup();

    void changeEvent(QEvent* event) override;

    PageContext m_context;

private:
    void retranslate();
    void updateActions();

    RowTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QLabel* m_countLabel;
    QHBoxLayout* m_toolbar;
    QVBoxLayout* m_lower;
};

}  // namespace cnms::gui
