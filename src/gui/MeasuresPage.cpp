// SPDX-License-Identifier: MIT
#include "MeasuresPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include "MeasureDialog.h"
#include "NeutralityCharts.h"
#include "NeutralityText.h"
#include "ProjectSession.h"
#include "RowTableModel.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::gui {

using namespace cnms::neutrality;

namespace {
const char* kRateKey = "neutrality/discountRatePct";

/** The reduction a measure delivers: measured once done, expected before. */
double annualReduction(const ReductionMeasure& m) { return m.realisedAnnualTco2e.value_or(m.expectedAnnualTco2e); }
}  // namespace

MeasuresPage::MeasuresPage(const PageContext& context, QWidget* parent)
    : RecordTablePage(context, parent),
      m_statusLabel(new QLabel(this)),
      m_statusFilter(new QComboBox(this)),
      m_rateLabel(new QLabel(this)),
      m_rate(new QDoubleSpinBox(this)),
      m_macc(new QChartView(this)) {
    setObjectName(QStringLiteral("measuresPage"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_rate->setObjectName(QStringLiteral("discountRate"));
    m_macc->setObjectName(QStringLiteral("maccView"));
    m_rate->setRange(0, 30);
    m_rate->setDecimals(1);
    m_rate->setSingleStep(0.5);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_rate->setValue(QSettings().value(QLatin1String(kRateKey), 8.0).toDouble());
    m_statusLabel->setBuddy(m_statusFilter);
    m_rateLabel->setBuddy(m_rate);
    m_macc->setRenderHint(QPainter::Antialiasing);
    m_macc->setMinimumHeight(260);
    toolbar()->insertWidget(1, m_statusLabel);
    toolbar()->insertWidget(2, m_statusFilter);
    toolbar()->insertWidget(3, m_rateLabel);
    toolbar()->insertWidget(4, m_rate);
    lowerArea()->addWidget(m_macc, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MeasuresPage::refresh);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this](double pct) {
        QSettings().setValue(QLatin1String(kRateKey), pct);
        refresh();
    });
    connect(&context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("reduction_measure")) refresh();
    });
    finishSetup();
    view()->sortByColumn(Title, Qt::AscendingOrder);
    view()->setColumnWidth(Title, 280);
}

double MeasuresPage::discountRate() const { return m_rate->value() / 100.0; }

void MeasuresPage::setDiscountRate(double rate) { m_rate->setValue(rate * 100.0); }

void MeasuresPage::setStatusFilter(std::optional<MeasureStatus> status) {
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(static_cast<int>(*status)) : 0);
}

RecordFormDialog* MeasuresPage::createForm(std::optional<qint64> id) {
    std::optional<ReductionMeasure> existing;
    if (id) {
        existing = m_context.session.store().measures().find(*id);
        if (!existing) return nullptr;
    }
    return new MeasureDialog(m_context.session, existing, discountRate(), this);
}

void MeasuresPage::fillModel() {
    m_measures = m_context.session.store().measures().list();
    const QVariant filter = m_statusFilter->currentData();
    QVector<RowTableModel::Row> rows;
    for (const auto& m : m_measures) {
        if (filter.isValid() && static_cast<int>(m.status) != filter.toInt()) continue;
        RowTableModel::Row row;
        row.id = m.id;
        auto cost = abatementCostPerTonne(m.capex, m.annualOpexChange, m.lifetimeYears, annualReduction(m), discountRate());
        row.cells = {RowTableModel::text(QString::fromStdString(m.title)),
                     RowTableModel::text(m.siteCode.empty() ? tr("Whole organization") : QString::fromStdString(m.siteCode)),
                     RowTableModel::text(NeutralityText::measureType(m.type)),
                     RowTableModel::text(NeutralityText::measureStatus(m.status), static_cast<int>(m.status)),
                     RowTableModel::text(QString::fromStdString(m.startDate)),
                     RowTableModel::number(m.capex, 0),
                     RowTableModel::number(m.annualOpexChange, 0),
                     RowTableModel::number(m.lifetimeYears, 0),
                     RowTableModel::number(m.expectedAnnualTco2e, 1),
                     m.realisedAnnualTco2e ? RowTableModel::number(*m.realisedAnnualTco2e, 1) : RowTableModel::text({}, -1e300),
                     cost ? RowTableModel::number(*cost, 0) : RowTableModel::text({}, 1e300)};
        row.cells[Title].toolTip = QString::fromStdString(m.note);
        if (cost) row.cells[Cost].foreground = *cost < 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xbf, 0x36, 0x0c);
        if (m.status == MeasureStatus::Cancelled) row.cells[Status].foreground = QColor(Qt::gray);
        rows.push_back(std::move(row));
    }
    model()->setRows(std::move(rows));
}

