// SPDX-License-Identifier: MIT
// The neutrality pages on the demo project: measures added through the form (table, store, MACC),
// field errors beside their fields and the status workflow; targets with progress, trajectory and
// the base-year recalculation; credits with double counting refused naming the earlier record and
// the import; the evaluation with the demo's refused credits, checklist and waterfall.
#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "CreditDialog.h"
#include "CreditsPage.h"
#include "FieldStatus.h"
#include "GuiTestSupport.h"
#include "ImportDialog.h"
#include "MeasureDialog.h"
#include "MeasuresPage.h"
#include "NeutralityEvaluationPage.h"
#include "ProjectSession.h"
#include "RowTableModel.h"
#include "ScriptedDialogs.h"
#include "TargetDialog.h"
#include "TargetsPage.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/neutrality/AbatementCost.h"

using namespace cnms;
using namespace cnms::gui;
using namespace cnms::neutrality;

namespace {

QList<QPointF> upperPoints(QAbstractSeries* series) {
    auto* area = qobject_cast<QAreaSeries*>(series);
    return area ? area->upperSeries()->points() : QList<QPointF>{};
}

QAbstractSeries* seriesNamed(QChart* chart, const QString& objectName) {
    for (auto* s : chart->series())
        if (s->objectName() == objectName) return s;
    return nullptr;
}

}  // namespace

class NeutralityPagesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("NeutralityPagesTest"); }

    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.cnms").arg(++m_counter));
        test::createDemoProject(m_path);
        m_session = ProjectSession::open(m_path);
    }

    void cleanup() {
        m_session.reset();
        m_dialogs.shown.clear();
        m_dialogs.confirmAnswers.clear();
        m_dialogs.fileAnswers.clear();
    }

    void rowModelPassesTheModelTester() {
        MeasuresPage page(context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 5);  // the demo's five measures
        QCOMPARE(page.model()->columnCount(), static_cast<int>(MeasuresPage::ColumnCount));
    }

    void addsAMeasureThroughTheFormIntoTableStoreAndMacc() {
        MeasuresPage page(context());
        page.setDiscountRate(0.08);
        auto* dialog = qobject_cast<MeasureDialog*>(page.addRecord());
        QVERIFY(dialog && dialog->isVisible());
        test::typeText(dialog->editor("title"), QStringLiteral("空压机变频改造"));
        qobject_cast<QDoubleSpinBox*>(dialog->editor("capex"))->setValue(1'000'000);
        qobject_cast<QDoubleSpinBox*>(dialog->editor("annual_opex_change"))->setValue(-50'000);
        qobject_cast<QSpinBox*>(dialog->editor("lifetime_years"))->setValue(10);
        qobject_cast<QDoubleSpinBox*>(dialog->editor("expected_annual_tco2e"))->setValue(1000);
        QVERIFY(dialog->chooseStatus(MeasureStatus::Planned));
        // Hand calculation: CRF(8 %, 10 y) = 0.08·1.08^10/(1.08^10−1) = 0.149029;
        // (1,000,000 × 0.149029 − 50,000) / 1,000 t = 99.03 CNY/t.
        QVERIFY2(dialog->costLabel()->text().contains(QStringLiteral("99")), qPrintable(dialog->costLabel()->text()));
        dialog->accept();
        QVERIFY(!dialog->isVisible());

        auto stored = m_session->store().measures().list();
        QCOMPARE(stored.size(), std::size_t(6));
        QCOMPARE(QString::fromStdString(stored.back().title), QStringLiteral("空压机变频改造"));
        QVERIFY(stored.back().status == MeasureStatus::Planned);
        QVERIFY(m_session->store().changeLog().recent(1, "reduction_measure").at(0).action == "insert");

        QCOMPARE(page.model()->rowCount(), 6);
        QVERIFY(page.selectedId().value_or(0) == stored.back().id);
        const int row = page.model()->rowOf(stored.back().id);
        QVERIFY(std::abs(page.model()->index(row, MeasuresPage::Cost).data(RowTableModel::SortRole).toDouble() - 99.029) < 0.01);

        // The MACC: sorted by cost, each bar as wide as its reduction, as high as its cost.
        const auto& bars = page.maccBars();
        QVERIFY(std::is_sorted(bars.begin(), bars.end(),
                               [](const MaccBar& a, const MaccBar& b) { return a.costPerTonne < b.costPerTonne; }));
        auto it = std::find_if(bars.begin(), bars.end(), [](const MaccBar& b) { return b.label == "空压机变频改造"; });
        QVERIFY(it != bars.end());
        QVERIFY(std::abs(it->costPerTonne - 99.029) < 0.01);
        QCOMPARE(it->widthTco2e, 1000.0);
        QChart* chart = page.maccView()->chart();
        QCOMPARE(chart->series().size(), static_cast<qsizetype>(bars.size()));
        const auto points = upperPoints(chart->series().at(static_cast<int>(it - bars.begin())));
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].x(), it->start);
        QCOMPARE(points[1].x(), it->start + 1000.0);
        QVERIFY(std::abs(points[0].y() - 99.029) < 0.01);
        // Cancelled measures are not on the curve; the demo has none, so every measure is.
        QCOMPARE(bars.size(), std::size_t(6));
    }

    void refusedFieldsAreShownBesideTheirFields() {
        MeasuresPage page(context());
        auto* dialog = qobject_cast<MeasureDialog*>(page.addRecord());
        QVERIFY(dialog);
        qobject_cast<QLineEdit*>(dialog->editor("start_date"))->setText(QStringLiteral("2026-13-40"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(field_status::hasError(dialog->issueLabel("title")));
        QVERIFY(field_status::hasError(dialog->issueLabel("start_date")));
        QVERIFY(!field_status::hasError(dialog->issueLabel("capex")));
        QCOMPARE(m_session->store().measures().list().size(), std::size_t(5));
        // Fixing the title clears its error as it is typed.
        test::typeText(dialog->editor("title"), QStringLiteral("x"));
        QVERIFY(!field_status::hasError(dialog->issueLabel("title")));
        dialog->reject();
    }

    void theStatusOffersOnlyTheWorkflowsNextSteps() {
        MeasuresPage page(context());
        const auto measures = m_session->store().measures().list();
        auto idea = std::find_if(measures.begin(), measures.end(),
                                 [](const ReductionMeasure& m) { return m.status == MeasureStatus::Idea; });
        QVERIFY(idea != measures.end());
        page.selectId(idea->id);
        auto* dialog = qobject_cast<MeasureDialog*>(page.editSelected());
        QVERIFY(dialog);
        auto* status = qobject_cast<QComboBox*>(dialog->editor("status"));
        QCOMPARE(status->count(), 3);  // idea, planned, cancelled
        QVERIFY(!dialog->chooseStatus(MeasureStatus::Done));
        QVERIFY(dialog->chooseStatus(MeasureStatus::Planned));
        dialog->accept();
        QVERIFY(m_session->store().measures().find(idea->id)->status == MeasureStatus::Planned);
        // The status filter shows the planned ones only.
        page.setStatusFilter(MeasureStatus::Planned);
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void targetsShowProgressAndTheTrajectory() {
        TargetsPage page(context());
        QCOMPARE(page.model()->rowCount(), 1);
        const Target target = m_session->store().targets().list().at(0);
        QVERIFY(page.selectedId().value_or(0) == target.id);
        accounting::InventoryService inventory(m_session->store());
        const auto i2024 = inventory.inventory(2024);
        const double actual2024 = i2024.scopeTco2e(1) + i2024.scopeTco2e(2);
        // Progress: the base year and 2024, each against the straight line 2023 → 2030 (−20 %).
        QCOMPARE(page.progressModel()->rowCount(), 2);
        QCOMPARE(page.progressModel()->item(1, 0)->text(), QStringLiteral("2024"));
        const double trajectory2024 = target.baseValue * (1 - 0.20 / 7);
        QCOMPARE(page.trajectoryData().actuals.back().second, actual2024);
        QChart* chart = page.chartView()->chart();
        auto* path = qobject_cast<QLineSeries*>(seriesNamed(chart, QStringLiteral("trajectory")));
        QVERIFY(path);
        QCOMPARE(path->points().size(), 2);
        QCOMPARE(path->points()[0], QPointF(2023, target.baseValue));
        QCOMPARE(path->points()[1], QPointF(2030, target.baseValue * 0.8));
        auto* actual = qobject_cast<QLineSeries*>(seriesNamed(chart, QStringLiteral("actual")));
        QVERIFY(actual);
        QCOMPARE(actual->points().size(), 2);
        QCOMPARE(actual->points()[1], QPointF(2024, actual2024));
        const bool onTrack = actual2024 <= trajectory2024;
        QCOMPARE(page.progressModel()->item(1, 3)->text(), onTrack ? QStringLiteral("on track") : QStringLiteral("off track"));
        // The planned measures (photovoltaics from 2025, biomass from 2026) stacked from 2024 on.
        auto* band = qobject_cast<QAreaSeries*>(seriesNamed(chart, QStringLiteral("plannedEffect")));
        QVERIFY(band);
        const auto lower = band->lowerSeries()->points();
        QCOMPARE(lower.front(), QPointF(2024, actual2024));
        QCOMPARE(lower[1], QPointF(2025, actual2024 - 3'400));          // photovoltaics (scope 2)
        QCOMPARE(lower[2], QPointF(2026, actual2024 - 3'400 - 38'000));  // + biomass (scope 1)
    }

    void baseYearRecalculationMovesTheBaseValueWithANote() {
        Target target = m_session->store().targets().list().at(0);
        const double reported = target.baseValue;
        target.baseValue = reported - 5'000;  // as if taken before the 2023 records were corrected
        {
            auto work = m_session->store().begin("test");
            m_session->store().targets().update(target);
            work->commit();
        }
        TargetsPage page(context());
        m_dialogs.confirmAnswers = {true};
        QCOMPARE(page.followBaseYearRecalculation(), 1);
        const auto stored = m_session->store().targets().find(target.id);
        QVERIFY(std::abs(stored->baseValue - reported) < 0.5);
        QVERIFY(QString::fromStdString(stored->baseNote).contains(QStringLiteral("after the base year 2023 was recalculated")));
        QCOMPARE(m_dialogs.shown.back().kind, QStringLiteral("information"));
        QVERIFY(m_dialogs.shown.back().text.contains(QString::fromStdString(target.name)));
        const int row = page.model()->rowOf(target.id);
        QCOMPARE(page.model()->index(row, TargetsPage::BaseValue).data(RowTableModel::SortRole).toDouble(), stored->baseValue);
    }

    void addsATargetThroughTheFormWithTheBaseValueFromTheInventory() {
        TargetsPage page(context());
        auto* dialog = qobject_cast<TargetDialog*>(page.addRecord());
        QVERIFY(dialog);
        test::typeText(dialog->editor("name"), QStringLiteral("2035 年范围一下降 35 %"));
        dialog->findChild<QCheckBox*>(QStringLiteral("scope2"))->setChecked(false);
        QVERIFY(dialog->fillBaseValueFromInventory());
        qobject_cast<QLineEdit*>(dialog->editor("milestones"))->setText(QStringLiteral("2030: 20, 2033: 28"));
        qobject_cast<QSpinBox*>(dialog->editor("target_year"))->setValue(2035);
        qobject_cast<QDoubleSpinBox*>(dialog->editor("reduction_pct"))->setValue(35);
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const auto targets = m_session->store().targets().list();
        QCOMPARE(targets.size(), std::size_t(2));
        accounting::InventoryService inventory(m_session->store());
        QVERIFY(std::abs(targets.back().baseValue - inventory.inventory(2023).scopeTco2e(1)) < 0.001);
        QVERIFY(targets.back().scopes == std::vector<int>{1});
        QCOMPARE(targets.back().milestones.size(), std::size_t(2));
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void aDuplicateCreditIsRefusedNamingTheEarlierRecord() {
        CreditsPage page(context());
        QCOMPARE(page.model()->rowCount(), 4);
        const auto first = m_session->store().credits().list().at(0);
        auto* dialog = qobject_cast<CreditDialog*>(page.addRecord());
        QVERIFY(dialog);
        qobject_cast<QComboBox*>(dialog->editor("registry"))->setEditText(QStringLiteral("CCER"));
        qobject_cast<QLineEdit*>(dialog->editor("serial"))
            ->setText(QStringLiteral("CCER-33-0042-2023-001000~CCER-33-0042-2023-001999"));
        qobject_cast<QDoubleSpinBox*>(dialog->editor("quantity_tco2e"))->setValue(1000);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QLabel* serialIssue = dialog->issueLabel("serial");
        QVERIFY(field_status::hasError(serialIssue));
        QVERIFY2(serialIssue->text().contains(QStringLiteral("#%1").arg(first.id)), qPrintable(serialIssue->text()));
        QCOMPARE(m_session->store().credits().list().size(), std::size_t(4));
        // A block after the recorded one is a new credit.
        qobject_cast<QLineEdit*>(dialog->editor("serial"))
            ->setText(QStringLiteral("CCER-33-0042-2023-001501~CCER-33-0042-2023-002500"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(page.model()->rowCount(), 5);
        page.setStatusFilter(CreditStatus::Retired);
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void importsCreditsAndRefusesADuplicateFile() {
        CreditsPage page(context());
        const QString file = m_dir.filePath(QStringLiteral("credits%1.csv").arg(m_counter));
        test::writeBytes(file, QByteArray("registry,serial,vintage,quantity_tco2e,status,project_id,project_name,"
                                          "credit_type,retirement_date,beneficiary\n"
                                          "CCER,CCER-9-000001~CCER-9-000300,2024,300,retired,CCER-9,林业碳汇,removal,"
                                          "2025-05-01,钱塘水泥\n"
                                          "Verra,VCS-1529-2022-000801~VCS-1529-2022-000900,2022,100,active,VCS-1529,"
                                          "Fujian offshore wind,avoidance,,\n"));
        auto* dialog = page.importCredits();
        QVERIFY(dialog);
        dialog->setFile(file);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QVERIFY(dialog->start(false));
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog->outcome() && dialog->outcome()->summary);
        QCOMPARE(dialog->outcome()->summary->rows, std::size_t(2));
        QCOMPARE(page.model()->rowCount(), 6);
        // The same file again: every row counts credits already recorded; nothing is stored.
        QVERIFY(dialog->start(false));
        QVERIFY(finished.wait(20000));
        QVERIFY(!dialog->outcome()->summary);
        QCOMPARE(dialog->issuesModel()->rowCount(), 2);
        QCOMPARE(m_session->store().credits().list().size(), std::size_t(6));
        dialog->close();
    }

    void evaluationShowsTheDemosRefusedCreditsChecklistAndWaterfall() {
        NeutralityEvaluationPage page(context());
        QSignalSpy done(&page, &NeutralityEvaluationPage::evaluationFinished);
        if (page.isBusy()) QVERIFY(done.wait(20000));
        QVERIFY(page.selectYear(2024));
        page.evaluate();
        QVERIFY(done.wait(20000));
        QVERIFY(page.outcome() && page.outcome()->evaluation);
        const auto& e = *page.outcome()->evaluation;
        // The demo: CCER 1,500 t and Verra 800 t retired in time count; the Gold Standard block is
        // still active and the CDM credits of 2014 are outside the window 2019-2024.
        QCOMPARE(e.balance.offsetsAcceptedTco2e, 2300.0);
        QCOMPARE(page.refusedModel()->rowCount(), 2);
        QStringList reasons;
        for (int row = 0; row < 2; ++row) reasons << page.refusedModel()->item(row, 3)->data(Qt::UserRole).toString();
        reasons.sort();
        QCOMPARE(reasons, (QStringList{QStringLiteral("not_retired"), QStringLiteral("vintage_out_of_range")}));
        for (int row = 0; row < 2; ++row) QVERIFY(!page.refusedModel()->item(row, 4)->text().isEmpty());
        QCOMPARE(page.checklistModel()->rowCount(), 5);
        QVERIFY(page.verdictLabel()->text().contains(QStringLiteral("Not carbon neutral")));

        // Waterfall: base year → reductions → gross → credits → net, each bar where the balance puts it.
        const auto& bars = page.waterfallBars();
        QCOMPARE(bars.size(), std::size_t(5));
        const double gross = e.balance.boundaryEmissionsTco2e;
        QCOMPARE(bars[2].to, gross);
        QCOMPARE(bars[3].from, gross);
        QCOMPARE(bars[3].to, gross - 2300.0);
        QCOMPARE(bars[4].to, e.balance.netEmissionsTco2e);
        QChart* chart = page.waterfallView()->chart();
        QCOMPARE(chart->series().size(), qsizetype(5));
        const auto credits = upperPoints(chart->series().at(3));
        QCOMPARE(credits.at(0).y(), gross);
        auto* area = qobject_cast<QAreaSeries*>(chart->series().at(3));
        QCOMPARE(area->lowerSeries()->points().at(0).y(), gross - 2300.0);

        // A wider window lets the CDM credits count: only the active block is refused.
        page.setVintageWindow(2010, 2024);
        page.evaluate();
        QVERIFY(done.wait(20000));
        QCOMPARE(page.refusedModel()->rowCount(), 1);
        QCOMPARE(page.outcome()->evaluation->balance.offsetsAcceptedTco2e, 2450.0);
    }

private:
    PageContext context() { return PageContext{*m_session, m_dialogs}; }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ProjectSession> m_session;
    test::ScriptedDialogs m_dialogs;
};

QTEST_MAIN(NeutralityPagesTest)
#include "NeutralityPagesTest.moc"
