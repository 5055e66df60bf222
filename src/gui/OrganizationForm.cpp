// SPDX-License-Identifier: MIT
#include "OrganizationForm.h"

#include <QEvent>

#include "ErrorText.h"
#include "FieldStatus.h"
#include "ui_OrganizationForm.h"

namespace cnms::gui {
namespace {
constexpr Consolidation kApproaches[] = {Consolidation::OperationalControl, Consolidation::FinancialControl,
                                         Consolidation::EquityShare};

/** Codes are upper case by definition; typing them in lower case is no mistake worth a message. */
void upperCaseAsTyped(QLineEdit* edit) {
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
        if (text == text.toUpper()) return;
        int cursor = edit->cursorPosition();
        edit->setText(text.toUpper());
        edit->setCursorPosition(cursor);
    });
}
}  // namespace

OrganizationForm::OrganizationForm(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::OrganizationForm>()) {
    m_ui->setupUi(this);
    upperCaseAsTyped(m_ui->creditCodeEdit);
    upperCaseAsTyped(m_ui->industryCodeEdit);
    fillConsolidation();
    field_status::showHint(m_ui->standardNumberHint, m_ui->standardNumberHint->text());
    for (auto* label : {m_ui->nameIssue, m_ui->creditCodeIssue, m_ui->industryCodeIssue}) field_status::clear(label);
    for (auto* edit : {m_ui->nameEdit, m_ui->creditCodeEdit, m_ui->industryCodeEdit, m_ui->addressEdit,
                       m_ui->standardNumberEdit})
        connect(edit, &QLineEdit::textEdited, this, &OrganizationForm::edited);
    connect(m_ui->creditCodeEdit, &QLineEdit::textChanged, this, &OrganizationForm::checkCodesLive);
    connect(m_ui->industryCodeEdit, &QLineEdit::textChanged, this, &OrganizationForm::checkCodesLive);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { field_status::clear(m_ui->nameIssue); });
    connect(m_ui->consolidationCombo, &QComboBox::activated, this, &OrganizationForm::edited);
    connect(m_ui->consolidationCombo, &QComboBox::currentIndexChanged, this,
            &OrganizationForm::updateConsolidationHint);
    updateConsolidationHint();
}

OrganizationForm::~OrganizationForm() = default;

void OrganizationForm::fillConsolidation() {
    int current = std::max(0, m_ui->consolidationCombo->currentIndex());
    m_ui->consolidationCombo->clear();
    for (auto approach : kApproaches) {
        QString name;
        switch (approach) {
            case Consolidation::OperationalControl: name = tr("Operational control"); break;
            case Consolidation::FinancialControl: name = tr("Financial control"); break;
            case Consolidation::EquityShare: name = tr("Equity share"); break;
        }
        m_ui->consolidationCombo->addItem(name, static_cast<int>(approach));
    }
    m_ui->consolidationCombo->setCurrentIndex(current);
}

void OrganizationForm::updateConsolidationHint() {
    QString hint;
    switch (static_cast<Consolidation>(m_ui->consolidationCombo->currentData().toInt())) {
        case Consolidation::OperationalControl:
            hint = tr("Counts 100 % of the emissions of every site whose operations the organization controls.");
            break;
        case Consolidation::FinancialControl:
            hint = tr("Counts 100 % of the emissions of every site whose financial and operating policies the "
                      "organization directs.");
            break;
        case Consolidation::EquityShare:
            hint = tr("Counts each site's emissions in proportion to the organization's equity share in it.");
            break;
    }
    field_status::showHint(m_ui->consolidationHint, hint);
}

Organization OrganizationForm::organization() const {
    Organization org;
    org.name = m_ui->nameEdit->text().toStdString();
    org.creditCode = m_ui->creditCodeEdit->text().trimmed().toStdString();
    org.industryCode = m_ui->industryCodeEdit->text().trimmed().toStdString();
    org.address = m_ui->addressEdit->text().trimmed().toStdString();
    org.consolidation = static_cast<Consolidation>(m_ui->consolidationCombo->currentData().toInt());
    org.standardNumber = m_ui->standardNumberEdit->text().trimmed().toStdString();
    return org;
}

void OrganizationForm::setOrganization(const Organization& org) {
    m_ui->nameEdit->setText(QString::fromStdString(org.name));
    m_ui->creditCodeEdit->setText(QString::fromStdString(org.creditCode));
    m_ui->industryCodeEdit->setText(QString::fromStdString(org.industryCode));
    m_ui->addressEdit->setText(QString::fromStdString(org.address));
    m_ui->consolidationCombo->setCurrentIndex(m_ui->consolidationCombo->findData(static_cast<int>(org.consolidation)));
    m_ui->standardNumberEdit->setText(QString::fromStdString(org.standardNumber));
    field_status::clear(m_ui->nameIssue);
    checkCodesLive();
}

void OrganizationForm::checkCodesLive() {
    const QString credit = m_ui->creditCodeEdit->text().trimmed();
    if (QString why = ErrorText::creditCode(credit); !why.isEmpty())
        field_status::showError(m_ui->creditCodeIssue, why);
    else if (!credit.isEmpty())
        field_status::showOk(m_ui->creditCodeIssue, tr("✓ Check character matches"));
    else
        field_status::clear(m_ui->creditCodeIssue);

    if (QString why = ErrorText::industryCode(m_ui->industryCodeEdit->text().trimmed()); !why.isEmpty())
        field_status::showError(m_ui->industryCodeIssue, why);
    else
        field_status::clear(m_ui->industryCodeIssue);
}

void OrganizationForm::showIssues(const std::vector<FieldIssue>& issues) {
    field_status::clear(m_ui->nameIssue);
    checkCodesLive();  // the live wording is more precise than the issue's
    for (const auto& issue : issues) {
        if (issue.field == "name") field_status::showError(m_ui->nameIssue, ErrorText::issue(issue));
        else if (issue.field == "credit_code" && !field_status::hasError(m_ui->creditCodeIssue))
            field_status::showError(m_ui->creditCodeIssue, ErrorText::issue(issue));
        else if (issue.field == "industry_code" && !field_status::hasError(m_ui->industryCodeIssue))
            field_status::showError(m_ui->industryCodeIssue, ErrorText::issue(issue));
    }
    if (!issues.empty()) {
        const auto& first = issues.front().field;
        (first == "credit_code"     ? m_ui->creditCodeEdit
         : first == "industry_code" ? m_ui->industryCodeEdit
                                    : m_ui->nameEdit)
            ->setFocus();
    }
}

bool OrganizationForm::check() {
    auto issues = validate(organization());
    showIssues(issues);
    return issues.empty();
}

void OrganizationForm::setReadOnly(bool readOnly) {
    for (auto* edit : {m_ui->nameEdit, m_ui->creditCodeEdit, m_ui->industryCodeEdit, m_ui->addressEdit,
                       m_ui->standardNumberEdit})
        edit->setReadOnly(readOnly);
    m_ui->consolidationCombo->setEnabled(!readOnly);
}

void OrganizationForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void OrganizationForm::retranslate() {
    m_ui->retranslateUi(this);
    field_status::showHint(m_ui->standardNumberHint, m_ui->standardNumberHint->text());
    fillConsolidation();
    updateConsolidationHint();
    checkCodesLive();
    // An error shown for the name stays in the old language until the next check; re-run it if one is shown.
    if (field_status::hasError(m_ui->nameIssue)) check();
}

}  // namespace cnms::gui
