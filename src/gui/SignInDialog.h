// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cnms::gui {

/** What a user typed to sign in. */
struct Credentials {
    QString user;
    QString password;
};

/** Asks for user name and password when a project requires sign-in; the password is never echoed. */
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(const QString& project, QWidget* parent = nullptr);
    /** Shows why the previous attempt was refused (hidden when empty). */
    void setProblem(const QString& problem);
    Credentials credentials() const;
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }

private:
    void updateButtons();

    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/** A new password typed twice; OK only when both agree and it is long enough. */
class NewPasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewPasswordDialog(const QString& user, QWidget* parent = nullptr);
    QString password() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    /** Why OK is disabled, empty when it is enabled. */
    QString problem() const;

private:
    void updateButtons();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace cnms::gui
