// SPDX-License-Identifier: MIT
#include "RegisterPage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "Access.h"
#include "CatalogueText.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "RegisterRecordDialog.h"
#include "RegisterTableModel.h"
#include "cnms/io/RegisterFile.h"
#include "cnms/records/RegisterTable.h"

namespace cnms::gui {
namespace {
std::string_view uiLanguage() { return catalogue_text::chinese() ? "zh" : "en"; }
QString qs(const std::string& s) { return QString::fromStdString(s); }

/** The record's fields in a change-log value (the stored JSON of a record), or an empty object. */
nlohmann::json loggedFields(const std::string& json) {
    if (json.empty()) return nlohmann::json::object();
    auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) return nlohmann::json::object();
    return parsed.value("fields", nlohmann::json::object());
}

QString shownValue(const records::FieldDef* field, const nlohmann::json& value) {
    if (value.is_null()) return QStringLiteral("—");
    if (!field) return qs(value.dump());
    return qs(records::displayValue(*field, value, uiLanguage()));
}

/** "Likelihood: 2 → 3" for every field whose value differs between two logged versions. */
QString describeChange(const records::RegisterSchema& schema, const ChangeLogEntry& entry) {
    const auto before = loggedFields(entry.oldValue);
    const auto after = loggedFields(entry.newValue);
    QStringList lines;
    auto visit = [&](const std::string& id) {
        const auto* field = schema.field(id);
        const auto& a = before.contains(id) ? before.at(id) : nlohmann::json();
        const auto& b = after.contains(id) ? after.at(id) : nlohmann::json();
        if (a == b) return;
        lines << QStringLiteral("%1: %2 → %3")
                     .arg(field ? qs(field->label(uiLanguage())) : qs(id), shownValue(field, a), shownValue(field, b));
    };
    for (const auto& field : schema.fields) visit(field.id);
    return lines.join(QLatin1Char('\n'));
}
}  // namespace

