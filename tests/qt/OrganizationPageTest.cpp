// SPDX-License-Identifier: MIT
// The organization form: live checks of the codes, refusal of a bad credit code, undoable save.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "GuiTestSupport.h"
#include "OrganizationForm.h"
#include "OrganizationPage.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/core/DemoProject.h"

using namespace cnms;
using namespace cnms::gui;

class OrganizationPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("OrganizationPageTest"); }

    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("org%1.cnms").arg(++m_counter));
        test::createDemoProject(m_path);
        m_session = ProjectSession::open(m_path);
        m_page = std::make_unique<OrganizationPage>(PageContext{*m_session, m_dialogs});
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() {
        m_page.reset();
        m_session.reset();
    }

    void refusesABadCreditCodeAndWritesNothing() {
        auto* credit = m_page->findChild<QLineEdit*>("creditCodeEdit");
        auto* issue = m_page->findChild<QLabel*>("creditCodeIssue");
        credit->clear();
        // The demo code with its last (check) character changed: GB 32100 makes the check '7'.
        QTest::keyClicks(credit, "91330522MA2B3C4D58");
        QVERIFY(issue->isVisible());
        QVERIFY2(issue->text().contains("\"7\""), qPrintable(issue->text()));  // says what it should be

        QVERIFY(!m_page->save());
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(test::reopen(m_path)->organization().get(), demo::organization());
        QVERIFY(m_dialogs.shown.isEmpty());  // shown beside the field, not in a message box
    }

    void explainsTheLengthAndTheCharactersAsTheyAreTyped() {
        auto* credit = m_page->findChild<QLineEdit*>("creditCodeEdit");
        auto* issue = m_page->findChild<QLabel*>("creditCodeIssue");
        credit->clear();
        QTest::keyClicks(credit, "9133");
        QVERIFY(issue->text().contains("18"));
        QVERIFY(issue->text().contains("4"));
        credit->clear();
        QTest::keyClicks(credit, "91330522MA2B3C4DI7");  // I is not in the alphabet, at position 17
        QVERIFY2(issue->text().contains("17"), qPrintable(issue->text()));
        credit->clear();
        QTest::keyClicks(credit, "91330522ma2b3c4d57");  // typed in lower case: upper-cased, and valid
        QCOMPARE(credit->text(), QStringLiteral("91330522MA2B3C4D57"));
        QVERIFY(issue->text().startsWith(QStringLiteral("✓")));
    }

    void refusesAnEmptyNameBesideTheField() {
        auto* name = m_page->findChild<QLineEdit*>("nameEdit");
        name->clear();
        QTest::keyClicks(name, "  ");
        QVERIFY(!m_page->save());
        QVERIFY(m_page->findChild<QLabel*>("nameIssue")->isVisible());
        QCOMPARE(test::reopen(m_path)->organization().get().name, demo::organization().name);
    }

    void savesAsOneUndoableCommand() {
        auto* name = m_page->findChild<QLineEdit*>("nameEdit");
        auto* standard = m_page->findChild<QLineEdit*>("standardNumberEdit");
        auto* approach = m_page->findChild<QComboBox*>("consolidationCombo");
        auto* save = m_page->findChild<QPushButton*>("saveButton");
        QVERIFY(!save->isEnabled());  // nothing to save yet
        name->clear();
        test::typeText(name, "浙江钱塘水泥股份有限公司");
        QTest::keyClicks(standard, "T/ABC 001-2024");
        approach->setCurrentIndex(approach->findData(static_cast<int>(Consolidation::EquityShare)));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        Organization stored = test::reopen(m_path)->organization().get();
        QCOMPARE(QString::fromStdString(stored.name), QStringLiteral("浙江钱塘水泥股份有限公司"));
        QCOMPARE(stored.standardNumber, std::string("T/ABC 001-2024"));
        QVERIFY(stored.consolidation == Consolidation::EquityShare);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QVERIFY(!save->isEnabled());

        m_session->undoStack()->undo();
        QCOMPARE(test::reopen(m_path)->organization().get(), demo::organization());
        QCOMPARE(name->text(), QString::fromStdString(demo::organization().name));  // the form follows undo
        m_session->undoStack()->redo();
        QCOMPARE(name->text(), QStringLiteral("浙江钱塘水泥股份有限公司"));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<OrganizationPage> m_page;
};

QTEST_MAIN(OrganizationPageTest)
#include "OrganizationPageTest.moc"
