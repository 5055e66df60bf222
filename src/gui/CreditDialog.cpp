// SPDX-License-Identifier: MIT
#include "CreditDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "NeutralityText.h"
#include "ProjectSession.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::gui {

using namespace cnms::neutrality;

CreditDialog::CreditDialog(ProjectSession& session, std::optional<OffsetCredit> existing, QWidget* parent)
    : RecordFormDialog(parent),
      m_session(session),
      m_existing(std::move(existing)),
      m_registry(new QComboBox(this)),
      m_projectId(new QLineEdit(this)),
      m_projectName(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_vintage(new QSpinBox(this)),
      m_serial(new QLineEdit(this)),
      m_quantity(new QDoubleSpinBox(this)),
      m_status(new QComboBox(this)),
      m_retirementDate(new QLineEdit(this)),
      m_beneficiary(new QLineEdit(this)),
      m_claim(new QLineEdit(this)) {
    setObjectName(QStringLiteral("creditDialog"));
    setWindowTitle(m_existing ? tr("Edit offset credit") : tr("Add offset credit"));
    m_registry->setEditable(true);
    m_registry->addItems({QStringLiteral("CCER"), QStringLiteral("Verra VCS"), QStringLiteral("Gold Standard"),
                          QStringLiteral("CDM")});
    m_registry->setCurrentIndex(-1);
    m_type->addItem(NeutralityText::creditType(CreditType::Avoidance), static_cast<int>(CreditType::Avoidance));
    m_type->addItem(NeutralityText::creditType(CreditType::Removal), static_cast<int>(CreditType::Removal));
    m_vintage->setRange(0, 2100);
    m_vintage->setGroupSeparatorShown(false);
    m_vintage->setValue(2023);
    m_serial->setPlaceholderText(tr("one serial, or a block FIRST~LAST"));
    m_quantity->setRange(0, 1e9);
    m_quantity->setDecimals(3);
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setSuffix(QStringLiteral(" tCO2e"));
    for (auto s : {CreditStatus::Active, CreditStatus::Pending, CreditStatus::Retired, CreditStatus::Cancelled})
        m_status->addItem(NeutralityText::creditStatus(s), static_cast<int>(s));
    m_retirementDate->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));

    addField(QStringLiteral("registry"), m_registry);
    addField(QStringLiteral("project_id"), m_projectId);
    addField(QStringLiteral("project_name"), m_projectName);
    addField(QStringLiteral("credit_type"), m_type);
    addField(QStringLiteral("vintage"), m_vintage);
    addField(QStringLiteral("serial"), m_serial);
    addField(QStringLiteral("quantity_tco2e"), m_quantity);
    addField(QStringLiteral("status"), m_status);
    addField(QStringLiteral("retirement_date"), m_retirementDate);
    addField(QStringLiteral("beneficiary"), m_beneficiary);
    addField(QStringLiteral("claim"), m_claim);
    setFieldLabel(QStringLiteral("registry"), tr("Registry or &standard:"));
    setFieldLabel(QStringLiteral("project_id"), tr("Project &ID:"));
    setFieldLabel(QStringLiteral("project_name"), tr("Project &name:"));
    setFieldLabel(QStringLiteral("credit_type"), tr("Credit &type:"));
    setFieldLabel(QStringLiteral("vintage"), tr("&Vintage:"));
    setFieldLabel(QStringLiteral("serial"), tr("S&erial:"));
    setFieldLabel(QStringLiteral("quantity_tco2e"), tr("&Quantity:"));
    setFieldLabel(QStringLiteral("status"), tr("Stat&us:"));
    setFieldLabel(QStringLiteral("retirement_date"), tr("&Retirement date:"));
    setFieldLabel(QStringLiteral("beneficiary"), tr("&Beneficiary:"));
    setFieldLabel(QStringLiteral("claim"), tr("Retired for &claim:"));

    if (m_existing) {
        const auto& c = *m_existing;
        m_registry->setEditText(QString::fromStdString(c.registry));
        m_projectId->setText(QString::fromStdString(c.projectId));
        m_projectName->setText(QString::fromStdString(c.projectName));
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(c.type)));
        m_vintage->setValue(c.vintage);
        m_serial->setText(QString::fromStdString(c.serial));
        m_quantity->setValue(c.quantityTco2e);
        m_status->setCurrentIndex(m_status->findData(static_cast<int>(c.status)));
        m_retirementDate->setText(QString::fromStdString(c.retirementDate));
        m_beneficiary->setText(QString::fromStdString(c.beneficiary));
        m_claim->setText(QString::fromStdString(c.claim));
    }
    for (auto* edit : {m_projectId, m_projectName, m_serial, m_retirementDate, m_beneficiary, m_claim})
        connect(edit, &QLineEdit::textEdited, this, &CreditDialog::fieldChanged);
    connect(m_registry, &QComboBox::currentTextChanged, this, &CreditDialog::fieldChanged);
    connect(m_vintage, &QSpinBox::valueChanged, this, &CreditDialog::fieldChanged);
    connect(m_quantity, &QDoubleSpinBox::valueChanged, this, &CreditDialog::fieldChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updateRetirement();
        fieldChanged();
    });
    updateRetirement();
    finishForm();
}

OffsetCredit CreditDialog::credit() const {
    OffsetCredit c = m_existing.value_or(OffsetCredit{});
    c.registry = m_registry->currentText().trimmed().toStdString();
    c.projectId = m_projectId->text().trimmed().toStdString();
    c.projectName = m_projectName->text().trimmed().toStdString();
    c.type = static_cast<CreditType>(m_type->currentData().toInt());
    c.vintage = m_vintage->value();
    c.serial = m_serial->text().trimmed().toStdString();
    c.quantityTco2e = m_quantity->value();
    c.status = static_cast<CreditStatus>(m_status->currentData().toInt());
    c.retirementDate = m_retirementDate->text().trimmed().toStdString();
    c.beneficiary = m_beneficiary->text().trimmed().toStdString();
    c.claim = m_claim->text().trimmed().toStdString();
    return c;
}

std::vector<FieldIssue> CreditDialog::check() const { return validate(credit()); }

qint64 CreditDialog::save() {
    NeutralityService service(m_session.store());
    qint64 id = 0;
    if (m_existing) {
        service.updateCredit(credit());
        id = m_existing->id;
    } else {
        id = service.addCredit(credit()).id;
    }
    m_session.notifyRecordsChanged(QStringLiteral("offset_credit"));
    return id;
}

QString CreditDialog::issueText(const FieldIssue& issue) const { return NeutralityText::issue(issue); }

QString CreditDialog::refusedField(const RefusedError& error) const {
    return error.code() == "duplicate_serial" ? QStringLiteral("serial") : QString();
}

QString CreditDialog::refusalText(const RefusedError& error) const {
    if (error.code() == "duplicate_serial") {
        // Name the earlier record in the user's language; the service found it the same way.
        if (auto earlier = NeutralityService(m_session.store()).doubleCounted(credit()))
            return tr("Already recorded as credit #%1 (%2 %3, vintage %4): a credit is counted only once.")
                .arg(earlier->id)
                .arg(QString::fromStdString(earlier->registry), QString::fromStdString(earlier->serial))
                .arg(earlier->vintage);
    }
    return RecordFormDialog::refusalText(error);
}

void CreditDialog::updateRetirement() {
    const bool retired = static_cast<CreditStatus>(m_status->currentData().toInt()) == CreditStatus::Retired;
    for (auto* edit : {m_retirementDate, m_beneficiary, m_claim})
        edit->setEnabled(retired || !edit->text().isEmpty());
}

}  // namespace cnms::gui
