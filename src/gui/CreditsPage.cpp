// SPDX-License-Identifier: MIT
#include "CreditsPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>

#include "CreditDialog.h"
#include "ImportDialog.h"
#include "NeutralityText.h"
#include "ProjectSession.h"
#include "RowTableModel.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::gui {

using namespace cnms::neutrality;

CreditsPage::CreditsPage(const PageContext& context, QWidget* parent)
    : RecordTablePage(context, parent),
      m_statusLabel(new QLabel(this)),
      m_statusFilter(new QComboBox(this)),
      m_importButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("creditsPage"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_statusLabel->setBuddy(m_statusFilter);
    toolbar()->insertWidget(1, m_statusLabel);
    toolbar()->insertWidget(2, m_statusFilter);
    toolbar()->addWidget(m_importButton);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CreditsPage::refresh);
    connect(m_importButton, &QPushButton::clicked, this, &CreditsPage::importCredits);
    connect(&context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("offset_credit")) refresh();
    });
    finishSetup();
    m_importButton->setEnabled(!context.session.isReadOnly());
}

void CreditsPage::setStatusFilter(std::optional<CreditStatus> status) {
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(static_cast<int>(*status)) : 0);
}

ImportDialog* CreditsPage::importCredits() {
    if (m_context.session.isReadOnly()) return nullptr;
    auto* dialog = new ImportDialog(m_context.session, m_context.dialogs, this, ImportKind::Credits);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RecordFormDialog* CreditsPage::createForm(std::optional<qint64> id) {
    std::optional<OffsetCredit> existing;
    if (id) {
        existing = m_context.session.store().credits().find(*id);
        if (!existing) return nullptr;
    }
    return new CreditDialog(m_context.session, existing, this);
}

void CreditsPage::fillModel() {
    m_credits = m_context.session.store().credits().list();
    const QVariant filter = m_statusFilter->currentData();
    QVector<RowTableModel::Row> rows;
    for (const auto& c : m_credits) {
        if (filter.isValid() && static_cast<int>(c.status) != filter.toInt()) continue;
        RowTableModel::Row row;
        row.id = c.id;
        const auto registry = recogniseRegistry(c.registry);
        row.cells = {RowTableModel::text(QString::fromStdString(c.registry)),
                     RowTableModel::text(QStringLiteral("%1 %2").arg(QString::fromStdString(c.projectId),
                                                                     QString::fromStdString(c.projectName))),
                     RowTableModel::text(NeutralityText::creditType(c.type)),
                     RowTableModel::text(QString::number(c.vintage), c.vintage),
                     RowTableModel::text(QString::fromStdString(c.serial)),
                     RowTableModel::number(c.quantityTco2e, 3),
                     RowTableModel::text(NeutralityText::creditStatus(c.status), static_cast<int>(c.status)),
                     RowTableModel::text(QString::fromStdString(c.retirementDate)),
                     RowTableModel::text(QString::fromStdString(c.beneficiary)),
                     RowTableModel::text(QString::fromStdString(c.claim))};
        row.cells[Registry].toolTip = tr("Recognised as %1").arg(QString::fromStdString(registry.key));
        if (c.status == CreditStatus::Retired) row.cells[Status].foreground = QColor(0x2e, 0x7d, 0x32);
        if (c.status == CreditStatus::Cancelled) row.cells[Status].foreground = QColor(Qt::gray);
        rows.push_back(std::move(row));
    }
    model()->setRows(std::move(rows));
}

void CreditsPage::removeRecord(qint64 id) {
    NeutralityService(m_context.session.store()).removeCredit(id);
    m_context.session.notifyRecordsChanged(QStringLiteral("offset_credit"));
}

QString CreditsPage::deleteQuestion(qint64 id) const {
    auto c = m_context.session.store().credits().find(id);
    return tr("Delete the offset credit %1?")
        .arg(c ? QStringLiteral("%1 %2").arg(QString::fromStdString(c->registry), QString::fromStdString(c->serial))
               : QString::number(id));
}

QString CreditsPage::deleteTitle() const { return tr("Delete offset credit"); }

QString CreditsPage::countText(int shown, int total) const {
    double retired = 0;
    for (const auto& c : m_credits)
        if (c.status == CreditStatus::Retired) retired += c.quantityTco2e;
    const QString count = shown == total ? tr("%n credit record(s)", nullptr, total)
                                         : tr("%1 of %n credit record(s) shown", nullptr, total).arg(shown);
    return tr("%1; retired: %2").arg(count, NeutralityText::tonnes(retired, 0));
}

void CreditsPage::retranslatePage() {
    setButtonTexts(tr("Search registry, project, serial or beneficiary"), tr("Record an offset credit"),
                   tr("Edit the selected credit (or double-click it)"), tr("Delete the selected credit"));
    model()->setHeaders({tr("Registry"), tr("Project"), tr("Type"), tr("Vintage"), tr("Serial"), tr("Quantity (tCO2e)"),
                         tr("Status"), tr("Retired on"), tr("Beneficiary"), tr("Claim")});
    m_statusLabel->setText(tr("S&tatus:"));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Import credits from CSV or xlsx: all or nothing, double counting refused"));
    const int current = m_statusFilter->currentIndex();
    QSignalBlocker block(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All"));
    for (auto s : {CreditStatus::Active, CreditStatus::Pending, CreditStatus::Retired, CreditStatus::Cancelled})
        m_statusFilter->addItem(NeutralityText::creditStatus(s), static_cast<int>(s));
    m_statusFilter->setCurrentIndex(std::max(0, current));
}

}  // namespace cnms::gui
