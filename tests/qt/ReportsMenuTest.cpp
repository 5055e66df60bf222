// SPDX-License-Identifier: MIT
// The Reports menu: its entries follow the open project, and the reports it builds come from the session's
// project in the language chosen for the report, whatever the interface's language.
#include <QAction>
#include <QTemporaryDir>
#include <QtTest>

#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "ReportsMenu.h"

using namespace cnms;
using namespace cnms::gui;

class ReportsMenuTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("ReportsMenuTest"); }

    void entriesNeedAProject() {
        std::unique_ptr<ProjectSession> session;
        ReportsMenu menu([&] { return session.get(); });
        QMetaObject::invokeMethod(&menu, "aboutToShow");
        const auto actions = menu.actions();
        QCOMPARE(actions.size(), 3);
        for (QAction* action : actions) QVERIFY(!action->isEnabled());
        QVERIFY(!menu.askChoice(ReportKind::Inventory));  // no project: nothing to ask

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.cnms"));
        test::createDemoProject(path);
        session = ProjectSession::open(path);
        QMetaObject::invokeMethod(&menu, "aboutToShow");
        for (QAction* action : actions) QVERIFY(action->isEnabled());
    }

    void buildsTheChosenReportInItsLanguage() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.cnms"));
        test::createDemoProject(path);
        auto session = ProjectSession::open(path);
        const auto years = session->store().activities().years();
        const int year = years.empty() ? 2024 : years.back();

        ReportChoice choice{ReportKind::Inventory, year, report::ReportLanguage::English, {}};
        auto doc = buildReport(session->store(), choice);
        QCOMPARE(doc.cover().title, QStringLiteral("Greenhouse Gas Inventory Report %1").arg(year));
        choice.language = report::ReportLanguage::Chinese;
        doc = buildReport(session->store(), choice);
        QCOMPARE(doc.cover().title, QStringLiteral("%1年度温室气体排放报告").arg(year));

        choice = {ReportKind::Registers, 0, report::ReportLanguage::English, {"action"}};
        QCOMPARE(buildReport(session->store(), choice).cover().title, QStringLiteral("Register: Actions"));
        choice = {ReportKind::Neutrality, year, report::ReportLanguage::English, {}};
        QCOMPARE(buildReport(session->store(), choice).cover().title, QStringLiteral("Carbon Neutrality Statement %1").arg(year));
    }
};

QTEST_MAIN(ReportsMenuTest)
#include "ReportsMenuTest.moc"
