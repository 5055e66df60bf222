// SPDX-License-Identifier: MIT
#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "cnms/security/User.h"

namespace cnms::gui {
namespace {

QLineEdit* passwordField(QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

}  // namespace

SignInDialog::SignInDialog(const QString& project, QWidget* parent)
    : QDialog(parent),
      m_user(new QLineEdit(this)),
      m_password(passwordField(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Sign in"));
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* intro = new QLabel(tr("The project %1 requires sign-in.").arg(project), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    updateButtons();
}

void SignInDialog::setProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) m_password->setFocus();
}

Credentials SignInDialog::credentials() const { return {m_user->text().trimmed(), m_password->text()}; }

void SignInDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_user->text().trimmed().isEmpty() &&
                                                        !m_password->text().isEmpty());
}

NewPasswordDialog::NewPasswordDialog(const QString& user, QWidget* parent)
    : QDialog(parent),
      m_password(passwordField(this)),
      m_repeat(passwordField(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New password for %1").arg(user));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat:"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordDialog::updateButtons);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordDialog::updateButtons);
    updateButtons();
}

QString NewPasswordDialog::password() const { return m_password->text(); }

QString NewPasswordDialog::problem() const {
    if (m_password->text().size() < static_cast<qsizetype>(security::kMinPasswordLength))
        return tr("At least %1 characters.").arg(security::kMinPasswordLength);
    if (m_password->text() != m_repeat->text()) return tr("The two entries differ.");
    return {};
}

void NewPasswordDialog::updateButtons() {
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

}  // namespace cnms::gui