RegisterPage::RegisterPage(const PageContext& context, const records::RegisterSchema& schema, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_schema(schema),
      m_model(new RegisterTableModel(context.session, schema, this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_addButton(new QPushButton(this)),
      m_editButton(new QPushButton(this)),
      m_versionButton(new QPushButton(this)),
      m_deleteButton(new QPushButton(this)),
      m_historyButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this)),
      m_countLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("registerPage"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_versionButton->setObjectName(QStringLiteral("newVersionButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_view->setObjectName(QStringLiteral("registerTable"));
    m_versionButton->setVisible(m_schema.versioned);

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    fitColumns();

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search);
    toolbar->addStretch(1);
    for (auto* button : {m_addButton, m_editButton, m_versionButton, m_deleteButton, m_historyButton, m_exportButton})
        toolbar->addWidget(button);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    connect(m_search, &QLineEdit::textChanged, m_model, &RegisterTableModel::setSearch);
    connect(m_addButton, &QPushButton::clicked, this, &RegisterPage::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &RegisterPage::editSelected);
    connect(m_versionButton, &QPushButton::clicked, this, &RegisterPage::newVersionOfSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RegisterPage::deleteSelected);
    connect(m_historyButton, &QPushButton::clicked, this, &RegisterPage::showHistory);
    connect(m_exportButton, &QPushButton::clicked, this, &RegisterPage::exportRegister);
    connect(m_view, &QTableView::doubleClicked, this, &RegisterPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::fitColumns);
    retranslate();
}

std::optional<records::RecordId> RegisterPage::selectedRecord() const {
    auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return rows.front().data(RegisterTableModel::RecordIdRole).toLongLong();
}

void RegisterPage::selectRecord(records::RecordId id) {
    int row = m_model->rowOf(id);
    if (row < 0) return;
    QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

RegisterRecordDialog* RegisterPage::openDialog(int mode, std::optional<records::RegisterRecord> existing) {
    auto* dialog = new RegisterRecordDialog(m_context, m_schema, static_cast<RegisterRecordDialog::Mode>(mode),
                                            std::move(existing), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectRecord(dialog->resultId()); });
    dialog->open();
    return dialog;
}

RegisterRecordDialog* RegisterPage::addRecord() {
    if (!may(m_context.session, security::Permission::EditRegisters)) return nullptr;
    return openDialog(static_cast<int>(RegisterRecordDialog::Mode::Add), std::nullopt);
}

RegisterRecordDialog* RegisterPage::editSelected() {
    auto id = selectedRecord();
    if (!id || !may(m_context.session, security::Permission::EditRegisters)) return nullptr;
    records::RegisterService service(m_context.session.store());
    auto record = service.get(*id);
    // An approved record of a register that freezes on approval changes only by a new version.
    if (m_schema.freezeOnApproval && records::RegisterService::isApproved(m_schema, record))
        return openDialog(static_cast<int>(RegisterRecordDialog::Mode::NewVersion), record);
    return openDialog(static_cast<int>(RegisterRecordDialog::Mode::Edit), record);
}

RegisterRecordDialog* RegisterPage::newVersionOfSelected() {
    auto id = selectedRecord();
    if (!id || !m_schema.versioned || !may(m_context.session, security::Permission::EditRegisters)) return nullptr;
    records::RegisterService service(m_context.session.store());
    return openDialog(static_cast<int>(RegisterRecordDialog::Mode::NewVersion), service.get(*id));
}

void RegisterPage::deleteSelected() {
    auto id = selectedRecord();
    if (!id || !may(m_context.session, security::Permission::EditRegisters)) return;
    records::RegisterService service(m_context.session.store());
    const auto record = service.get(*id);
    const QString title = qs(records::displayTitle(m_schema, record, uiLanguage()));
    if (!m_context.dialogs.confirm(this, tr("Delete record"),
                                   tr("Delete \"%1\" from %2?\nThe change log keeps what it was.")
                                       .arg(title, qs(m_schema.label(uiLanguage()))),
                                   tr("Delete")))
        return;
    try {
        m_context.session.removeRecord(*id);  // on the undo stack; the session announces the change
    } catch (...) {
        m_context.dialogs.warning(this, tr("Delete record"), ErrorText::exception(std::current_exception()));
    }
}

QDialog* RegisterPage::showHistory() {
    auto id = selectedRecord();
    if (!id) return nullptr;
    records::RegisterService service(m_context.session.store());
    const auto record = service.get(*id);
    const auto entries = service.changes(*id);

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("historyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("History of \"%1\"").arg(qs(records::displayTitle(m_schema, record, uiLanguage()))));
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 4, dialog);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Change (old → new)")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    int row = 0;
    for (const auto& entry : entries) {
        QString action = qs(entry.action);
        if (entry.action == "insert") action = tr("Added");
        else if (entry.action == "update") action = tr("Changed");
        else if (entry.action == "delete") action = tr("Deleted");
        else if (entry.action == "import") action = tr("Imported");
        table->setItem(row, 0, new QTableWidgetItem(qs(entry.at)));
        table->setItem(row, 1, new QTableWidgetItem(qs(entry.actor)));
        table->setItem(row, 2, new QTableWidgetItem(action));
        table->setItem(row, 3, new QTableWidgetItem(describeChange(m_schema, entry)));
        ++row;
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(820, 420);
    dialog->open();
    return dialog;
}

void RegisterPage::exportRegister() {
    QString path = m_context.dialogs.saveFileName(this, tr("Export register"),
                                                  qs(m_schema.type) + QStringLiteral(".xlsx"),
                                                  tr("Excel workbook (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    try {
        records::RegisterService service(m_context.session.store());
        io::writeRegisterFile(m_schema, service.list(m_schema.type),
                              catalogue_text::chinese() ? records::Labels::Zh : records::Labels::En,
                              QFile::encodeName(path).toStdString());
    } catch (...) {
        m_context.dialogs.warning(this, tr("Export register"), ErrorText::exception(std::current_exception()));
    }
}

void RegisterPage::fitColumns() {
    // Columns as wide as their content, within bounds: long titles must not push the rest away.
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column) + 12, 80, 280));
}

void RegisterPage::updateActions() {
    const bool writable = may(m_context.session, security::Permission::EditRegisters);
    const bool selected = selectedRecord().has_value();
    m_addButton->setEnabled(writable);
    m_editButton->setEnabled(writable && selected);
    m_versionButton->setEnabled(writable && selected);
    m_deleteButton->setEnabled(writable && selected);
    m_historyButton->setEnabled(selected);
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(RegisterTableModel::OverdueRole).toBool()) ++overdue;
    QString count = tr("%n record(s)", nullptr, m_model->rowCount());
    if (overdue > 0) count += QStringLiteral(" · ") + tr("%n overdue (highlighted)", nullptr, overdue);
    m_countLabel->setText(count);
}

void RegisterPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void RegisterPage::retranslate() {
    m_search->setPlaceholderText(tr("Search all fields"));
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_versionButton->setText(tr("New &version…"));
    m_deleteButton->setText(tr("&Delete"));
    m_historyButton->setText(tr("&History"));
    m_exportButton->setText(tr("Export…"));
    m_versionButton->setToolTip(tr("Keep the selected record as history and store a new version of it"));
    m_model->retranslate();
    updateActions();
}

}  // namespace cnms::gui
