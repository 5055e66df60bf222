// SPDX-License-Identifier: MIT
// The content model (what it refuses, where blocks go), chart images, and how table columns share the width.

#include "ColumnWidths.h"
#include "cnms/report/ReportDocument.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QtTest>

#include <memory>
#include <stdexcept>

using namespace cnms::report;

class ReportDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void blocksGoToBodyThenAppendix();
    void headingLevelsAreClamped();
    void tablesOfTheWrongShapeAreRefused();
    void figuresNeedAnImage();
    void chartIsRenderedAtItsPhysicalSize();
    void chartIsBorrowedNotTaken();
    void columnsShareTheWidthByWeight();
    void figureColumnsGetWhatTheyNeed();
    void aFixedColumnCanSqueezeAnotherIntoNeed();
    void onlyColumnsShortOfTheirShareAreFixed();
    void figuresWiderThanThePageKeepTheWeights();
};

void ReportDocumentTest::blocksGoToBodyThenAppendix() {
    ReportDocument doc;
    doc.addHeading(1, QStringLiteral("概述"));
    doc.addParagraph(QStringLiteral("正文"));
    doc.addPageBreak();
    QVERIFY(!doc.hasAppendix());
    doc.beginAppendix(QStringLiteral("活动数据"));
    doc.addParagraph(QStringLiteral("附录正文"));
    QCOMPARE(doc.body().size(), std::size_t(3));
    QCOMPARE(doc.appendix().size(), std::size_t(2));
    QVERIFY(doc.hasAppendix());
    const auto* title = std::get_if<ReportHeading>(&doc.appendix().front());
    QVERIFY(title != nullptr);
    QCOMPARE(title->level, 1);
    QCOMPARE(title->text, QStringLiteral("活动数据"));
    QVERIFY(std::holds_alternative<ReportPageBreak>(doc.body().back()));
}

void ReportDocumentTest::headingLevelsAreClamped() {
    ReportDocument doc;
    doc.addHeading(0, QStringLiteral("a"));
    doc.addHeading(7, QStringLiteral("b"));
    QCOMPARE(std::get<ReportHeading>(doc.body()[0]).level, 1);
    QCOMPARE(std::get<ReportHeading>(doc.body()[1]).level, 3);
}

void ReportDocumentTest::tablesOfTheWrongShapeAreRefused() {
    ReportDocument doc;
    ReportTable noColumns;
    noColumns.caption = QStringLiteral("Sources");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, doc.addTable(noColumns));

    ReportTable shortRow;
    shortRow.caption = QStringLiteral("Sources");
    shortRow.columns = {{QStringLiteral("Site")}, {QStringLiteral("tCO2e"), ColumnAlign::Right}};
    shortRow.rows = {{QStringLiteral("CX-CLK"), QStringLiteral("1.00")}, {QStringLiteral("HZ-GRD")}};
    try {
        doc.addTable(shortRow);
        QFAIL("a row with a missing cell was accepted");
    } catch (const std::invalid_argument& error) {
        // The message names the table and the row, so the report's author finds the faulty builder line.
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("report table \"Sources\": row 2 has 1 cells for 2 columns"));
    }

    ReportTable wrongTotals = shortRow;
    wrongTotals.rows.pop_back();
    wrongTotals.totals = QStringList{QStringLiteral("Total")};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, doc.addTable(wrongTotals));
    QVERIFY(doc.body().empty());

    ReportTable zeroWeight = wrongTotals;
    zeroWeight.totals.reset();
    zeroWeight.columns[0].weight = 0;
    doc.addTable(zeroWeight);
    QCOMPARE(std::get<ReportTable>(doc.body().front()).columns[0].weight, 1.0);  // a zero weight would hide the column
}

void ReportDocumentTest::figuresNeedAnImage() {
    ReportDocument doc;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, doc.addImage(QImage(), QStringLiteral("none")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, doc.addChart(nullptr, QStringLiteral("none")));
    QImage image(10, 10, QImage::Format_RGB32);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, doc.addImage(image, QStringLiteral("flat"), 0.0));
    doc.addImage(image, QStringLiteral("ok"), 80.0);
    QCOMPARE(std::get<ReportFigure>(doc.body().front()).widthMm, 80.0);
}

