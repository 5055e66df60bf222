// SPDX-License-Identifier: MIT
#include "DocumentCharts.h"

#include "cnms/report/ReportFormat.h"
#include "cnms/report/ReportStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace cnms::report::detail {

namespace {

const QColor kPalette[] = {QColor(0x1b, 0x5e, 0x20), QColor(0x2e, 0x7d, 0x32), QColor(0x43, 0xa0, 0x47),
                           QColor(0x81, 0xc7, 0x84), QColor(0x00, 0x69, 0x5c), QColor(0x4d, 0xb6, 0xac),
                           QColor(0x9e, 0x9d, 0x24), QColor(0x8d, 0x6e, 0x63)};

}  // namespace

void addBarChart(ReportDocument& doc, ReportLanguage language, const QString& caption, const ChartValues& values,
                 const QString& valueAxisTitle) {
    const ReportStyle style = ReportStyle::standard(language);
    QChart chart;
    auto* set = new QBarSet(valueAxisTitle);
    set->setColor(kPalette[0]);
    set->setBorderColor(kPalette[0]);
    QStringList labels;
    double top = 0;
    // Qt draws the first category at the bottom of a horizontal bar chart: reverse so the list reads top-down.
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        labels << it->first;
        *set << it->second;
        top = std::max(top, it->second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    // The figures are in the table beside the chart; bar labels would print unrounded values.
    series->setLabelsVisible(false);
    chart.addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(style.font(8.5));
    chart.addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(style.font(8));
    axis->setTitleText(valueAxisTitle);
    axis->setTitleFont(style.font(8.5));
    chart.addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart.legend()->hide();
    const double heightMm = std::clamp(22.0 + 11.0 * static_cast<double>(values.size()), 45.0, 110.0);
    doc.addChart(&chart, caption, {160.0, heightMm});
}

void addPieChart(ReportDocument& doc, ReportLanguage language, const QString& caption, const ChartValues& values) {
    const ReportStyle style = ReportStyle::standard(language);
    const ReportFormat fmt(language);
    double total = 0;
    for (const auto& [label, value] : values)
        if (value > 0) total += value;
    QChart chart;
    auto* series = new QPieSeries;
    int index = 0;
    for (const auto& [label, value] : values) {
        if (value <= 0) continue;
        auto* slice = series->append(QStringLiteral("%1  %2").arg(label, fmt.percent(value / total)), value);
        slice->setColor(kPalette[index++ % std::size(kPalette)]);
        slice->setBorderColor(Qt::white);
    }
    series->setPieSize(0.8);
    series->setHorizontalPosition(0.32);
    chart.addSeries(series);
    chart.legend()->setAlignment(Qt::AlignRight);
    chart.legend()->setFont(style.font(9));
    doc.addChart(&chart, caption, {160.0, 75.0});
}

}  // namespace cnms::report::detail
