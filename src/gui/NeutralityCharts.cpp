// SPDX-License-Identifier: MIT
#include "NeutralityCharts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "NeutralityText.h"

namespace cnms::gui {

/** The translation context of the chart texts. */
class NeutralityCharts {
    Q_DECLARE_TR_FUNCTIONS(NeutralityCharts)
};

namespace neutrality_charts {
namespace {

/** A round upper bound for an axis, so the ticks read well. */
double niceCeil(double v) {
    if (v <= 0) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= v) return step * magnitude;
    return 10 * magnitude;
}

double niceFloor(double v) { return v >= 0 ? 0 : -niceCeil(-v); }

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QColor costColour(double cost, int i) {
    // Savings in greens, costs in oranges; neighbours alternate in shade so adjacent bars read apart.
    static const QColor savings[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x66, 0xbb, 0x6a)};
    static const QColor costs[] = {QColor(0xef, 0x6c, 0x00), QColor(0xff, 0xa7, 0x26)};
    return cost < 0 ? savings[i % 2] : costs[i % 2];
}

}  // namespace

QAreaSeries* rectangle(const QString& name, double x0, double x1, double y0, double y1) {
    auto* upper = new QLineSeries;
    upper->append(x0, y1);
    upper->append(x1, y1);
    auto* lower = new QLineSeries;
    lower->append(x0, y0);
    lower->append(x1, y0);
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    return area;
}

QChart* macc(const std::vector<neutrality::MaccBar>& bars, const QString& currency) {
    auto* chart = newChart(NeutralityCharts::tr("Marginal abatement cost curve"));
    chart->setObjectName(QStringLiteral("maccChart"));
    double maxX = 0, minY = 0, maxY = 0;
    int i = 0;
    for (const auto& bar : bars) {
        auto* area = rectangle(QString::fromStdString(bar.label), bar.start, bar.start + bar.widthTco2e, 0,
                               bar.costPerTonne);
        const QColor colour = costColour(bar.costPerTonne, i++);
        area->setColor(colour);
        area->setBorderColor(colour.darker(130));
        area->setName(QStringLiteral("%1 (%2)").arg(QString::fromStdString(bar.label),
                                                    QLocale().toString(bar.costPerTonne, 'f', 0)));
        chart->addSeries(area);
        maxX = std::max(maxX, bar.start + bar.widthTco2e);
        minY = std::min(minY, bar.costPerTonne);
        maxY = std::max(maxY, bar.costPerTonne);
    }
    auto* x = new QValueAxis;
    x->setTitleText(NeutralityCharts::tr("Annual reduction (tCO2e)"));
    x->setRange(0, niceCeil(maxX));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QValueAxis;
    y->setTitleText(NeutralityCharts::tr("Cost (%1/tCO2e)").arg(currency));
    y->setRange(niceFloor(minY * 1.05), niceCeil(maxY * 1.05));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(!bars.empty());
    return chart;
}