void ReportDocumentTest::chartIsRenderedAtItsPhysicalSize() {
    QChart chart;
    auto* series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 3);
    chart.addSeries(series);
    chart.createDefaultAxes();
    chart.setAnimationOptions(QChart::AllAnimations);

    // 160 mm × 90 mm at 200 dpi: 160 / 25.4 × 200 = 1259.8 -> 1260 px; 90 / 25.4 × 200 = 708.7 -> 709 px.
    const QImage image = renderChart(&chart, {160.0, 90.0}, 200.0);
    QCOMPARE(image.size(), QSize(1260, 709));
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));  // opaque white, nothing to blend in the PDF
    QVERIFY(!image.hasAlphaChannel());
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
    QCOMPARE(chart.animationOptions(), QChart::AllAnimations);  // restored after the rendering

    ReportDocument doc;
    doc.addChart(&chart, QStringLiteral("Trend"), {120.0, 60.0}, 150.0);
    const ReportFigure& figure = std::get<ReportFigure>(doc.body().front());
    QCOMPARE(figure.widthMm, 120.0);
    QCOMPARE(figure.image.size(), QSize(709, 354));  // 120 / 25.4 × 150 = 708.7; 60 / 25.4 × 150 = 354.3
}

void ReportDocumentTest::chartIsBorrowedNotTaken() {
    auto* chart = new QChart;
    chart->addSeries(new QLineSeries);
    QChartView view(chart);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QGraphicsScene* scene = chart->scene();
    QVERIFY(scene != nullptr);
    const QSizeF size = chart->size();

    ReportDocument doc;
    doc.addChart(chart, QStringLiteral("Borrowed"));
    QCOMPARE(chart->scene(), scene);  // back in its view, at its size
    QCOMPARE(chart->size(), size);
    QCOMPARE(view.chart(), chart);
}

void ReportDocumentTest::columnsShareTheWidthByWeight() {
    const std::vector<double> widths = fitColumnWidths({1, 1, 2}, {0, 0, 0}, 400);
    QCOMPARE(widths, (std::vector<double>{100, 100, 200}));
}

void ReportDocumentTest::figureColumnsGetWhatTheyNeed() {
    // Shares 300 / 100; the second column needs 150, so it gets 150 and the first the other 250.
    const std::vector<double> widths = fitColumnWidths({3, 1}, {0, 150}, 400);
    QCOMPARE(widths, (std::vector<double>{250, 150}));
}

void ReportDocumentTest::aFixedColumnCanSqueezeAnotherIntoNeed() {
    // Shares 100 each. Round 1: columns 2 and 3 need 140 > 100 -> fixed; column 1 gets 300 - 280 = 20.
    QCOMPARE(fitColumnWidths({1, 1, 1}, {0, 140, 140}, 300), (std::vector<double>{20, 140, 140}));
    // Shares 200/100/100. Round 1: column 3 (needs 110) is fixed; the rest share 290 as 2:1 -> 193.3, 96.7,
    // which leaves column 2 (needs 100) short. Round 2 fixes it too; column 1 gets 400 - 210 = 190.
    const std::vector<double> widths = fitColumnWidths({2, 1, 1}, {0, 100, 110}, 400);
    QCOMPARE(widths, (std::vector<double>{190, 100, 110}));
}

void ReportDocumentTest::onlyColumnsShortOfTheirShareAreFixed() {
    // Shares 150/150: column 2 needs 200 and is fixed; column 1 gets the other 100, above its need of 50.
    QCOMPARE(fitColumnWidths({1, 1}, {50, 200}, 300), (std::vector<double>{100, 200}));
    // Shares 37.5/112.5 of 150: column 1 needs 40 and is fixed; column 2 (needs 100) takes the other 110.
    QCOMPARE(fitColumnWidths({1, 3}, {40, 100}, 150), (std::vector<double>{40, 110}));
}

void ReportDocumentTest::figuresWiderThanThePageKeepTheWeights() {
    // Needs 160 + 200 = 360 > 300: no share can be honoured, so the proportions stay.
    QCOMPARE(fitColumnWidths({1, 1}, {160, 200}, 300), (std::vector<double>{150, 150}));
    QCOMPARE(fitColumnWidths({1, 1, 2}, {300, 300, 300}, 400), (std::vector<double>{100, 100, 200}));
}

QTEST_MAIN(ReportDocumentTest)
#include "ReportDocumentTest.moc"
