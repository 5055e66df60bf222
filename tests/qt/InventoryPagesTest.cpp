// SPDX-License-Identifier: MIT
// The GHG inventory pages: results page against InventoryService, the paged activity model, the
// import dialog's worker (good file stored, bad file refused with its issues and nothing stored)
// and the factor library page.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "ActivityPage.h"
#include "ActivityTableModel.h"
#include "FactorLibraryPage.h"
#include "GuiTestSupport.h"
#include "ImportDialog.h"
#include "InventoryPage.h"
#include "ProjectSession.h"
#include "ScriptedDialogs.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/import/ActivityImporter.h"

using namespace cnms;
using namespace cnms::gui;

namespace {

const char* kHeader = "record_id,site,period_start,period_end,source_type,activity,quantity,unit,data_quality\n";

/** A small year: coal and diesel at the clinker plant, electricity at two sites, a refrigerant. */
QByteArray smallFile() {
    return QByteArray(kHeader) +
           "A1,CX-CLK,2024-01-01,2024-01-31,fuel_combustion,bituminous_coal,1000,t,measured\n"
           "A2,CX-CLK,2024-02-01,2024-02-29,fuel_combustion,diesel,12.5,t,measured\n"
           "A3,CX-CLK,2024-03-01,2024-03-31,purchased_electricity,cn_2023_avg,800,MWh,measured\n"
           "A4,HZ-GRD,2024-04-01,2024-04-30,purchased_electricity,cn_2023_avg,300,MWh,calculated\n"
           "A5,HZ-HQ,2024-05-01,2024-05-31,fugitive,HFC-134a,2,kg,estimated\n";
}

/** `n` electricity records of 2024 spread over the three sites. */
QByteArray manyRows(int n) {
    QByteArray out(kHeader);
    const char* sites[] = {"CX-CLK", "HZ-GRD", "HZ-HQ"};
    for (int i = 0; i < n; ++i) {
        const int month = i % 12 + 1;
        out += QStringLiteral("R%1,%2,2024-%3-01,2024-%3-28,purchased_electricity,cn_2023_avg,%4,MWh,measured\n")
                   .arg(i)
                   .arg(QLatin1String(sites[i % 3]))
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 7)
                   .toUtf8();
    }
    return out;
}

}  // namespace

class InventoryPagesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("InventoryPagesTest");
        QVERIFY(m_dir.isValid());
    }

    void emptyProjectSaysWhatIsMissing() {
        const QString path = m_dir.filePath("empty.cnms");
        test::createProjectWithDemoSites(path);
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        InventoryPage page({*session, dialogs});
        QVERIFY(!page.isBusy());
        QVERIFY(!page.inventory());
        auto* stack = page.findChild<QStackedWidget*>();
        auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyLabel"));
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(QStringLiteral("import")));
    }

    void resultsPageShowsTheServiceTotal() {
        const QString path = m_dir.filePath("small.cnms");
        const QString csv = m_dir.filePath("small.csv");
        test::createProjectWithDemoSites(path);
        test::writeBytes(csv, smallFile());
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        InventoryPage page({*session, dialogs});
        QSignalSpy computed(&page, &InventoryPage::computed);

        import::importActivities(session->store(), csv.toStdString());
        session->notifyActivitiesChanged();
        QVERIFY(page.isBusy());  // computed in a worker, not in the call
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.inventory().has_value(), 10000);

        accounting::InventoryService service(session->store());
        const auto expected = service.inventory(2024);
        QVERIFY(expected.totalTco2e > 0);
        QCOMPARE(page.inventory()->totalTco2e, expected.totalTco2e);
        QCOMPARE(page.inventory()->recordCount, std::size_t(5));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("totalLabel"))
                    ->text()
                    .contains(QLocale().toString(expected.totalTco2e, 'f', 2)));

        // Another GWP set for the view only: the same data weighed with AR4 (HFC-134a 1430 instead of AR5 1300 ...).
        page.selectGwp(QStringLiteral("AR4"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.inventory()->gwpSet == "AR4", 10000);
        QCOMPARE(page.inventory()->totalTco2e, service.inventory(2024, std::string("AR4")).totalTco2e);
        QCOMPARE(service.pinFor(2024).gwpSet, expected.gwpSet);  // the pin did not move
    }

    void activityModelFetchesPageByPage() {
        const QString path = m_dir.filePath("many.cnms");
        const QString csv = m_dir.filePath("many.csv");
        test::createProjectWithDemoSites(path);
        test::writeBytes(csv, manyRows(4500));
        auto session = ProjectSession::open(path);
        import::importActivities(session->store(), csv.toStdString());

        ActivityTableModel model(session->store());
        model.setYear(2024);
        QCOMPARE(model.totalInYear(), 4500);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), int(ActivityTableModel::kPageSize));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4000);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4500);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, ActivityTableModel::RecordId).data().toString(), QStringLiteral("R0"));
        QCOMPARE(model.index(4499, ActivityTableModel::RecordId).data().toString(), QStringLiteral("R4499"));

        // Site filter: every third record. Under Qt's model checker, which calls fetchMore itself; it is
        // attached after setYear because it also fetches while handling a reset, which it then reports.
        {
            ActivityTableModel checked(session->store());
            checked.setYear(2024, QStringLiteral("HZ-HQ"));
            QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (checked.canFetchMore({})) checked.fetchMore({});
            QCOMPARE(checked.rowCount(), 1500);
            QCOMPARE(checked.index(0, ActivityTableModel::Site).data().toString(), QStringLiteral("HZ-HQ"));
            QCOMPARE(checked.index(0, ActivityTableModel::RecordId).data().toString(), QStringLiteral("R2"));
        }
        {
            ActivityTableModel checked(session->store());
            checked.setYear(2024);
            QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (checked.canFetchMore({})) checked.fetchMore({});
            QCOMPARE(checked.rowCount(), 4500);
        }

        test::ScriptedDialogs dialogs;
        ActivityPage page({*session, dialogs});
        QCOMPARE(page.yearCombo()->currentText(), QStringLiteral("2024"));
        QCOMPARE(page.siteCombo()->count(), 4);  // all sites + the three demo sites
    }

    void importDialogStoresAGoodFileAndRefusesABadOne() {
        const QString path = m_dir.filePath("import.cnms");
        const QString good = m_dir.filePath("good.csv");
        const QString bad = m_dir.filePath("bad.csv");
        test::createProjectWithDemoSites(path);
        test::writeBytes(good, smallFile());
        test::writeBytes(bad, QByteArray(kHeader) +
                                  "B1,CX-CLK,2024-01-01,2024-01-31,fuel_combustion,bituminous_coal,lots,t,measured\n"
                                  "B2,NOWHERE,2024-01-01,2024-01-31,fuel_combustion,diesel,1,t,measured\n");
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        QSignalSpy changed(session.get(), &ProjectSession::activitiesChanged);

        ImportDialog dialog(*session, dialogs);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.setFile(bad);
        QVERIFY(dialog.start(false));
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.outcome());
        QVERIFY(!dialog.outcome()->summary);
        QVERIFY(dialog.outcome()->issues.size() >= 2);
        QCOMPARE(dialog.issuesModel()->rowCount(), int(dialog.outcome()->issues.size()));
        QStringList rowsAndValues;
        for (int r = 0; r < dialog.issuesModel()->rowCount(); ++r)
            rowsAndValues << dialog.issuesModel()->item(r, 1)->text() + QLatin1Char(':') +
                                 dialog.issuesModel()->item(r, 3)->text();
        QVERIFY2(rowsAndValues.contains(QStringLiteral("2:lots")), qPrintable(rowsAndValues.join(' ')));
        QVERIFY2(rowsAndValues.contains(QStringLiteral("3:NOWHERE")), qPrintable(rowsAndValues.join(' ')));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(test::reopen(path)->activities().countInYear(2024), 0);

        // A dry run of the good file stores nothing either.
        dialog.setFile(good);
        QVERIFY(dialog.start(true));
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.outcome()->summary);
        QVERIFY(!dialog.outcome()->summary->stored);
        QCOMPARE(test::reopen(path)->activities().countInYear(2024), 0);

        QVERIFY(dialog.start(false));
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.outcome()->summary);
        QVERIFY(dialog.outcome()->summary->stored);
        QCOMPARE(dialog.outcome()->summary->rows, std::size_t(5));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(test::reopen(path)->activities().countInYear(2024), 5);
        QCOMPARE(session->store().activities().countInYear(2024), 5);  // the page's own connection sees it
    }

    void cancelledImportStoresNothing() {
        const QString path = m_dir.filePath("cancel.cnms");
        const QString csv = m_dir.filePath("cancel.csv");
        test::createProjectWithDemoSites(path);
        test::writeBytes(csv, manyRows(20000));
        gui::ImportProgressState state;
        state.cancel = true;  // the first progress report stops it
        auto outcome = runActivityImport(path.toStdString(), csv.toStdString(), {}, state);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.summary);
        QCOMPARE(test::reopen(path)->activities().countInYear(2024), 0);
    }

    void factorPageListsTheShippedSets() {
        const QString path = m_dir.filePath("factors.cnms");
        test::createProjectWithDemoSites(path);
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        FactorLibraryPage page({*session, dialogs});
        QVERIFY(page.setsModel()->rowCount() >= 1);
        QVERIFY(!page.setsModel()->findItems(QStringLiteral("cn_fuels"), Qt::MatchExactly, 0).isEmpty());
        QVERIFY(page.selectSet(QStringLiteral("cn_fuels")));
        QVERIFY(page.factorsModel()->rowCount() > 0);
        QVERIFY(!page.factorsModel()->findItems(QStringLiteral("bituminous_coal"), Qt::MatchExactly, 0).isEmpty());
        QVERIFY(!page.selectSet(QStringLiteral("no_such_set")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(InventoryPagesTest)
#include "InventoryPagesTest.moc"
