// SPDX-License-Identifier: MIT
// Users, roles and sign-in in the workbench: the sign-in dialog on opening, the user and role in
// the status bar, pages that disable what the role may not do, the Users page, and refusals
// shown as messages.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "Access.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RoleText.h"
#include "ScriptedDialogs.h"
#include "SignInDialog.h"
#include "SiteTableModel.h"
#include "SitesPage.h"
#include "UsersPage.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Users.h"

using namespace cnms;
using namespace cnms::gui;
using security::Role;

class UsersAndSignInTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("UsersAndSignInTest");
        QVERIFY(m_languages.apply("en"));
        QVERIFY(m_dir.isValid());
        // One project for every test: an administrator, an auditor, then sign-in required.
        m_path = m_dir.filePath("signin.cnms");
        test::createProjectWithDemoSites(m_path);
        auto store = storage::openProject(m_path.toStdString());
        auto users = storage::userService(*store);
        users.addUser({"admin", "系统管理员", Role::Administrator, true}, "admin-secret-1");
        users.addUser({"wang.fang", "王芳", Role::InternalAuditor, true}, "auditor-secret-1");
        users.setSignInMode(security::SignInMode::Required);
    }

    void init() {
        m_dialogs = test::ScriptedDialogs();
        m_signInAnswers.clear();
        m_signInProblems.clear();
        m_passwordAnswers.clear();
        m_window = std::make_unique<MainWindow>(m_dialogs, m_languages);
        m_window->setSignInPrompt([this](const QString&, const QString& problem) -> std::optional<Credentials> {
            m_signInProblems << problem;
            if (m_signInAnswers.isEmpty()) return std::nullopt;
            return m_signInAnswers.takeFirst();
        });
    }

    UsersPage* usersPage() {
        if (!m_window->showPage(QStringLiteral("users"))) return nullptr;
        auto* page = qobject_cast<UsersPage*>(m_window->page(QStringLiteral("users")));
        if (page) page->setPasswordPrompt([this](const QString&) {
            return m_passwordAnswers.isEmpty() ? QString() : m_passwordAnswers.takeFirst();
        });
        return page;
    }

    void cleanup() { m_window.reset(); }

    void asksForSignInUntilThePasswordIsRight() {
        m_signInAnswers = {{"wang.fang", "wrong-password"}, {"wang.fang", "auditor-secret-1"}};
        QVERIFY(m_window->openProject(m_path));
        QCOMPARE(m_signInProblems, (QStringList{QString(), QStringLiteral("Unknown user or wrong password.")}));
        QVERIFY(m_window->session());
        QCOMPARE(security::sessionOf(m_window->session()->store()).userName(), std::string("wang.fang"));
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("王芳 (wang.fang) · Internal auditor"));
    }

    void cancellingSignInOpensNothing() {
        QVERIFY(!m_window->openProject(m_path));
        QVERIFY(!m_window->session());
        QCOMPARE(m_signInProblems.size(), 1);
    }

    void anAuditorSeesSitesButCannotEditThem() {
        m_signInAnswers = {{"wang.fang", "auditor-secret-1"}};
        QVERIFY(m_window->openProject(m_path));
        QVERIFY(m_window->showPage(QStringLiteral("sites")));
        auto* page = qobject_cast<SitesPage*>(m_window->page(QStringLiteral("sites")));
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 3);
        auto* add = page->findChild<QPushButton*>(QStringLiteral("addButton"));
        QVERIFY(add);
        QVERIFY(!add->isEnabled());
        QVERIFY(!page->addSite());  // no dialog either
        QVERIFY(!may(*m_window->session(), security::Permission::EditOrganization));
    }

    void theRefusalOfTheServiceIsShownAsAMessage() {
        m_signInAnswers = {{"wang.fang", "auditor-secret-1"}};
        QVERIFY(m_window->openProject(m_path));
        auto* page = usersPage();
        QVERIFY(page);
        QVERIFY(!page->addButton()->isEnabled());
        QVERIFY(!page->signInBox()->isEnabled());
        // Even when asked directly, the service refuses and the page says why.
        QVERIFY(page->selectUser(QStringLiteral("admin")));
        QVERIFY(!page->setSelectedRole(Role::Manager));
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("warning"));
        QCOMPARE(m_dialogs.shown[0].text,
                 QStringLiteral("wang.fang (Internal auditor) may not administer users and sign-in."));
    }

    void theAdministratorManagesUsers() {
        m_signInAnswers = {{"admin", "admin-secret-1"}};
        QVERIFY(m_window->openProject(m_path));
        auto* page = usersPage();
        QVERIFY(page);
        QVERIFY(page->signInBox()->isChecked());
        QCOMPARE(page->table()->rowCount(), 2);

        page->setNewUser(QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::SustainabilityOfficer);
        QVERIFY(page->addButton()->isEnabled());
        m_passwordAnswers = {QStringLiteral("officer-secret-1")};
        QVERIFY(page->addUser());
        QCOMPARE(page->table()->rowCount(), 3);
        QCOMPARE(page->selectedUser(), QStringLiteral("zhang.wei"));

        QVERIFY(page->setSelectedRole(Role::Manager));
        m_passwordAnswers = {QStringLiteral("officer-secret-2")};
        QVERIFY(page->resetPassword());
        m_dialogs.confirmAnswers = {true};
        QVERIFY(page->disableSelected());

        auto stored = storage::usersOf(m_window->session()->store()).find("zhang.wei");
        QVERIFY(stored);
        QCOMPARE(stored->role, Role::Manager);
        QVERIFY(!stored->active);
        // The last administrator stays: the refusal is a message, the user unchanged.
        QVERIFY(page->selectUser(QStringLiteral("admin")));
        m_dialogs.confirmAnswers = {true};
        QVERIFY(!page->disableSelected());
        QVERIFY(m_dialogs.shown.last().text.contains(QStringLiteral("last active administrator")));
        QVERIFY(storage::usersOf(m_window->session()->store()).find("admin")->active);
    }

    void aSingleUserProjectShowsItAndEditsEverything() {
        const QString path = m_dir.filePath("single.cnms");
        test::createProjectWithDemoSites(path);
        QVERIFY(m_window->openProject(path));
        QVERIFY(m_signInProblems.isEmpty());
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("userLabel"))->text(),
                 QStringLiteral("Single-user project"));
        QVERIFY(may(*m_window->session(), security::Permission::EditOrganization));
        QVERIFY(may(*m_window->session(), security::Permission::AdministerUsers));
    }

    void theNewPasswordDialogWantsTwoEqualEntries() {
        NewPasswordDialog dialog(QStringLiteral("wang.fang"));
        QVERIFY(!dialog.problem().isEmpty());
        test::typeText(dialog.passwordEdit(), QStringLiteral("long-enough-1"));
        QCOMPARE(dialog.problem(), QStringLiteral("The two entries differ."));
        test::typeText(dialog.repeatEdit(), QStringLiteral("long-enough-1"));
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    }

private:
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    QString m_path;
    test::ScriptedDialogs m_dialogs;
    QList<Credentials> m_signInAnswers;
    QStringList m_signInProblems;
    QStringList m_passwordAnswers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(UsersAndSignInTest)
#include "UsersAndSignInTest.moc"
