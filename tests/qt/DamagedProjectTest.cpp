// SPDX-License-Identifier: MIT
// The workbench and bad situations on opening (issue 8): a damaged file with a backup is offered
// the backup; a project another process writes to opens read-only and says so; File > Back Up Now.
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;
using namespace cnms::gui;

class DamagedProjectTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("DamagedProjectTest");
        QVERIFY(m_languages.apply("en"));
    }

    void init() {
        m_dialogs.shown.clear();
        m_dialogs.confirmAnswers.clear();
        m_window = std::make_unique<MainWindow>(m_dialogs, m_languages);
    }

    void cleanup() { m_window.reset(); }

    void offersTheNewestBackupOfADamagedFileAndOpensIt() {
        const QString path = m_dir.filePath("restore.cnms");
        test::createDemoProject(path);
        const auto backup = QString::fromStdString(storage::backupProject(path.toStdString()));
        test::damageSecondPage(path);
        m_dialogs.confirmAnswers = {true};
        QVERIFY(m_window->openProject(path));
        QVERIFY(m_window->session());
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("confirm"));
        QVERIFY2(m_dialogs.shown[0].text.contains(QDir::toNativeSeparators(backup)), qPrintable(m_dialogs.shown[0].text));
        QCOMPARE(m_window->session()->sites().size(), std::size_t(3));
        QCOMPARE(QDir(m_dir.path()).entryList({"restore.cnms.damaged-????????-??????"}).size(), 1);
    }

    void leavesADamagedFileAloneWhenTheRestoreIsDeclined() {
        const QString path = m_dir.filePath("declined.cnms");
        test::createDemoProject(path);
        storage::backupProject(path.toStdString());
        test::damageSecondPage(path);
        const QByteArray before = test::fileBytes(path);
        m_dialogs.confirmAnswers = {false};
        QVERIFY(!m_window->openProject(path));
        QCOMPARE(m_dialogs.shown.size(), 2);
        QCOMPARE(m_dialogs.shown[1].kind, QStringLiteral("critical"));
        QVERIFY(m_dialogs.shown[1].text.contains("damaged"));
        QCOMPARE(test::fileBytes(path), before);
    }

    void opensReadOnlyWhileAnotherProcessWrites() {
        const QString path = m_dir.filePath("busy.cnms");
        test::createDemoProject(path);
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t child = ::fork();
        if (child == 0) {  // another program with the project open for writing
            ::close(ready[0]);
            try {
                auto store = storage::openProject(path.toStdString());
                char ok = 'y';
                [[maybe_unused]] auto n = ::write(ready[1], &ok, 1);
                for (;;) ::pause();
            } catch (...) {
            }
            ::_exit(3);
        }
        ::close(ready[1]);
        char c = 0;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
        ::close(ready[0]);

        const bool opened = m_window->openProject(path);
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(opened);
        QVERIFY(m_window->session()->isReadOnly());
        QCOMPARE(m_window->findChild<QLabel*>("readOnlyLabel")->text(), QStringLiteral("Read-only"));
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("information"));
        QVERIFY2(m_dialogs.shown[0].text.contains("opened read-only"), qPrintable(m_dialogs.shown[0].text));
    }

    void backsUpTheOpenProjectOnDemand() {
        const QString path = m_dir.filePath("backup.cnms");
        test::createDemoProject(path);
        QVERIFY(m_window->openProject(path));
        auto* action = m_window->findChild<QAction*>("backupAction");
        QVERIFY(action && action->isEnabled());
        action->trigger();
        const auto backups = storage::listBackups(path.toStdString());
        QCOMPARE(backups.size(), std::size_t(1));
        QCOMPARE(backups[0].kind, std::string("manual"));
        QVERIFY(m_dialogs.shown.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(DamagedProjectTest)
#include "DamagedProjectTest.moc"
