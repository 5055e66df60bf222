// SPDX-License-Identifier: MIT
// Issue 3's traceability and correction in the workbench: a total opens to the sources behind it
// and a source to its records; a record is corrected in place (validated, undoable, the inventory
// follows); the year exports to a file that imports back.
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "ActivityExportJob.h"
#include "ActivityPage.h"
#include "ActivityTableModel.h"
#include "GuiTestSupport.h"
#include "InventoryPage.h"
#include "InventorySourcesView.h"
#include "ProjectSession.h"
#include "RecordsBehindDialog.h"
#include "RepinDialog.h"
#include "ScriptedDialogs.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/import/ActivityImporter.h"

using namespace cnms;
using namespace cnms::gui;

namespace {

// Hand figures (resources/factors: diesel NCV 42.652 GJ/t, 20.2 tC/TJ, 98 %; cn_2023_avg 0.5306 tCO2/MWh):
// D1 10 t diesel = 30.95914 tCO2; E1 100 MWh + E2 50 MWh at HZ-HQ = 79.59 tCO2.
const QByteArray kFile =
    "record_id,site,period_start,period_end,source_type,activity,quantity,unit,evidence\n"
    "D1,CX-CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t,油料台账 1月\n"
    "E1,HZ-HQ,2024-02-01,2024-02-29,purchased_electricity,cn_2023_avg,100,MWh,电费单 2月\n"
    "E2,HZ-HQ,2024-03-01,2024-03-31,purchased_electricity,cn_2023_avg,50,MWh,电费单 3月\n";

}  // namespace

class InventoryTraceTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ProjectSession> openSmall(const QString& name) {
        const QString path = m_dir.filePath(name);
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        test::createProjectWithDemoSites(path);
        test::writeBytes(csv, kFile);
        auto session = ProjectSession::open(path);
        import::importActivities(session->store(), csv.toStdString());
        return session;
    }

