// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

#include "PageRegistry.h"
#include "cnms/security/User.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cnms::gui {

/**
 * The users of the project and its sign-in mode, for the administrator: add a user, change a
 * role, reset a password, disable a user, require sign-in. Everyone else sees the list only.
 * New passwords are asked for with NewPasswordDialog (or the prompt a test sets); refusals are
 * shown as messages.
 */
class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(const PageContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /** Selects the row of `name`; false when there is none. */
    bool selectUser(const QString& name);
    QString selectedUser() const;

    /** Adds the user typed into the form (password asked for); true when stored. */
    bool addUser();
    /** Fills the add form (for tests and for keyboard users alike). */
    void setNewUser(const QString& name, const QString& displayName, security::Role role);
    /** Gives the selected user `role`; true when stored. */
    bool setSelectedRole(security::Role role);
    /** Asks for a new password of the selected user and stores it; true when stored. */
    bool resetPassword();
    /** Asks for confirmation, then disables the selected user; true when stored. */
    bool disableSelected();
    /** Switches sign-in on or off; true when stored. */
    bool setSignInRequired(bool required);

    /** Asks for a new password of a user; an empty string when cancelled. */
    using PasswordPrompt = std::function<QString(const QString& user)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }

    QPushButton* addButton() const { return m_addButton; }
    QCheckBox* signInBox() const { return m_signIn; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateActions();
    bool attempt(const QString& title, const std::function<void()>& action);
    QString askPassword(const QString& user);

    PageContext m_context;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    QComboBox* m_newRole;
    QPushButton* m_addButton;
    QComboBox* m_role;
    QPushButton* m_roleButton;
    QPushButton* m_passwordButton;
    QPushButton* m_disableButton;
    QCheckBox* m_signIn;
    QLabel* m_hint;
    PasswordPrompt m_passwordPrompt;
};

}  // namespace cnms::gui
