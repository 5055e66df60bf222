// SPDX-License-Identifier: MIT
// The manager's dashboard on the home page: its tiles show the figures of dashboard::summarize
// for the demo project, a click on a tile opens the page behind it, and a project without
// records shows its first steps instead of zeros.
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChartView>

#include "DashboardTile.h"
#include "DashboardView.h"
#include "GuiTestSupport.h"
#include "HomePage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/records/Today.h"

using namespace cnms;
using namespace cnms::gui;

class DashboardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("DashboardTest");
        QVERIFY(m_languages.apply("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.cnms"));
        test::createDemoProject(m_path);
    }

    void tilesShowTheDemosFigures() {
        auto session = ProjectSession::open(m_path);
        HomePage home;
        home.setSession(session.get());
        DashboardView* view = home.dashboard();
        const auto expected = dashboard::summarize(session->store(), records::SystemToday().date());
        const auto& s = view->summary();
        QVERIFY(s.emissions && s.neutrality && s.target);
        QCOMPARE(s.emissions->totalTco2e, expected.emissions->totalTco2e);

        const auto tonnes = [](double t) { return QLocale().toString(t, 'f', 0) + QStringLiteral(" tCO₂e"); };
        QCOMPARE(view->tile("emissions")->value(), tonnes(expected.emissions->totalTco2e));
        QVERIFY2(view->tile("emissions")->detail().contains(QStringLiteral("against 2023")),
                 qPrintable(view->tile("emissions")->detail()));
        QCOMPARE(view->tile("net")->value(), tonnes(expected.emissions->totalTco2e - 2300.0));  // 1 500 + 800 t counted
        QVERIFY(view->tile("net")->detail().contains(tonnes(2300.0)));
        QCOMPARE(view->tile("target")->value(), tonnes(expected.target->actualTco2e));
        QCOMPARE(view->tile("readiness")->value(), QStringLiteral("%1 %").arg(expected.readiness.percent, 0, 'f', 0));
        QCOMPARE(view->tile("nonconformities")->value(), QStringLiteral("4"));
        QCOMPARE(view->tile("nonconformities")->detail(), QStringLiteral("With an overdue action: 1"));
        // The audits' two open actions and the held management review's open one (DemoReview.cpp), which is
        // overdue like the meter NC's first action.
        QCOMPARE(view->tile("actions")->value(), QStringLiteral("3"));
        QCOMPARE(view->tile("actions")->detail(), QStringLiteral("Overdue: 2"));
        QCOMPARE(view->tile("audit")->value(),
                 QString::fromStdString(*records::dates::addDays(records::SystemToday().date(), 30)));
        QVERIFY(view->tile("audit")->detail().contains(QStringLiteral("In 30 days")));
        QCOMPARE(view->tile("calibration")->value(), QStringLiteral("1 overdue"));
        QVERIFY(view->tile("calibration")->detail().contains(QStringLiteral("入窑煤皮带秤 ICS-20")));
        // Two charts: emissions per year against the trajectory, and the scope shares.
        QCOMPARE(view->findChildren<QChartView*>().size(), 2);
        QVERIFY(!view->findChild<QLabel*>("firstSteps")->isVisibleTo(view));
    }

    void clickingATileOpensThePageBehindIt() {
        MainWindow window(m_dialogs, m_languages);
        window.setSession(ProjectSession::open(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("home")));
        auto* home = qobject_cast<HomePage*>(window.page(QStringLiteral("home")));
        QVERIFY(home);
        const QList<QPair<QString, QString>> cases = {{"calibration", "measuring_instrument"},
                                                      {"readiness", "readiness"},
                                                      {"emissions", "inventory"}};
        for (const auto& [tile, page] : cases) {
            QVERIFY(window.showPage(QStringLiteral("home")));
            DashboardTile* t = home->dashboard()->tile(tile);
            QVERIFY(t);
            QCOMPARE(t->pageId(), page);
            QTest::mouseClick(t, Qt::LeftButton, {}, t->rect().center());
            QCOMPARE(window.currentPageId(), page);
        }
        // The keyboard works too.
        QVERIFY(window.showPage(QStringLiteral("home")));
        DashboardTile* readiness = home->dashboard()->tile("readiness");
        readiness->setFocus();
        QTest::keyClick(readiness, Qt::Key_Return);
        QCOMPARE(window.currentPageId(), QStringLiteral("readiness"));
    }

    void anEmptyProjectShowsWhatToDoFirst() {
        const QString path = m_dir.filePath(QStringLiteral("new.cnms"));
        Organization org;
        org.name = "新建公司";
        auto session = ProjectSession::create(path, org);
        HomePage home;
        home.setSession(session.get());
        auto* steps = home.dashboard()->findChild<QLabel*>("firstSteps");
        QVERIFY(steps && steps->isVisibleTo(home.dashboard()));
        QVERIFY2(steps->text().contains(QStringLiteral("page:organization")), qPrintable(steps->text()));
        QVERIFY(steps->text().contains(QStringLiteral("page:sites")));
        QVERIFY(!home.dashboard()->tile("emissions")->isVisibleTo(home.dashboard()));
        QSignalSpy requested(&home, &HomePage::pageRequested);
        QMetaObject::invokeMethod(steps, "linkActivated", Q_ARG(QString, QStringLiteral("page:organization")));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.front().front().toString(), QStringLiteral("organization"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::ScriptedDialogs m_dialogs;
    LanguageManager m_languages;
};

QTEST_MAIN(DashboardTest)
#include "DashboardTest.moc"
