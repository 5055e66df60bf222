// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

#include "PageRegistry.h"
#include "cnms/core/Site.h"

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cnms::gui {

class SiteDialog;
class SiteTableModel;

/** The sites in the organization's boundary: a sortable, searchable table with add, edit and delete. */
class SitesPage : public QWidget {
    Q_OBJECT
public:
    SitesPage(const PageContext& context, QWidget* parent = nullptr);

    SiteTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /** The id of the selected site, if one is selected. */
    std::optional<SiteId> selectedSite() const;
    void selectSite(SiteId id);

    /** Opens the dialog to add a site (window-modal, does not block); returns it. */
    SiteDialog* addSite();
    /** Opens the dialog to edit the selected site, or returns nullptr when none is selected. */
    SiteDialog* editSelected();
    /** Asks for confirmation, then deletes the selected site as an undoable command. */
    void deleteSelected();
    /** Opens the change-log history of the selected site; nullptr when none is selected. */
    QDialog* showHistory();

protected:
    void changeEvent(QEvent* event) override;

private:
    SiteDialog* openDialog(std::optional<Site> existing);
    void retranslate();
    void updateActions();

    PageContext m_context;
    SiteTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_historyButton;
    QLabel* m_countLabel;
};

}  // namespace cnms::gui
