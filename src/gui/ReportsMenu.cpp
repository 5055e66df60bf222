// SPDX-License-Identifier: MIT
#include "ReportsMenu.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/records/RegisterSchema.h"
#include "cnms/report/InventoryReportDocument.h"
#include "cnms/report/NeutralityReportDocument.h"
#include "cnms/report/RegisterReportDocument.h"
#include "cnms/report/ReportPreviewDialog.h"

namespace cnms::gui {

report::ReportDocument buildReport(ProjectStore& store, const ReportChoice& choice) {
    switch (choice.kind) {
    case ReportKind::Inventory: return report::buildInventoryReportDocument(store, choice.year, choice.language);
    case ReportKind::Neutrality: {
        neutrality::ClaimRequest request;
        request.year = choice.year;
        return report::buildNeutralityReportDocument(store, request, choice.language);
    }
    case ReportKind::Registers: return report::buildRegisterReportDocument(store, choice.registers, choice.language);
    }
    return {};
}

ReportsMenu::ReportsMenu(std::function<ProjectSession*()> session, QWidget* parent)
    : QMenu(parent), m_session(std::move(session)) {
    setObjectName(QStringLiteral("reportsMenu"));
    m_inventory = addAction(QString());
    m_inventory->setObjectName(QStringLiteral("inventoryReportAction"));
    m_neutrality = addAction(QString());
    m_neutrality->setObjectName(QStringLiteral("neutralityReportAction"));
    m_registers = addAction(QString());
    m_registers->setObjectName(QStringLiteral("registerReportAction"));
    const auto ask = [this](ReportKind kind) {
        if (auto choice = askChoice(kind)) preview(*choice);
    };
    connect(m_inventory, &QAction::triggered, this, [ask] { ask(ReportKind::Inventory); });
    connect(m_neutrality, &QAction::triggered, this, [ask] { ask(ReportKind::Neutrality); });
    connect(m_registers, &QAction::triggered, this, [ask] { ask(ReportKind::Registers); });
    connect(this, &QMenu::aboutToShow, this, &ReportsMenu::updateEnabled);
    retranslate();
}

void ReportsMenu::updateEnabled() {
    const bool open = m_session() != nullptr;
    for (QAction* action : {m_inventory, m_neutrality, m_registers}) action->setEnabled(open);
}

std::optional<ReportChoice> ReportsMenu::askChoice(ReportKind kind) {
    ProjectSession* session = m_session();
    if (!session) return std::nullopt;
    QDialog dialog(parentWidget());
    dialog.setObjectName(QStringLiteral("reportChoiceDialog"));
    dialog.setWindowTitle(kind == ReportKind::Inventory    ? tr("GHG inventory report")
                          : kind == ReportKind::Neutrality ? tr("Carbon-neutrality statement")
                                                           : tr("Register report"));
    auto* form = new QFormLayout(&dialog);

    auto* year = new QComboBox(&dialog);
    year->setObjectName(QStringLiteral("yearCombo"));
    auto years = session->store().activities().years();
    if (years.empty()) years.push_back(QDate::currentDate().year() - 1);  // the report then says what is missing
    for (auto it = years.rbegin(); it != years.rend(); ++it) year->addItem(QString::number(*it), *it);
    if (kind != ReportKind::Registers) form->addRow(tr("Reporting year:"), year);

    auto* language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("Language of the report:"), language);

    auto* registers = new QListWidget(&dialog);
    registers->setObjectName(QStringLiteral("registerList"));
    if (kind == ReportKind::Registers) {
        const bool zh = language->currentIndex() == 0;
        const auto& defaults = report::defaultReportRegisters();
        auto addItem = [&](const std::string& type, const QString& label) {
            auto* item = new QListWidgetItem(label, registers);
            item->setData(Qt::UserRole, QString::fromStdString(type));
            const bool chosen = std::find(defaults.begin(), defaults.end(), type) != defaults.end();
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        };
        addItem("nonconformity", tr("Nonconformities and corrective actions"));
        addItem("action", tr("Actions"));
        for (const auto& schema : records::RegisterSchemas::shipped().all())
            addItem(schema.type, QString::fromStdString(zh ? schema.zh : schema.en));
        form->addRow(tr("Registers:"), registers);
    } else {
        registers->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;

    ReportChoice choice;
    choice.kind = kind;
    choice.year = year->currentData().toInt();
    choice.language = language->currentData().toString() == QLatin1String("en") ? report::ReportLanguage::English
                                                                                 : report::ReportLanguage::Chinese;
    for (int i = 0; i < registers->count(); ++i)
        if (registers->item(i)->checkState() == Qt::Checked)
            choice.registers.push_back(registers->item(i)->data(Qt::UserRole).toString().toStdString());
    if (kind == ReportKind::Registers && choice.registers.empty()) return std::nullopt;
    return choice;
}

void ReportsMenu::preview(const ReportChoice& choice) {
    ProjectSession* session = m_session();
    if (!session) return;
    report::ReportDocument document;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        document = buildReport(session->store(), choice);
        QApplication::restoreOverrideCursor();
    } catch (...) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parentWidget(), tr("Reports"), ErrorText::exception(std::current_exception()));
        return;
    }
    auto* dialog = new report::ReportPreviewDialog(std::move(document), choice.language, {}, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void ReportsMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(event);
}

void ReportsMenu::retranslate() {
    setTitle(tr("&Reports"));
    m_inventory->setText(tr("GHG inventory report…"));
    m_neutrality->setText(tr("Carbon-neutrality statement…"));
    m_registers->setText(tr("Registers…"));
}

}  // namespace cnms::gui
