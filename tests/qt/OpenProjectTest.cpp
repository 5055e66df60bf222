// SPDX-License-Identifier: MIT
// Opening, creating and copying projects from the main window: refused files are reported with
// their own message through the Dialogs seam and never modified.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "ErrorText.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "cnms/storage/Migrations.h"
#include "NewProjectDialog.h"
#include "OrganizationForm.h"
#include "ProjectSession.h"
#include "RecentFiles.h"
#include "ScriptedDialogs.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;
using namespace cnms::gui;
using Kind = storage::ProjectFileError::Kind;

class OpenProjectTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("OpenProjectTest");
        QVERIFY(m_languages.apply("en"));
    }

    void init() {
        QVERIFY(m_dir.isValid());
        m_dialogs.shown.clear();
        m_window = std::make_unique<MainWindow>(m_dialogs, m_languages);
    }

    void cleanup() { m_window.reset(); }

    void reportsATextFileAsNotAProjectAndLeavesItUnchanged() {
        const QString path = m_dir.filePath("notes.cnms");
        const QByteArray content = "这不是项目文件 / not a project\n";
        test::writeBytes(path, content);

        QVERIFY(!m_window->openProject(path));
        QVERIFY(!m_window->session());
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("critical"));
        QCOMPARE(m_dialogs.shown[0].text,
                 ErrorText::projectFile(storage::ProjectFileError(Kind::NotAProject, path.toStdString(), "")));
        QVERIFY(m_dialogs.shown[0].text.contains("not a CNMS Workbench project"));
        QCOMPARE(test::fileBytes(path), content);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void reportsAnotherSqliteDatabaseAsNotAProjectAndLeavesItUnchanged() {
        const QString path = m_dir.filePath("other.db");
        {
            sqlite::Database db(path.toStdString(), sqlite::Database::Mode::Create);
            db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        }
        const QByteArray before = test::fileBytes(path);
        QVERIFY(!m_window->openProject(path));
        QCOMPARE(m_dialogs.shown.size(), 1);
        QVERIFY(m_dialogs.shown[0].text.contains("not a CNMS Workbench project"));
        QCOMPARE(test::fileBytes(path), before);
    }

    void reportsANewerFileAndLeavesItUnchanged() {
        const QString path = m_dir.filePath("newer.cnms");
        test::createDemoProject(path);
        {
            sqlite::Database db(path.toStdString(), sqlite::Database::Mode::ReadWrite);
            db.exec("PRAGMA user_version = 999");
        }
        const QByteArray before = test::fileBytes(path);
        QVERIFY(!m_window->openProject(path));
        QCOMPARE(m_dialogs.shown.size(), 1);
        QVERIFY2(m_dialogs.shown[0].text.contains("newer version") && m_dialogs.shown[0].text.contains("999"),
                 qPrintable(m_dialogs.shown[0].text));
        QCOMPARE(test::fileBytes(path), before);
    }

    void reportsADamagedFileAndLeavesItUnchanged() {
        const QString path = m_dir.filePath("damaged.cnms");
        test::createDemoProject(path);
        const QByteArray bytes = test::damageSecondPage(path);

        QVERIFY(!m_window->openProject(path));
        QCOMPARE(m_dialogs.shown.size(), 1);
        QVERIFY2(m_dialogs.shown[0].text.contains("damaged"), qPrintable(m_dialogs.shown[0].text));
        QCOMPARE(test::fileBytes(path), bytes);
    }

    void reportsAMissingFileAndForgetsItInTheRecentList() {
        const QString path = m_dir.filePath("gone.cnms");
        test::createDemoProject(path);
        QVERIFY(m_window->openProject(path));
        QCOMPARE(RecentFiles().list().value(0), QFileInfo(path).absoluteFilePath());
        m_window->closeProject();
        QFile::remove(path);

        QVERIFY(!m_window->openProject(path));
        QVERIFY(m_dialogs.shown.back().text.contains("does not exist"));
        QVERIFY(!RecentFiles().list().contains(QFileInfo(path).absoluteFilePath()));
    }

    void opensThroughTheFileDialogAndShowsTheFileInTheStatusBar() {
        const QString path = m_dir.filePath("demo.cnms");
        test::createDemoProject(path);
        m_dialogs.fileAnswers << path;
        m_window->openProjectFromDialog();
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->path(), path);
        QVERIFY(m_dialogs.shown.isEmpty());
        QCOMPARE(m_window->findChild<QLabel*>("pathLabel")->text(), QDir::toNativeSeparators(path));
        QCOMPARE(m_window->findChild<QLabel*>("schemaLabel")->text(),
                 QStringLiteral("File format v%1").arg(storage::currentSchemaVersion()));
        QVERIFY(m_window->showPage("sites"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("sites"));

        m_dialogs.fileAnswers << QString();  // cancelled: nothing changes
        m_window->openProjectFromDialog();
        QCOMPARE(m_window->session()->path(), path);
    }

    void savesACopyThatOpens() {
        const QString path = m_dir.filePath("original.cnms");
        const QString copy = m_dir.filePath("copy.cnms");
        test::createDemoProject(path);
        QVERIFY(m_window->openProject(path));
        m_dialogs.fileAnswers << copy;
        m_window->saveCopy();
        QVERIFY(m_dialogs.shown.isEmpty());
        QCOMPARE(test::sitesInFile(copy).size(), std::size_t(3));
        QCOMPARE(m_window->session()->path(), path);  // the original stays open

        m_dialogs.fileAnswers << path;  // onto itself: refused with a message
        m_window->saveCopy();
        QCOMPARE(m_dialogs.shown.size(), 1);
        QVERIFY(m_dialogs.shown[0].text.contains("open project itself"));
    }

    void createsANewProjectFromTheDialog() {
        const QString path = m_dir.filePath("new-project");  // the extension is added
        NewProjectDialog* dialog = m_window->newProject();
        QVERIFY(dialog->isVisible());
        dialog->pathEdit()->setText(path);
        test::typeText(dialog->form()->findChild<QLineEdit*>("nameEdit"), "安吉绿色建材有限公司");
        QTest::keyClicks(dialog->form()->findChild<QLineEdit*>("creditCodeEdit"), "91330522MA2B3C4D58");
        QVERIFY(!dialog->submit());  // bad check character
        QVERIFY(!QFile::exists(path + ".cnms"));

        auto* credit = dialog->form()->findChild<QLineEdit*>("creditCodeEdit");
        credit->clear();
        QTest::keyClicks(credit, "91330522MA2B3C4D57");
        dialog->accept();
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->path(), path + ".cnms");
        QCOMPARE(QString::fromStdString(test::reopen(path + ".cnms")->organization().get().name),
                 QStringLiteral("安吉绿色建材有限公司"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("organization"));
    }

    void marksAReadOnlyProjectAndOffersNoEditing() {
        const QString path = m_dir.filePath("readonly.cnms");
        test::createDemoProject(path);
        storage::OpenOptions options;
        options.readOnly = true;  // what a write-protected file gives (root can write anything, so ask directly)
        m_window->setSession(std::make_unique<ProjectSession>(storage::openProject(path.toStdString(), options)));
        QCOMPARE(m_window->findChild<QLabel*>("readOnlyLabel")->text(), QStringLiteral("Read-only"));
        QVERIFY(m_window->showPage("sites"));
        QWidget* sites = m_window->page("sites");
        QVERIFY(!sites->findChild<QPushButton*>("addButton")->isEnabled());
        QVERIFY(!sites->findChild<QPushButton*>("deleteButton")->isEnabled());
        QVERIFY(m_window->showPage("organization"));
        QVERIFY(m_window->page("organization")->findChild<QLineEdit*>("nameEdit")->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(RefusedError, m_window->session()->addSite({0, "X", "某厂", "", "", 100}));
        QCOMPARE(test::sitesInFile(path).size(), std::size_t(3));
    }

    void refusesToCreateOverAnExistingFile() {
        const QString path = m_dir.filePath("taken.cnms");
        test::writeBytes(path, "keep me");
        NewProjectDialog* dialog = m_window->newProject();
        dialog->pathEdit()->setText(path);
        test::typeText(dialog->form()->findChild<QLineEdit*>("nameEdit"), "某公司");
        QVERIFY(!dialog->submit());
        QCOMPARE(test::fileBytes(path), QByteArray("keep me"));
        dialog->reject();
    }

private:
    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(OpenProjectTest)
#include "OpenProjectTest.moc"
