// SPDX-License-Identifier: MIT
#include "ActivityPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "ActivityExportJob.h"
#include "Access.h"
#include "ActivityTableModel.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "HistoryDialog.h"
#include "ImportDialog.h"
#include "ProjectSession.h"

namespace cnms::gui {

ActivityPage::ActivityPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new ActivityTableModel(context.session.store(), this)),
      m_year(new QComboBox(this)),
      m_site(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_importButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this)),
      m_historyButton(new QPushButton(this)),
      m_count(new QLabel(this)),
      m_yearLabel(new QLabel(this)),
      m_siteLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("activityPage"));
    m_view->setObjectName(QStringLiteral("activityTable"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_yearLabel->setBuddy(m_year);
    m_siteLabel->setBuddy(m_site);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(!may(context.session, security::Permission::EditActivityData)
                                ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    if (may(context.session, security::Permission::EditActivityData)) {
        m_model->setEditor([this](accounting::ActivityId id, const accounting::ActivityRecord& edited) -> QString {
            try {
                m_context.session.editActivity(id, edited);
                return {};
            } catch (const ValidationError& e) {
                QStringList lines;
                for (const auto& issue : e.issues()) lines << ErrorText::issue(issue);
                return lines.join(QLatin1Char('\n'));
            } catch (...) {
                return ErrorText::exception(std::current_exception());
            }
        });
    }
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ActivityTableModel::RecordId, 120);
    m_view->setColumnWidth(ActivityTableModel::SourceType, 170);
    m_view->setColumnWidth(ActivityTableModel::Activity, 150);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_yearLabel);
    toolbar->addWidget(m_year);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_siteLabel);
    toolbar->addWidget(m_site);
    toolbar->addStretch(1);
    toolbar->addWidget(m_historyButton);
    toolbar->addWidget(m_importButton);
    toolbar->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_year, &QComboBox::activated, this, &ActivityPage::applyFilter);
    connect(m_site, &QComboBox::activated, this, &ActivityPage::applyFilter);
    connect(m_importButton, &QPushButton::clicked, this, &ActivityPage::openImport);
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityPage::exportYear);
    connect(m_model, &ActivityTableModel::editRefused, this, [this](const QString& message) {
        m_context.dialogs.warning(this, tr("Correction refused"), message);
    });
    connect(&m_context.session, &ProjectSession::activityEdited, m_model, &ActivityTableModel::refreshRecord);
    connect(m_historyButton, &QPushButton::clicked, this, &ActivityPage::showHistory);
    auto updateHistory = [this] { m_historyButton->setEnabled(m_view->selectionModel()->hasSelection()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateHistory);
    m_historyButton->setEnabled(false);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateCount);
    connect(&m_context.session, &ProjectSession::activitiesChanged, this, [this] {
        reloadChoices();
        applyFilter();
    });
    connect(&m_context.session, &ProjectSession::siteAdded, this, &ActivityPage::reloadChoices);
    connect(&m_context.session, &ProjectSession::siteRemoved, this, &ActivityPage::reloadChoices);

    retranslate();
    reloadChoices();
    applyFilter();
}

ImportDialog* ActivityPage::openImport() {
    if (!may(m_context.session, security::Permission::EditActivityData)) return nullptr;
    auto* dialog = new ImportDialog(m_context.session, m_context.dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ActivityExportJob* ActivityPage::exportYear() {
    const int year = m_model->year();
    if (year == 0) return nullptr;
    const QString suggested = QStringLiteral("%1-activity-%2.xlsx").arg(QFileInfo(m_context.session.path()).completeBaseName()).arg(year);
    const QString file = m_context.dialogs.saveFileName(this, tr("Export activity data"), suggested,
                                                        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (file.isEmpty()) return nullptr;
    auto* job = new ActivityExportJob(m_context.session.path(), year, this);
    connect(job, &ActivityExportJob::finished, this, [this, job](bool ok, const QString& message) {
        if (ok) m_context.dialogs.information(this, tr("Export activity data"), message);
        else m_context.dialogs.warning(this, tr("Export activity data"), message);
        job->deleteLater();
    });
    job->start(file);
    return job;
}

void ActivityPage::reloadChoices() {
    const QVariant year = m_year->currentData();
    const QVariant site = m_site->currentData();
    m_year->clear();
    for (int y : m_context.session.store().activities().years()) m_year->addItem(QString::number(y), y);
    int index = year.isValid() ? m_year->findData(year) : -1;
    m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);
    m_site->clear();
    m_site->addItem(tr("All sites"), QString());
    for (const auto& s : m_context.session.sites())
        m_site->addItem(QStringLiteral("%1 %2").arg(QString::fromStdString(s.code), QString::fromStdString(s.name)),
                        QString::fromStdString(s.code));
    index = site.isValid() ? m_site->findData(site) : 0;
    m_site->setCurrentIndex(std::max(0, index));
}

void ActivityPage::applyFilter() {
    const int year = m_year->count() > 0 ? m_year->currentData().toInt() : 0;
    const QString site = m_site->currentData().toString();
    if (year != m_model->year() || site != m_model->site() || year == 0)
        m_model->setYear(year, site);
    else
        m_model->reload();
    updateCount();
}

void ActivityPage::updateCount() {
    const bool writable = may(m_context.session, security::Permission::EditActivityData);
    m_importButton->setEnabled(writable);
    m_exportButton->setEnabled(m_model->year() != 0);
    if (m_model->year() == 0) {
        m_count->setText(tr("No activity data yet: use Import… to bring in a CSV or xlsx file."));
        return;
    }
    const QString total = QLocale().toString(static_cast<qlonglong>(m_model->totalInYear()));
    const QString loaded = QLocale().toString(m_model->rowCount());
    m_count->setText(m_model->canFetchMore({}) ? tr("%1 records shown so far (scroll for more); %2 in %3")
                                                      .arg(loaded, total)
                                                      .arg(m_model->year())
                                                : tr("%1 records shown; %2 in %3").arg(loaded, total).arg(m_model->year()));
}

void ActivityPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ActivityPage::retranslate() {
    m_yearLabel->setText(tr("Reporting &year:"));
    m_siteLabel->setText(tr("&Site:"));
    m_importButton->setText(tr("&Import…"));
    m_historyButton->setText(tr("&History…"));
    m_historyButton->setToolTip(tr("Who entered or changed the selected record, and when"));
    m_importButton->setToolTip(tr("Import activity data from a CSV or xlsx file (all rows or none)"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Write the year's records to xlsx or CSV in the import format"));
    m_view->setToolTip(!may(m_context.session, security::Permission::EditActivityData) ? QString()
                                                      : tr("Double-click a cell to correct it; Ctrl+Z undoes a correction"));
    if (m_site->count() > 0) m_site->setItemText(0, tr("All sites"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, ActivityTableModel::ColumnCount - 1);
    updateCount();
}

QDialog* ActivityPage::showHistory() {
    auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return nullptr;
    const auto id = m_model->idAt(rows.front().row());
    if (id == 0) return nullptr;
    const QString recordId = m_model->index(rows.front().row(), ActivityTableModel::RecordId).data().toString();
    return HistoryDialog::showFor(this, m_context.session.store().changeLog(), QStringLiteral("activity_record"),
                                  QString::number(id), recordId.isEmpty() ? QString::number(id) : recordId);
}

}  // namespace cnms::gui