private slots:
    void initTestCase() {
        test::isolateSettings("InventoryTraceTest");
        QVERIFY(m_dir.isValid());
    }

    void aTotalOpensToItsSourcesAndASourceToItsRecords() {
        auto session = openSmall(QStringLiteral("drill.cnms"));
        test::ScriptedDialogs dialogs;
        InventoryPage page({*session, dialogs});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.inventory().has_value(), 10000);

        page.drillInto({accounting::DrillKey::Dimension::Scope, "2"}, QStringLiteral("Scope 2"));
        QCOMPARE(page.findChild<QTabWidget*>()->currentIndex(), InventoryPage::kSourcesTab);
        const auto& lines = page.sourcesView()->lines();
        QCOMPARE(int(lines.size()), 1);  // one source: HZ-HQ electricity, two records
        QCOMPARE(lines[0].row->recordCount, 2u);
        QVERIFY(qAbs(lines[0].contributionTco2e - 79.59) < 1e-9);
        QCOMPARE(lines[0].row->trace.factorId, std::string("cn_2023_avg"));

        auto* dialog = page.openRecordsBehind(*lines[0].row);
        QCOMPARE(dialog->found(), 2);
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("recordsTable"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("E1"));
        QCOMPARE(table->model()->index(1, 6).data().toString(), QStringLiteral("电费单 3月"));
        dialog->close();

        page.drillInto({}, QString());
        QCOMPARE(int(page.sourcesView()->lines().size()), 2);
    }

    void aCorrectionIsValidatedStoredAndUndone() {
        auto session = openSmall(QStringLiteral("edit.cnms"));
        test::ScriptedDialogs dialogs;
        ActivityPage page({*session, dialogs});
        auto* model = page.model();
        while (model->canFetchMore({})) model->fetchMore({});
        QCOMPARE(model->index(0, ActivityTableModel::RecordId).data().toString(), QStringLiteral("D1"));
        QVERIFY(model->flags(model->index(0, ActivityTableModel::Quantity)) & Qt::ItemIsEditable);

        accounting::InventoryService service(session->store());
        const double before = service.inventory(2024).totalTco2e;
        QVERIFY(model->setData(model->index(0, ActivityTableModel::Quantity), QStringLiteral("20")));
        QCOMPARE(model->index(0, ActivityTableModel::Quantity).data(Qt::EditRole).toString(), QStringLiteral("20"));
        QVERIFY(qAbs(service.inventory(2024).totalTco2e - before - 30.95914) < 1e-4);  // 10 t more diesel

        // A unit a fuel cannot be weighed in is refused with a message; nothing changes.
        QSignalSpy refused(model, &ActivityTableModel::editRefused);
        QVERIFY(!model->setData(model->index(0, ActivityTableModel::Unit), QStringLiteral("tkm")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(dialogs.shown.last().kind, QStringLiteral("warning"));
        QCOMPARE(session->store().activities().find(model->idAt(0))->unit, std::string("t"));
        QVERIFY(!model->setData(model->index(0, ActivityTableModel::Quantity), QStringLiteral("lots")));

        session->undoStack()->undo();
        QCOMPARE(model->index(0, ActivityTableModel::Quantity).data(Qt::EditRole).toString(), QStringLiteral("10"));
        QVERIFY(qAbs(service.inventory(2024).totalTco2e - before) < 1e-9);
    }

    void theYearExportsToAFileThatImportsBack() {
        auto session = openSmall(QStringLiteral("export.cnms"));
        test::ScriptedDialogs dialogs;
        ActivityPage page({*session, dialogs});
        const QString out = m_dir.filePath(QStringLiteral("export.xlsx"));
        dialogs.fileAnswers << out;
        auto* job = page.exportYear();
        QVERIFY(job);
        QSignalSpy finished(job, &ActivityExportJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(QFile::exists(out));

        const QString copy = m_dir.filePath(QStringLiteral("copy.cnms"));
        test::createProjectWithDemoSites(copy);
        auto other = ProjectSession::open(copy);
        QCOMPARE(import::importActivities(other->store(), out.toStdString()).rows, std::size_t(3));
        QCOMPARE(accounting::InventoryService(other->store()).inventory(2024).totalTco2e,
                 accounting::InventoryService(session->store()).inventory(2024).totalTco2e);
    }

    // Re-pinning from the page: the difference first (AR4 weighs HFC-134a 1430 instead of AR5 1300, so
    // 2 kg → +0.26 tCO2e; gwp.csv), Apply only after it, and the page recomputes with the new pin.
    void factorsChangeOnlyAfterTheDifferenceIsShown() {
        const QString path = m_dir.filePath(QStringLiteral("repin.cnms"));
        const QString csv = m_dir.filePath(QStringLiteral("repin.csv"));
        test::createProjectWithDemoSites(path);
        test::writeBytes(csv, QByteArray("site,period_start,period_end,source_type,activity,quantity,unit\n"
                                         "HZ-HQ,2024-05-01,2024-05-31,fugitive,HFC-134a,2,kg\n"));
        auto session = ProjectSession::open(path);
        import::importActivities(session->store(), csv.toStdString());
        test::ScriptedDialogs dialogs;
        InventoryPage page({*session, dialogs});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.inventory().has_value(), 10000);
        const double before = page.inventory()->totalTco2e;

        auto* dialog = page.openRepin();
        QVERIFY(dialog);
        dialog->setGwp(QStringLiteral("AR4"));
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());  // nothing to apply before the difference is seen
        QSignalSpy shown(dialog, &RepinDialog::differenceShown);
        dialog->showDifference();
        QVERIFY(shown.wait(10000));
        QVERIFY(qAbs(dialog->difference()->total.delta - 0.002 * 130) < 1e-9);
        QCOMPARE(accounting::InventoryService(session->store()).pinFor(2024).gwpSet, std::string("AR5"));

        QSignalSpy applied(dialog, &RepinDialog::applied);
        dialog->apply();
        QVERIFY(applied.wait(10000));
        QCOMPARE(accounting::InventoryService(session->store()).pinFor(2024).gwpSet, std::string("AR4"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && qAbs(page.inventory()->totalTco2e - before - 0.26) < 1e-9, 10000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(InventoryTraceTest)
#include "InventoryTraceTest.moc"
