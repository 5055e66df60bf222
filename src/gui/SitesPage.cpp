// SPDX-License-Identifier: MIT
#include "SitesPage.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "Access.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "HistoryDialog.h"
#include "ProjectSession.h"
#include "SiteDialog.h"
#include "SiteTableModel.h"

namespace cnms::gui {

SitesPage::SitesPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new SiteTableModel(context.session, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_addButton(new QPushButton(this)),
      m_editButton(new QPushButton(this)),
      m_deleteButton(new QPushButton(this)),
      m_historyButton(new QPushButton(this)),
      m_countLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("sitesPage"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_view->setObjectName(QStringLiteral("siteTable"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SiteTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);  // search every column

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SiteTableModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SiteTableModel::Address, QHeaderView::Stretch);
    m_view->setColumnWidth(SiteTableModel::Code, 110);
    m_view->setColumnWidth(SiteTableModel::Name, 200);
    m_view->setColumnWidth(SiteTableModel::Province, 90);
    m_view->setColumnWidth(SiteTableModel::EquityShare, 120);

    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &SitesPage::deleteSelected);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search);
    toolbar->addStretch(1);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_deleteButton);
    toolbar->addWidget(m_historyButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &SitesPage::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &SitesPage::addSite);
    connect(m_editButton, &QPushButton::clicked, this, &SitesPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &SitesPage::deleteSelected);
    connect(m_historyButton, &QPushButton::clicked, this, &SitesPage::showHistory);
    connect(m_view, &QTableView::doubleClicked, this, &SitesPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SitesPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SitesPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SitesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SitesPage::updateActions);
    // Undo of a delete (or redo of an add) brings a site back: show it selected.
    connect(&m_context.session, &ProjectSession::siteAdded, this, [this](const Site& site) { selectSite(site.id); });
    retranslate();
    updateActions();
}

std::optional<SiteId> SitesPage::selectedSite() const {
    auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return rows.front().data(SiteTableModel::SiteIdRole).toLongLong();
}

void SitesPage::selectSite(SiteId id) {
    int row = m_model->rowOf(id);
    if (row < 0) return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) return;  // filtered out by the search
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

SiteDialog* SitesPage::openDialog(std::optional<Site> existing) {
    auto* dialog = new SiteDialog(m_context.session, std::move(existing), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectSite(dialog->resultId()); });
    dialog->open();
    return dialog;
}

SiteDialog* SitesPage::addSite() {
    if (!may(m_context.session, security::Permission::EditOrganization)) return nullptr;
    return openDialog(std::nullopt);
}

SiteDialog* SitesPage::editSelected() {
    auto id = selectedSite();
    if (!id || !may(m_context.session, security::Permission::EditOrganization)) return nullptr;
    auto site = m_context.session.site(*id);
    if (!site) return nullptr;
    return openDialog(*site);
}

void SitesPage::deleteSelected() {
    auto id = selectedSite();
    if (!id || !may(m_context.session, security::Permission::EditOrganization)) return;
    auto site = m_context.session.site(*id);
    if (!site) return;
    const QString name =
        QStringLiteral("%1 %2").arg(QString::fromStdString(site->code), QString::fromStdString(site->name));
    if (!m_context.dialogs.confirm(this, tr("Delete site"),
                                   tr("Delete the site %1?\nYou can bring it back with Edit > Undo.").arg(name),
                                   tr("Delete")))
        return;
    try {
        m_context.session.removeSite(*id);
    } catch (...) {
        m_context.dialogs.warning(this, tr("Delete site"), ErrorText::exception(std::current_exception()));
    }
}

void SitesPage::updateActions() {
    const bool writable = may(m_context.session, security::Permission::EditOrganization);
    const bool selected = selectedSite().has_value();
    m_addButton->setEnabled(writable);
    m_editButton->setEnabled(writable && selected);
    m_deleteButton->setEnabled(writable && selected);
    m_historyButton->setEnabled(selected);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%1 sites").arg(total)
                                         : tr("%1 of %2 sites shown").arg(shown).arg(total));
}

void SitesPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void SitesPage::retranslate() {
    m_search->setPlaceholderText(tr("Search code, name, province or address"));
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_deleteButton->setText(tr("&Delete"));
    m_addButton->setToolTip(tr("Add a site to the organization's boundary"));
    m_editButton->setToolTip(tr("Edit the selected site (or double-click it)"));
    m_deleteButton->setToolTip(tr("Delete the selected site (Edit > Undo brings it back)"));
    m_historyButton->setText(tr("&History…"));
    m_historyButton->setToolTip(tr("Who added or changed the selected site, and when"));
    m_model->retranslate();
    updateActions();
}

QDialog* SitesPage::showHistory() {
    auto id = selectedSite();
    if (!id) return nullptr;
    auto site = m_context.session.site(*id);
    const QString label = site ? QString::fromStdString(site->code + " " + site->name) : QString::number(*id);
    return HistoryDialog::showFor(this, m_context.session.store().changeLog(), QStringLiteral("site"),
                                  QString::number(*id), label);
}

}  // namespace cnms::gui
