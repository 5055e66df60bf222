// SPDX-License-Identifier: MIT
#include "OrganizationPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "Access.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "FieldStatus.h"
#include "OrganizationForm.h"
#include "ProjectSession.h"

namespace cnms::gui {

OrganizationPage::OrganizationPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_form(new OrganizationForm(this)),
      m_saveButton(new QPushButton(this)),
      m_revertButton(new QPushButton(this)),
      m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("organizationPage"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_revertButton->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_saveButton->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_status);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_form->setMaximumWidth(880);  // long lines of form fields are hard to read on wide screens
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_form->setOrganization(m_context.session.organization());
    m_form->setReadOnly(!may(m_context.session, security::Permission::EditOrganization));
    field_status::clear(m_status);

    connect(m_form, &OrganizationForm::edited, this, [this] {
        m_dirty = true;
        field_status::clear(m_status);
        updateButtons();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &OrganizationPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &OrganizationPage::revert);
    // Undo, redo or a save elsewhere: show what is stored now.
    connect(&m_context.session, &ProjectSession::organizationChanged, this, [this](const Organization& org) {
        m_form->setOrganization(org);
        m_dirty = false;
        updateButtons();
    });
    retranslate();
    updateButtons();
}

bool OrganizationPage::save() {
    if (!m_form->check()) return false;
    try {
        m_context.session.saveOrganization(m_form->organization());
    } catch (const ValidationError& e) {
        m_form->showIssues(e.issues());
        return false;
    } catch (...) {
        m_context.dialogs.warning(this, tr("Organization profile"),
                                  tr("The profile was not saved.") + QLatin1Char('\n') +
                                      ErrorText::exception(std::current_exception()));
        return false;
    }
    m_dirty = false;
    field_status::showOk(m_status, tr("Saved."));
    updateButtons();
    return true;
}

void OrganizationPage::revert() {
    m_form->setOrganization(m_context.session.organization());
    m_dirty = false;
    field_status::clear(m_status);
    updateButtons();
}

void OrganizationPage::updateButtons() {
    const bool writable = may(m_context.session, security::Permission::EditOrganization);
    m_saveButton->setEnabled(writable && m_dirty);
    m_revertButton->setEnabled(m_dirty);
}

void OrganizationPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void OrganizationPage::retranslate() {
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("Re&vert"));
    m_saveButton->setToolTip(tr("Save the profile (it can be undone with Edit > Undo)"));
    m_revertButton->setToolTip(tr("Discard the changes typed since the last save"));
    if (!m_dirty && !m_status->text().isEmpty()) field_status::showOk(m_status, tr("Saved."));
}

}  // namespace cnms::gui
