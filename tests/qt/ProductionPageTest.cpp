// SPDX-License-Identifier: MIT
// The Output and revenue page: the demo's figures listed, a figure added and refused through the
// form, the intensity it gives on the inventory page and on the dashboard, and the hint when missing.
#include <QComboBox>
#include <QStandardItemModel>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"
#include "InventoryPage.h"
#include "ProductionFigureDialog.h"
#include "ProductionPage.h"
#include "ProjectSession.h"
#include "RowTableModel.h"
#include "ScriptedDialogs.h"
#include "TargetsPage.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/accounting/ProductionFigureService.h"
#include "cnms/dashboard/DashboardSummary.h"
#include "cnms/neutrality/NeutralityService.h"

using namespace cnms;
using namespace cnms::gui;

class ProductionPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::isolateSettings("ProductionPageTest");
        QVERIFY(m_dir.isValid());
    }

    void listsTheDemoFiguresAndTheirIntensity() {
        const QString path = m_dir.filePath("demo.cnms");
        test::createDemoProject(path);
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        ProductionPage page({*session, dialogs});
        QCOMPARE(page.model()->rowCount(), 8);  // src/core/demo/DemoProduction.cpp
        QCOMPARE(page.model()->columnCount(), static_cast<int>(ProductionPage::ColumnCount));
        // Hand calculation from the demo data: 2024 total / 1 480 000 t cement.
        const double total = accounting::InventoryService(session->store()).inventory(2024).totalTco2e;
        const QString expected = QLocale().toString(total / 1'480'000.0, 'f', 4);
        QVERIFY2(page.intensityLabel()->text().contains(expected + QStringLiteral(" tCO2e/t cement")),
                 qPrintable(page.intensityLabel()->text()));
    }

    void addsAFigureThroughTheFormAndRefusesADuplicate() {
        const QString path = m_dir.filePath("sites.cnms");
        test::createProjectWithDemoSites(path);
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        ProductionPage page({*session, dialogs});
        QCOMPARE(page.model()->rowCount(), 0);

        auto* dialog = qobject_cast<ProductionFigureDialog*>(page.addRecord());
        QVERIFY(dialog && dialog->isVisible());
        qobject_cast<QSpinBox*>(dialog->editor("year"))->setValue(2024);
        auto* site = qobject_cast<QComboBox*>(dialog->editor("site"));
        site->setCurrentIndex(site->findData(QStringLiteral("CX-CLK")));
        qobject_cast<QComboBox*>(dialog->editor("unit"))->setEditText(QStringLiteral("t clinker"));
        dialog->accept();
        QVERIFY(dialog->isVisible());  // quantity 0 is refused beside its field
        QVERIFY(dialog->issueLabel("quantity")->isVisible());
        qobject_cast<QDoubleSpinBox*>(dialog->editor("quantity"))->setValue(1'200'000);
        dialog->accept();
        QVERIFY(!dialog->isVisible());

        const auto stored = session->store().productionFigures().list();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(stored[0].site), QStringLiteral("CX-CLK"));
        QCOMPARE(stored[0].quantity, 1'200'000.0);
        QCOMPARE(QString::fromStdString(stored[0].unit), QStringLiteral("t clinker"));
        QCOMPARE(page.model()->rowCount(), 1);

        auto* again = qobject_cast<ProductionFigureDialog*>(page.addRecord());
        QVERIFY(again);
        qobject_cast<QSpinBox*>(again->editor("year"))->setValue(2024);
        auto* againSite = qobject_cast<QComboBox*>(again->editor("site"));
        againSite->setCurrentIndex(againSite->findData(QStringLiteral("CX-CLK")));
        qobject_cast<QComboBox*>(again->editor("unit"))->setEditText(QStringLiteral("t clinker"));
        qobject_cast<QDoubleSpinBox*>(again->editor("quantity"))->setValue(5);
        again->accept();
        QVERIFY(again->isVisible());
        QVERIFY(again->issueLabel("unit")->isVisible());
        again->reject();
        QCOMPARE(session->store().productionFigures().list().size(), std::size_t(1));
    }

    void inventoryPageAndDashboardShowIntensityOrAskForOutput() {
        const QString path = m_dir.filePath("intensity.cnms");
        test::createDemoProject(path);
        auto session = ProjectSession::open(path);
        test::ScriptedDialogs dialogs;
        InventoryPage page({*session, dialogs});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.inventory().has_value(), 10000);
        QVERIFY(page.inventory()->intensityPerOutput.has_value());
        QVERIFY2(page.intensityLabel()->text().contains(QStringLiteral("tCO2e/t cement")),
                 qPrintable(page.intensityLabel()->text()));
        QVERIFY(page.intensityLabel()->text().contains(QStringLiteral("CX-CLK")));
        auto summary = dashboard::summarize(session->store(), "2025-06-30");
        QVERIFY(summary.emissions && summary.emissions->intensityPerOutput);
        QCOMPARE(summary.emissions->outputUnit, std::string("t cement"));

        // Without any figure of the latest year the page asks for them.
        accounting::ProductionFigureService service(session->store());
        for (const auto& f : service.list(page.inventory()->year)) service.remove(f.id);
        session->notifyRecordsChanged(QStringLiteral("production_figure"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.inventory() && !page.inventory()->intensityPerOutput, 10000);
        QVERIFY2(page.intensityLabel()->text().contains(QStringLiteral("enter production output")),
                 qPrintable(page.intensityLabel()->text()));
        summary = dashboard::summarize(session->store(), "2025-06-30");
        QVERIFY(summary.emissions && !summary.emissions->intensityPerOutput);
    }

    // Hand calculation from the demo data: the clinker plant's scope 1+2 tCO2e of each year (the
    // inventory's rows of CX-CLK) over its clinker output, 1 180 000 t (2023) and 1 210 000 t (2024).
    void anIntensityTargetShowsRealProgress() {
        const QString path = m_dir.filePath("target.cnms");
        test::createDemoProject(path);
        auto session = ProjectSession::open(path);
        accounting::InventoryService inventory(session->store());
        auto clinkerIntensity = [&](int year, double clinker) {
            double t = 0;
            for (const auto& row : inventory.inventory(year).rows)
                if (row.site == "CX-CLK" && row.scope <= 2) t += row.tco2e;
            return t / clinker;
        };
        const double i2023 = clinkerIntensity(2023, 1'180'000), i2024 = clinkerIntensity(2024, 1'210'000);
        neutrality::Target target;
        target.name = "熟料单位产品碳排放强度 2030 年比 2023 年下降 10 %";
        target.kind = neutrality::TargetKind::Intensity;
        target.scopes = {1, 2};
        target.intensityUnit = "t clinker";
        target.baseYear = 2023;
        target.baseValue = i2023;
        target.targetYear = 2030;
        target.reductionPct = 10;
        const auto stored = neutrality::NeutralityService(session->store()).addTarget(target);

        test::ScriptedDialogs dialogs;
        TargetsPage page({*session, dialogs});
        page.selectId(stored.id);
        const auto& actuals = page.trajectoryData().actuals;
        QCOMPARE(actuals.size(), std::size_t(2));
        QVERIFY(std::abs(actuals[0].second - i2023) < 1e-12);
        QVERIFY(std::abs(actuals[1].second - i2024) < 1e-12);
        QCOMPARE(page.progressModel()->rowCount(), 2);
        QCOMPARE(page.progressModel()->item(1, 0)->text(), QStringLiteral("2024"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(ProductionPageTest)
#include "ProductionPageTest.moc"
