// SPDX-License-Identifier: MIT
#include "SiteDialog.h"

#include <QEvent>
#include <QPushButton>

#include "ErrorText.h"
#include "FieldStatus.h"
#include "ProjectSession.h"
#include "ui_SiteDialog.h"

namespace cnms::gui {

SiteDialog::SiteDialog(ProjectSession& session, std::optional<Site> existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_existing(std::move(existing)), m_ui(std::make_unique<Ui::SiteDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("siteDialog"));
    fillProvinces({});
    for (auto* label : {m_ui->codeIssue, m_ui->nameIssue, m_ui->formIssue}) field_status::clear(label);
    field_status::showHint(m_ui->equityShareHint, m_ui->equityShareHint->text());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, &SiteDialog::checkCodeLive);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { field_status::clear(m_ui->nameIssue); });
    if (m_existing) setSite(*m_existing);
    retranslate();
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::fillProvinces(const QString& keep) {
    m_ui->provinceCombo->clear();
    m_ui->provinceCombo->addItem(tr("(not specified)"), QString());
    for (const auto& province : chineseProvinces()) {
        QString name = QString::fromStdString(province);
        m_ui->provinceCombo->addItem(name, name);
    }
    // A province written by an import or the CLI that is not in the list must survive an edit.
    if (!keep.isEmpty() && m_ui->provinceCombo->findData(keep) < 0) m_ui->provinceCombo->insertItem(1, keep, keep);
    m_ui->provinceCombo->setCurrentIndex(std::max(0, m_ui->provinceCombo->findData(keep)));
}

Site SiteDialog::site() const {
    Site site;
    site.id = m_existing ? m_existing->id : 0;
    site.code = m_ui->codeEdit->text().toStdString();
    site.name = m_ui->nameEdit->text().toStdString();
    site.province = m_ui->provinceCombo->currentData().toString().toStdString();
    site.address = m_ui->addressEdit->text().toStdString();
    site.equitySharePct = m_ui->equityShareSpin->value();
    return site;
}

void SiteDialog::setSite(const Site& site) {
    m_ui->codeEdit->setText(QString::fromStdString(site.code));
    m_ui->nameEdit->setText(QString::fromStdString(site.name));
    fillProvinces(QString::fromStdString(site.province));
    m_ui->addressEdit->setText(QString::fromStdString(site.address));
    m_ui->equityShareSpin->setValue(site.equitySharePct);
}

void SiteDialog::checkCodeLive() {
    field_status::clear(m_ui->codeIssue);
    if (m_ui->codeEdit->text().trimmed().isEmpty()) return;
    for (const auto& issue : m_session.checkSite(site()))
        if (issue.field == "code") return field_status::showError(m_ui->codeIssue, ErrorText::issue(issue));
}

void SiteDialog::showIssues(const std::vector<FieldIssue>& issues) {
    for (auto* label : {m_ui->codeIssue, m_ui->nameIssue, m_ui->formIssue}) field_status::clear(label);
    QStringList others;
    for (const auto& issue : issues) {
        if (issue.field == "code") field_status::showError(m_ui->codeIssue, ErrorText::issue(issue));
        else if (issue.field == "name") field_status::showError(m_ui->nameIssue, ErrorText::issue(issue));
        else others << ErrorText::issue(issue);
    }
    if (!others.isEmpty()) field_status::showError(m_ui->formIssue, others.join(QLatin1Char('\n')));
    if (!issues.empty()) (issues.front().field == "name" ? m_ui->nameEdit : m_ui->codeEdit)->setFocus();
}

bool SiteDialog::submit() {
    Site typed = site();
    if (auto issues = m_session.checkSite(typed); !issues.empty()) {
        showIssues(issues);
        return false;
    }
    try {
        if (m_existing) {
            m_session.editSite(typed);
            m_resultId = typed.id;
        } else {
            m_resultId = m_session.addSite(typed).id;
        }
    } catch (const ValidationError& e) {
        showIssues(e.issues());
        return false;
    } catch (...) {
        showIssues({});
        field_status::showError(m_ui->formIssue, ErrorText::exception(std::current_exception()));
        return false;
    }
    return true;
}

void SiteDialog::accept() {
    if (submit()) QDialog::accept();
}

void SiteDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void SiteDialog::retranslate() {
    const QString province = m_ui->provinceCombo->currentData().toString();
    m_ui->retranslateUi(this);
    fillProvinces(province);
    field_status::showHint(m_ui->equityShareHint, m_ui->equityShareHint->text());
    setWindowTitle(m_existing ? tr("Edit site %1").arg(QString::fromStdString(m_existing->code)) : tr("Add site"));
}

}  // namespace cnms::gui