void MeasuresPage::recordsRefreshed() {
    std::vector<MaccBar> bars;
    for (const auto& m : m_measures) {
        if (m.status == MeasureStatus::Cancelled) continue;
        const double annual = annualReduction(m);
        auto cost = abatementCostPerTonne(m.capex, m.annualOpexChange, m.lifetimeYears, annual, discountRate());
        if (cost) bars.push_back({m.title, annual, *cost, 0});
    }
    m_bars = layoutMacc(std::move(bars));
    QChart* old = m_macc->chart();
    m_macc->setChart(neutrality_charts::macc(m_bars, QStringLiteral("CNY")));
    delete old;
}

void MeasuresPage::removeRecord(qint64 id) {
    NeutralityService(m_context.session.store()).removeMeasure(id);
    m_context.session.notifyRecordsChanged(QStringLiteral("reduction_measure"));
}

QString MeasuresPage::deleteQuestion(qint64 id) const {
    auto m = m_context.session.store().measures().find(id);
    return tr("Delete the reduction measure \"%1\"?").arg(m ? QString::fromStdString(m->title) : QString::number(id));
}

QString MeasuresPage::deleteTitle() const { return tr("Delete reduction measure"); }

QString MeasuresPage::countText(int shown, int total) const {
    double expected = 0;
    for (const auto& m : m_measures)
        if (m.status != MeasureStatus::Cancelled) expected += annualReduction(m);
    const QString count = shown == total ? tr("%n measure(s)", nullptr, total)
                                         : tr("%1 of %n measure(s) shown", nullptr, total).arg(shown);
    return tr("%1; reductions of the measures not cancelled: %2 per year").arg(count, NeutralityText::tonnes(expected, 0));
}

void MeasuresPage::retranslatePage() {
    setButtonTexts(tr("Search title, site, owner or type"), tr("Add a reduction measure"),
                   tr("Edit the selected measure (or double-click it)"), tr("Delete the selected measure"));
    model()->setHeaders({tr("Title"), tr("Site"), tr("Type"), tr("Status"), tr("Start"), tr("Capital cost (CNY)"),
                         tr("Operating cost change (CNY/yr)"), tr("Lifetime (yr)"), tr("Expected (tCO2e/yr)"),
                         tr("Realised (tCO2e/yr)"), tr("Cost (CNY/tCO2e)")});
    m_statusLabel->setText(tr("S&tatus:"));
    m_rateLabel->setText(tr("Discount &rate:"));
    m_rate->setToolTip(tr("Annualises the capital cost over the lifetime: the cost per tonne depends on it"));
    const int current = m_statusFilter->currentIndex();
    QSignalBlocker block(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All"));
    for (auto s : {MeasureStatus::Idea, MeasureStatus::Planned, MeasureStatus::Implementing, MeasureStatus::Done,
                   MeasureStatus::Cancelled})
        m_statusFilter->addItem(NeutralityText::measureStatus(s), static_cast<int>(s));
    m_statusFilter->setCurrentIndex(std::max(0, current));
}

}  // namespace cnms::gui
