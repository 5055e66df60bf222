// SPDX-License-Identifier: MIT
#include "RecordTablePage.h"

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

#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "RecordFormDialog.h"
#include "RowTableModel.h"

namespace cnms::gui {

RecordTablePage::RecordTablePage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new RowTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_addButton(new QPushButton(this)),
      m_editButton(new QPushButton(this)),
      m_deleteButton(new QPushButton(this)),
      m_countLabel(new QLabel(this)),
      m_toolbar(new QHBoxLayout),
      m_lower(new QVBoxLayout) {
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RowTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &RecordTablePage::deleteSelected);

    m_toolbar->addWidget(m_search);
    m_toolbar->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    auto* top = new QHBoxLayout;
    top->addLayout(m_toolbar, 1);
    top->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    layout->addLayout(m_lower, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &RecordTablePage::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &RecordTablePage::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &RecordTablePage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RecordTablePage::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, &RecordTablePage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTablePage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTablePage::updateActions);
}

void RecordTablePage::finishSetup() {
    retranslate();
    refresh();
    m_view->resizeColumnsToContents();
}

std::optional<qint64> RecordTablePage::selectedId() const {
    auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return rows.front().data(RowTableModel::IdRole).toLongLong();
}

void RecordTablePage::selectId(qint64 id) {
    int row = m_model->rowOf(id);
    if (row < 0) return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) return;  // hidden by the search
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void RecordTablePage::refresh() {
    const auto selected = selectedId();
    fillModel();
    if (selected) selectId(*selected);
    updateActions();
    recordsRefreshed();
}

RecordFormDialog* RecordTablePage::addRecord() {
    if (m_context.session.isReadOnly()) return nullptr;
    RecordFormDialog* dialog = createForm(std::nullopt);
    if (!dialog) return nullptr;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectId(dialog->resultId()); });
    dialog->open();
    return dialog;
}

RecordFormDialog* RecordTablePage::editSelected() {
    auto id = selectedId();
    if (!id || m_context.session.isReadOnly()) return nullptr;
    RecordFormDialog* dialog = createForm(*id);
    if (!dialog) return nullptr;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectId(dialog->resultId()); });
    dialog->open();
    return dialog;
}

void RecordTablePage::deleteSelected() {
    auto id = selectedId();
    if (!id || m_context.session.isReadOnly()) return;
    if (!m_context.dialogs.confirm(this, deleteTitle(), deleteQuestion(*id), tr("Delete"))) return;
    try {
        removeRecord(*id);
    } catch (...) {
        m_context.dialogs.warning(this, deleteTitle(), ErrorText::exception(std::current_exception()));
    }
}

void RecordTablePage::updateActions() {
    const bool writable = !m_context.session.isReadOnly();
    const bool selected = selectedId().has_value();
    m_addButton->setEnabled(writable);
    m_editButton->setEnabled(writable && selected);
    m_deleteButton->setEnabled(writable && selected);
    m_countLabel->setText(countText(m_proxy->rowCount(), m_model->rowCount()));
}

void RecordTablePage::setButtonTexts(const QString& searchHint, const QString& addTip, const QString& editTip,
                                     const QString& deleteTip) {
    m_search->setPlaceholderText(searchHint);
    m_addButton->setToolTip(addTip);
    m_editButton->setToolTip(editTip);
    m_deleteButton->setToolTip(deleteTip);
}

void RecordTablePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void RecordTablePage::retranslate() {
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_deleteButton->setText(tr("&Delete"));
    retranslatePage();
    updateActions();
}

}  // namespace cnms::gui
