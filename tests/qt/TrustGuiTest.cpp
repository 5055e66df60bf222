// SPDX-License-Identifier: MIT
// The workbench checks a project's history when it opens it (in the background) and shows the
// result in the status bar, listing findings in a dialog; History… lists a record's change log.
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"
#include "HistoryDialog.h"
#include "HistoryVerifier.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/core/SiteService.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Sqlite.h"

using namespace cnms;
using namespace cnms::gui;

class TrustGuiTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("TrustGuiTest");
        QVERIFY(m_languages.apply("en"));
    }

    void init() {
        m_dialogs.shown.clear();
        m_window = std::make_unique<MainWindow>(m_dialogs, m_languages);
    }
    void cleanup() { m_window.reset(); }

    void anUntouchedProjectShowsVerifiedInTheStatusBar() {
        const QString path = m_dir.filePath("clean.cnms");
        test::createDemoProject(path);
        QVERIFY(m_window->openProject(path));
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("verifyLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->historyVerifier()->report().has_value(), 20000);
        QCOMPARE(label->text(), QStringLiteral("History verified"));
        QVERIFY(label->toolTip().contains(QStringLiteral("agree with the hash chain")));
        QVERIFY(m_dialogs.shown.isEmpty());
    }

    void anOutsideEditShowsTheFindingsInADialog() {
        const QString path = m_dir.filePath("tampered.cnms");
        test::createDemoProject(path);
        sqlite::Database(path.toStdString(), sqlite::Database::Mode::ReadWrite)
            .exec("UPDATE site SET name = '改名' WHERE id = 1; DELETE FROM change_log WHERE id = 3");
        QVERIFY(m_window->openProject(path));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->historyVerifier()->report().has_value(), 20000);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("verifyLabel"));
        QVERIFY(label->text().startsWith(QStringLiteral("History: ")));
        QCOMPARE(m_dialogs.shown.size(), 1);
        QCOMPARE(m_dialogs.shown[0].kind, QStringLiteral("warning"));
        QVERIFY2(m_dialogs.shown[0].text.contains(QStringLiteral("site, id 1: changed outside the application")),
                 qPrintable(m_dialogs.shown[0].text));
        QVERIFY2(m_dialogs.shown[0].text.contains(QStringLiteral("change log, entries 3: deleted")),
                 qPrintable(m_dialogs.shown[0].text));
    }

    void historyListsWhoWhenAndOldToNew() {
        const QString path = m_dir.filePath("history.cnms");
        test::createProjectWithDemoSites(path);
        auto store = test::reopen(path);
        {
            auto work = store->begin("user");
            store->setActor("王审核");
            work->commit();
        }
        SiteService sites(*store);
        auto site = sites.addSite({0, "NB-PRT", "宁波码头", "浙江", "", 100});
        site.name = "宁波港码头";
        site.equitySharePct = 60;
        sites.updateSite(site);

        HistoryDialog dialog(store->changeLog(), QStringLiteral("site"), QString::number(site.id),
                             QStringLiteral("NB-PRT"));
        auto* table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, HistoryDialog::Who)->text(), QStringLiteral("王审核"));
        QCOMPARE(table->item(0, HistoryDialog::Action)->text(), QStringLiteral("Changed"));
        const QString change = table->item(0, HistoryDialog::Change)->text();
        QVERIFY2(change.contains(QStringLiteral("name: 宁波码头 → 宁波港码头")), qPrintable(change));
        QVERIFY2(change.contains(QStringLiteral("equity_share_pct: 100")), qPrintable(change));
        QVERIFY(!change.contains(QStringLiteral("code:")));  // unchanged fields are not listed
        QCOMPARE(table->item(1, HistoryDialog::Action)->text(), QStringLiteral("Added"));
        QVERIFY(table->item(1, HistoryDialog::When)->text().startsWith(QStringLiteral("20")));
    }

    void describeChangeCoversInsertDeleteAndPlainValues() {
        QCOMPARE(HistoryDialog::describeChange("", "\"a\""), QStringLiteral("→ a"));
        QCOMPARE(HistoryDialog::describeChange("\"a\"", ""), QStringLiteral("a →"));
        QCOMPARE(HistoryDialog::describeChange("{\"x\":1}", "{\"x\":2,\"y\":\"n\"}"), QStringLiteral("x: 1 → 2\ny: → n"));
    }

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TrustGuiTest)
#include "TrustGuiTest.moc"