QChart* trajectory(const TrajectoryData& d) {
    auto* chart = newChart(NeutralityCharts::tr("Emissions against the target trajectory"));
    chart->setObjectName(QStringLiteral("trajectoryChart"));
    const auto& line = d.line;
    int firstYear = line.baseYear, lastYear = line.targetYear;
    double maxY = line.baseValue;
    for (const auto& [year, value] : d.actuals) {
        firstYear = std::min(firstYear, year);
        lastYear = std::max(lastYear, year);
        maxY = std::max(maxY, value);
    }

    auto* path = new QLineSeries;
    path->setObjectName(QStringLiteral("trajectory"));
    path->setName(NeutralityCharts::tr("Target trajectory"));
    path->append(line.baseYear, line.baseValue);
    path->append(line.targetYear, line.targetValue());
    QPen dashed(QColor(0x15, 0x65, 0xc0));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    path->setPen(dashed);

    auto* actual = new QLineSeries;
    actual->setObjectName(QStringLiteral("actual"));
    actual->setName(NeutralityCharts::tr("Actual emissions"));
    actual->setPointsVisible(true);
    QPen solid(QColor(0x37, 0x47, 0x4f));
    solid.setWidth(2);
    actual->setPen(solid);
    for (const auto& [year, value] : d.actuals) actual->append(year, value);

    // The measures' effect: a band from the latest actual level down to what remains once they work.
    if (!d.actuals.empty() && !d.plannedEffect.empty()) {
        const auto [fromYear, level] = d.actuals.back();
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append(fromYear, level);
        lower->append(fromYear, level);
        for (const auto& [year, effect] : d.plannedEffect) {
            if (year <= fromYear) continue;
            upper->append(year, level);
            lower->append(year, std::max(0.0, level - effect));
            lastYear = std::max(lastYear, year);
        }
        auto* band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setObjectName(QStringLiteral("plannedEffect"));
        band->setName(NeutralityCharts::tr("Effect of planned measures"));
        QColor fill(0x43, 0xa0, 0x47);
        fill.setAlpha(110);
        band->setColor(fill);
        band->setBorderColor(fill.darker(140));
        chart->addSeries(band);
    }
    chart->addSeries(path);
    chart->addSeries(actual);

    auto* x = new QValueAxis;
    x->setTitleText(NeutralityCharts::tr("Year"));
    x->setRange(firstYear, lastYear);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(firstYear);
    x->setTickInterval(lastYear - firstYear > 12 ? 5 : 1);
    double minY = line.targetValue();
    for (const auto& [year, value] : d.actuals) minY = std::min(minY, value);
    for (const auto& [year, effect] : d.plannedEffect)
        if (!d.actuals.empty()) minY = std::min(minY, d.actuals.back().second - effect);
    // From zero when the values span much of it; else from a round value below them.
    const double top = niceCeil(maxY * 1.05);
    const double step = top / 10;
    const double bottom = minY < top * 0.5 ? 0 : std::max(0.0, std::floor(minY * 0.95 / step) * step);
    auto* y = new QValueAxis;
    y->setTitleText(d.unit);
    y->setRange(bottom, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

std::vector<WaterfallBar> waterfallBars(const neutrality::ClaimEvaluation& e) {
    const auto& b = e.balance;
    std::vector<WaterfallBar> bars;
    if (e.baseYear && !e.firstPeriod) {
        bars.push_back({QString::number(e.baseYear), 0, e.baseYearEmissionsTco2e, true});
        // Emissions may have grown: then there is no reduction step but the gross bar shows it.
        bars.push_back({NeutralityCharts::tr("Reductions"), e.baseYearEmissionsTco2e, e.baseYearEmissionsTco2e - b.reductionsTco2e, false});
    }
    bars.push_back({QString::number(e.claim.year), 0, b.boundaryEmissionsTco2e, true});
    bars.push_back({NeutralityCharts::tr("Credits"), b.boundaryEmissionsTco2e, b.boundaryEmissionsTco2e - b.offsetsAcceptedTco2e, false});
    bars.push_back({NeutralityCharts::tr("Net"), 0, b.netEmissionsTco2e, true});
    return bars;
}

QChart* waterfall(const std::vector<WaterfallBar>& bars) {
    auto* chart = newChart(NeutralityCharts::tr("From gross emissions to net"));
    chart->setObjectName(QStringLiteral("waterfallChart"));
    double minY = 0, maxY = 0;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& bar = bars[i];
        const double cx = static_cast<double>(i) + 0.5;
        auto* area = rectangle(bar.label, cx - 0.35, cx + 0.35, std::min(bar.from, bar.to), std::max(bar.from, bar.to));
        QColor colour = bar.total ? QColor(0x54, 0x6e, 0x7a)
                                  : (bar.to <= bar.from ? QColor(0x43, 0xa0, 0x47) : QColor(0xe5, 0x39, 0x35));
        if (bar.total && &bar == &bars.back()) colour = bar.to <= 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        area->setColor(colour);
        area->setBorderColor(colour.darker(130));
        chart->addSeries(area);
        const double value = bar.total ? bar.to : bar.to - bar.from;
        area->setName(QStringLiteral("%1: %2").arg(bar.label, QLocale().toString(value, 'f', 0)));
        x->append(bar.label, cx);
        minY = std::min({minY, bar.from, bar.to});
        maxY = std::max({maxY, bar.from, bar.to});
    }
    x->setRange(0, static_cast<double>(bars.size()));
    auto* y = new QValueAxis;
    y->setTitleText(NeutralityCharts::tr("tCO2e"));
    y->setRange(niceFloor(minY * 1.05), niceCeil(maxY * 1.05));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(false);
    return chart;
}

}  // namespace neutrality_charts
}  // namespace cnms::gui
