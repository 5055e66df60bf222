// SPDX-License-Identifier: MIT
#include "UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "Access.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "RoleText.h"
#include "SignInDialog.h"
#include "cnms/storage/Users.h"

namespace cnms::gui {
namespace {

using security::Role;

enum Column { Name, DisplayName, RoleColumn, Active, ColumnCount };

void fillRoles(QComboBox* box) {
    const QVariant current = box->currentData();
    QSignalBlocker block(box);
    box->clear();
    for (Role role : security::allRoles()) box->addItem(RoleText::role(role), static_cast<int>(role));
    if (current.isValid()) box->setCurrentIndex(box->findData(current));
}

Role roleOf(const QComboBox* box) { return static_cast<Role>(box->currentData().toInt()); }

}  // namespace

UsersPage::UsersPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_name(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_newRole(new QComboBox(this)),
      m_addButton(new QPushButton(this)),
      m_role(new QComboBox(this)),
      m_roleButton(new QPushButton(this)),
      m_passwordButton(new QPushButton(this)),
      m_disableButton(new QPushButton(this)),
      m_signIn(new QCheckBox(this)),
      m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("usersPage"));
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DisplayName, QHeaderView::Stretch);
    m_table->setColumnWidth(Name, 180);
    m_table->setColumnWidth(RoleColumn, 180);
    m_hint->setWordWrap(true);

    auto* selected = new QHBoxLayout;
    selected->addWidget(m_role);
    selected->addWidget(m_roleButton);
    selected->addStretch(1);
    selected->addWidget(m_passwordButton);
    selected->addWidget(m_disableButton);

    auto* form = new QHBoxLayout;
    form->addWidget(m_name, 2);
    form->addWidget(m_displayName, 2);
    form->addWidget(m_newRole, 1);
    form->addWidget(m_addButton);
    auto* addBox = new QGroupBox(this);
    addBox->setObjectName(QStringLiteral("addUserBox"));
    addBox->setLayout(form);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_signIn);
    layout->addWidget(m_table, 1);
    layout->addLayout(selected);
    layout->addWidget(addBox);
    layout->addWidget(m_hint);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_roleButton, &QPushButton::clicked, this, [this] { setSelectedRole(roleOf(m_role)); });
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPage::disableSelected);
    connect(m_signIn, &QCheckBox::clicked, this, &UsersPage::setSignInRequired);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateActions);
    connect(m_name, &QLineEdit::textChanged, this, &UsersPage::updateActions);
    retranslate();
    reload();
}

void UsersPage::reload() {
    const QString keep = selectedUser();
    security::UserService service = storage::userService(m_context.session.store());
    const auto users = service.users();
    m_table->setRowCount(static_cast<int>(users.size()));
    int row = 0;
    for (const auto& user : users) {
        m_table->setItem(row, Name, new QTableWidgetItem(QString::fromStdString(user.name)));
        m_table->setItem(row, DisplayName, new QTableWidgetItem(QString::fromStdString(user.displayName)));
        auto* role = new QTableWidgetItem(RoleText::role(user.role));
        role->setData(Qt::UserRole, static_cast<int>(user.role));
        m_table->setItem(row, RoleColumn, role);
        m_table->setItem(row, Active, new QTableWidgetItem(user.active ? tr("Active") : tr("Disabled")));
        ++row;
    }
    {
        QSignalBlocker block(m_signIn);
        m_signIn->setChecked(service.signInMode() == security::SignInMode::Required);
    }
    if (!keep.isEmpty()) selectUser(keep);
    updateActions();
}

bool UsersPage::selectUser(const QString& name) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->text() == name) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QString UsersPage::selectedUser() const {
    auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.front().row(), Name)->text();
}

bool UsersPage::attempt(const QString& title, const std::function<void()>& action) {
    try {
        action();
    } catch (...) {
        m_context.dialogs.warning(this, title, ErrorText::exception(std::current_exception()));
        reload();
        return false;
    }
    reload();
    return true;
}

QString UsersPage::askPassword(const QString& user) {
    if (m_passwordPrompt) return m_passwordPrompt(user);
    NewPasswordDialog dialog(user, this);
    return dialog.exec() == QDialog::Accepted ? dialog.password() : QString();
}

void UsersPage::setNewUser(const QString& name, const QString& displayName, Role role) {
    m_name->setText(name);
    m_displayName->setText(displayName);
    m_newRole->setCurrentIndex(m_newRole->findData(static_cast<int>(role)));
}

bool UsersPage::addUser() {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return false;
    const QString password = askPassword(name);
    if (password.isEmpty()) return false;
    security::User user{name.toStdString(), m_displayName->text().trimmed().toStdString(), roleOf(m_newRole), true};
    bool stored = attempt(tr("Add user"), [&] {
        storage::userService(m_context.session.store()).addUser(user, password.toStdString());
    });
    if (stored) {
        m_name->clear();
        m_displayName->clear();
        selectUser(name);
    }
    return stored;
}

bool UsersPage::setSelectedRole(Role role) {
    const QString name = selectedUser();
    if (name.isEmpty()) return false;
    return attempt(tr("Change role"), [&] {
        storage::userService(m_context.session.store()).setRole(name.toStdString(), role);
    });
}

bool UsersPage::resetPassword() {
    const QString name = selectedUser();
    if (name.isEmpty()) return false;
    const QString password = askPassword(name);
    if (password.isEmpty()) return false;
    return attempt(tr("Reset password"), [&] {
        storage::userService(m_context.session.store()).setPassword(name.toStdString(), password.toStdString());
    });
}

bool UsersPage::disableSelected() {
    const QString name = selectedUser();
    if (name.isEmpty()) return false;
    if (!m_context.dialogs.confirm(this, tr("Disable user"),
                                   tr("Disable %1? The user can no longer sign in; the history keeps the name.")
                                       .arg(name),
                                   tr("Disable")))
        return false;
    return attempt(tr("Disable user"),
                   [&] { storage::userService(m_context.session.store()).disable(name.toStdString()); });
}

bool UsersPage::setSignInRequired(bool required) {
    return attempt(tr("Sign-in"), [&] {
        storage::userService(m_context.session.store())
            .setSignInMode(required ? security::SignInMode::Required : security::SignInMode::None);
    });
}

void UsersPage::updateActions() {
    const bool admin = may(m_context.session, security::Permission::AdministerUsers);
    const bool selected = !selectedUser().isEmpty();
    m_signIn->setEnabled(admin);
    m_addButton->setEnabled(admin && !m_name->text().trimmed().isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_displayName),
                       static_cast<QWidget*>(m_newRole), static_cast<QWidget*>(m_role)})
        w->setEnabled(admin);
    m_roleButton->setEnabled(admin && selected);
    m_passwordButton->setEnabled(selected && (admin || selectedUser().toStdString() ==
                                                           security::sessionOf(m_context.session.store()).userName()));
    m_disableButton->setEnabled(admin && selected);
    m_hint->setVisible(!admin);
}

void UsersPage::retranslate() {
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Display name"), tr("Role"), tr("Status")});
    m_name->setPlaceholderText(tr("User name (letters, digits, . _ -)"));
    m_displayName->setPlaceholderText(tr("Display name, e.g. 王芳"));
    fillRoles(m_newRole);
    fillRoles(m_role);
    m_addButton->setText(tr("Add user…"));
    m_roleButton->setText(tr("Set role"));
    m_passwordButton->setText(tr("Reset password…"));
    m_disableButton->setText(tr("Disable"));
    m_signIn->setText(tr("Require sign-in: users sign in with a password, and their role decides what they may do"));
    m_hint->setText(tr("Only an administrator manages users. You may change your own password."));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("addUserBox"))) box->setTitle(tr("New user"));
    if (m_table->rowCount() > 0) reload();
}

void UsersPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cnms::gui
