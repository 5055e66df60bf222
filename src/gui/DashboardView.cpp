// SPDX-License-Identifier: MIT
#include "DashboardView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLegend>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

#include "CatalogueText.h"
#include "DashboardTile.h"
#include "PageRegistry.h"

namespace cnms::gui {
namespace {

using Tone = DashboardTile::Tone;

const QString kReadiness = QStringLiteral("readiness");

QString tonnes(double t) { return QLocale().toString(t, 'f', 0) + QStringLiteral(" tCO₂e"); }

QString signedPercent(double pct) {
    return (pct > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(pct, 'f', 1) + QStringLiteral(" %");
}

QString date(const std::string& iso) { return QString::fromStdString(iso); }

QString recordTypeName(const std::string& type) {
    for (const auto& t : ClauseCatalogue::shipped().recordTypes())
        if (t.id == type) return QString::fromStdString(catalogue_text::chinese() ? t.zh : t.en);
    return QString::fromStdString(type);
}

/** The core's coverage ("scope 1+2", "ISO categories 1,2", "total") in the UI language. */
QString coverageText(const std::string& coverage) {
    const QString c = QString::fromStdString(coverage);
    if (c.startsWith(QLatin1String("scope "))) return DashboardView::tr("scope %1").arg(c.mid(6));
    if (c.startsWith(QLatin1String("ISO categories "))) return DashboardView::tr("ISO categories %1").arg(c.mid(15));
    return DashboardView::tr("total");
}

QChartView* chartView(QChart* chart, QWidget* parent) {
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(290);
    return view;
}

}  // namespace

DashboardView::DashboardView(const PageRegistry& registry, QWidget* parent)
    : QWidget(parent),
      m_registry(registry),
      m_heading(new QLabel(this)),
      m_tilesBox(new QWidget(this)),
      m_tilesGrid(new QGridLayout(m_tilesBox)),
      m_chartsBox(new QWidget(this)),
      m_charts(new QHBoxLayout(m_chartsBox)),
      m_firstSteps(new QLabel(this)) {
    setObjectName(QStringLiteral("dashboard"));
    m_heading->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_tilesGrid->setContentsMargins(0, 0, 0, 0);
    m_tilesGrid->setSpacing(10);
    m_charts->setContentsMargins(0, 0, 0, 0);
    m_charts->setSpacing(10);
    m_firstSteps->setObjectName(QStringLiteral("firstSteps"));
    m_firstSteps->setWordWrap(true);
    m_firstSteps->setTextFormat(Qt::RichText);
    m_firstSteps->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_firstSteps, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("page:"))) emit pageRequested(link.mid(5));
    });

    const QStringList keys = {QStringLiteral("emissions"),       QStringLiteral("net"),
                              QStringLiteral("target"),          QStringLiteral("readiness"),
                              QStringLiteral("nonconformities"), QStringLiteral("actions"),
                              QStringLiteral("audit"),           QStringLiteral("calibration")};
    for (int i = 0; i < keys.size(); ++i) addTile(keys[i], i / 4, i % 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_firstSteps);
    layout->addWidget(m_tilesBox);
    layout->addWidget(m_chartsBox);
}

DashboardTile* DashboardView::addTile(const QString& key, int row, int column) {
    auto* tile = new DashboardTile(key, m_tilesBox);
    connect(tile, &DashboardTile::activated, this, &DashboardView::pageRequested);
    m_tilesGrid->addWidget(tile, row, column);
    m_tilesGrid->setColumnStretch(column, 1);
    m_tiles.insert(key, tile);
    return tile;
}

QString DashboardView::pageFor(const QStringList& recordTypes) const {
    for (const auto& type : recordTypes)
        if (const PageSpec* page = m_registry.pageForRecordType(type)) return page->id;
    return kReadiness;
}

void DashboardView::setSummary(const dashboard::DashboardSummary& summary) {
    m_summary = summary;
    m_heading->setText(tr("As of %1").arg(date(summary.today)));
    const bool empty = summary.isEmpty();
    m_firstSteps->setVisible(empty);
    m_tilesBox->setVisible(!empty);
    m_chartsBox->setVisible(!empty && !summary.years.empty());
    if (empty) {
        showFirstSteps();
        return;
    }
    showTiles();
    showCharts();
}

void DashboardView::showFirstSteps() {
    QString items;
    int shown = 0;
    for (const auto& step : m_summary.firstSteps) {
        const PageSpec* page = m_registry.pageForRecordType(QString::fromStdString(step.recordType));
        if (!page) continue;
        items += QStringLiteral("<li><a href=\"page:%1\">%2</a> — %3</li>")
                     .arg(page->id, recordTypeName(step.recordType).toHtmlEscaped(),
                          tr("required by clause %1").arg(QString::fromStdString(step.clauseId)));
        if (++shown == 4) break;
    }
    m_firstSteps->setText(QStringLiteral("<p><b>%1</b></p><ol>%2</ol><p>%3</p>")
                              .arg(tr("This project holds no records yet. Start here:"), items,
                                   tr("The dashboard fills in as the records come: emissions, targets, "
                                      "audits and readiness.")));
}

void DashboardView::showTiles() {
    const auto& s = m_summary;
    const QString activities = pageFor({QStringLiteral("activity_data")});

    if (const auto& e = s.emissions) {
        QString detail = tr("First reporting year");
        Tone tone = Tone::Neutral;
        if (e->changePct) {
            detail = tr("%1 against %2 (%3)").arg(signedPercent(*e->changePct)).arg(*e->previousYear).arg(tonnes(*e->previousTotalTco2e));
            tone = *e->changePct <= 0 ? Tone::Good : Tone::Attention;
        }
        // Intensity is what a growing company's progress is judged by; say how to get it when it is missing.
        QStringList intensity;
        if (e->intensityPerOutput)
            intensity << tr("%1 tCO₂e/%2").arg(QLocale().toString(*e->intensityPerOutput, 'f', 3), QString::fromStdString(e->outputUnit));
        if (e->intensityPerRevenue)
            intensity << tr("%1 tCO₂e/%2").arg(QLocale().toString(*e->intensityPerRevenue, 'f', 2), QString::fromStdString(e->revenueUnit));
        detail += QLatin1Char('\n') + (intensity.isEmpty() ? tr("Enter production output to see the intensity.")
                                                            : tr("Intensity: %1").arg(intensity.join(QStringLiteral(" · "))));
        tile(QStringLiteral("emissions"))->setContent(tr("Total emissions %1").arg(e->year), tonnes(e->totalTco2e), detail, tone);
        tile(QStringLiteral("emissions"))->setPageId(pageFor({QStringLiteral("ghg_inventory")}));
    } else {
        tile(QStringLiteral("emissions"))
            ->setContent(tr("Total emissions"), tr("No data yet"),
                         tr("Import a year's activity data to compute the inventory."), Tone::Attention);
        tile(QStringLiteral("emissions"))->setPageId(activities);
    }

    if (const auto& n = s.neutrality) {
        const QString detail =
            (n->carbonNeutral ? tr("Carbon neutral: %1 of credits counted") : tr("Not carbon neutral: %1 of credits counted"))
                .arg(tonnes(n->creditsCountedTco2e)) +
            QLatin1Char('\n') + tr("Claim checklist: %1 of %2 met").arg(n->checklistMet).arg(n->checklistItems);
        tile(QStringLiteral("net"))->setContent(tr("Net emissions %1").arg(n->year), tonnes(n->netTco2e), detail,
                                                n->carbonNeutral ? Tone::Good : Tone::Attention);
        tile(QStringLiteral("net"))
            ->setPageId(pageFor({QStringLiteral("neutrality_evaluation"), QStringLiteral("offset_credit")}));
    } else {
        tile(QStringLiteral("net"))->setContent(tr("Net emissions"), tr("No balance yet"),
                                                tr("A balance needs the year's inventory."), Tone::Attention);
        tile(QStringLiteral("net"))->setPageId(activities);
    }

    if (const auto& t = s.target) {
        const double gap = t->actualTco2e - t->trajectoryTco2e;
        const QString detail = tr("Trajectory %1: %2").arg(t->year).arg(tonnes(t->trajectoryTco2e)) + QLatin1Char('\n') +
                               (t->onTrack ? tr("On track") : tr("Above the trajectory by %1").arg(tonnes(gap)));
        tile(QStringLiteral("target"))
            ->setContent(tr("Target: −%1 % by %2 (%3)")
                             .arg(QLocale().toString(t->reductionPct, 'g', 3))
                             .arg(t->targetYear)
                             .arg(coverageText(t->coverage)),
                         tonnes(t->actualTco2e), detail, t->onTrack ? Tone::Good : Tone::Problem);
    } else {
        tile(QStringLiteral("target"))
            ->setContent(tr("Target"), tr("No target yet"),
                         s.years.empty() ? tr("Set a reduction target with its base year.")
                                         : tr("Set an absolute reduction target to follow the trajectory."),
                         Tone::Attention);
    }
    tile(QStringLiteral("target"))->setPageId(pageFor({QStringLiteral("target")}));

    const auto& r = s.readiness;
    tile(QStringLiteral("readiness"))
        ->setContent(tr("Readiness for audit"), QLocale().toString(r.percent, 'f', 0) + QStringLiteral(" %"),
                     tr("%1 met, %2 partly met, %3 missing of %4 clauses").arg(r.met).arg(r.partlyMet).arg(r.missing).arg(r.leafClauses),
                     r.percent >= 80 ? Tone::Good : (r.percent > 0 ? Tone::Attention : Tone::Problem));
    tile(QStringLiteral("readiness"))->setPageId(kReadiness);

    const auto& f = s.followUp;
    tile(QStringLiteral("nonconformities"))
        ->setContent(tr("Open nonconformities"), QString::number(f.openNonconformities),
                     f.overdueNonconformities ? tr("With an overdue action: %1").arg(f.overdueNonconformities)
                                              : tr("None with an overdue action"),
                     f.overdueNonconformities ? Tone::Problem : (f.openNonconformities ? Tone::Attention : Tone::Good));
    tile(QStringLiteral("nonconformities"))->setPageId(pageFor({QStringLiteral("nonconformity")}));
    tile(QStringLiteral("actions"))
        ->setContent(tr("Open actions"), QString::number(f.openActions),
                     f.overdueActions ? tr("Overdue: %1").arg(f.overdueActions) : tr("None overdue"),
                     f.overdueActions ? Tone::Problem : Tone::Good);
    tile(QStringLiteral("actions"))->setPageId(pageFor({QStringLiteral("corrective_action")}));

    if (const auto& a = s.nextAudit) {
        QString when = a->inProgress ? tr("In progress")
                       : a->daysUntil >= 0 ? tr("In %1 days").arg(a->daysUntil)
                                           : tr("Should have started %1 days ago").arg(-a->daysUntil);
        tile(QStringLiteral("audit"))
            ->setContent(tr("Next internal audit"), date(a->startDate),
                         QString::fromStdString(a->code) + QStringLiteral(" · ") + when,
                         a->daysUntil < 0 && !a->inProgress ? Tone::Problem : Tone::Neutral);
    } else {
        tile(QStringLiteral("audit"))->setContent(tr("Next internal audit"), tr("None planned"),
                                                  tr("Plan the year's internal audits."), Tone::Attention);
    }
    tile(QStringLiteral("audit"))->setPageId(pageFor({QStringLiteral("audit"), QStringLiteral("audit_programme")}));

    if (const auto& c = s.calibration) {
        QString value = c->overdue ? tr("%1 overdue").arg(c->overdue)
                        : c->dueSoon ? tr("%1 due soon").arg(c->dueSoon)
                                     : tr("All current");
        tile(QStringLiteral("calibration"))
            ->setContent(tr("Calibrations due"), value,
                         tr("Next: %1, due %2").arg(QString::fromStdString(c->nextInstrument), date(*c->nextDueDate)),
                         c->overdue ? Tone::Problem : (c->dueSoon ? Tone::Attention : Tone::Good));
    } else {
        tile(QStringLiteral("calibration"))
            ->setContent(tr("Calibrations due"), tr("No instruments"),
                         tr("Record the measuring instruments and their calibration due dates."), Tone::Attention);
    }
    tile(QStringLiteral("calibration"))->setPageId(pageFor({QStringLiteral("measuring_instrument")}));
}

void DashboardView::showCharts() {
    while (QLayoutItem* item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto& s = m_summary;
    if (s.years.empty()) return;

    // Emissions per year, stacked by scope, against the target's straight line.
    int first = s.years.front().year, last = s.years.back().year;
    if (s.target) {
        first = std::min(first, s.target->baseYear);
        last = std::max(last, s.target->targetYear);
    }
    last = std::min(last, first + 14);  // keep the categories readable
    QStringList categories;
    for (int y = first; y <= last; ++y) categories << QString::number(y);
    auto* bars = new QStackedBarSeries;
    for (int scope = 1; scope <= 3; ++scope) {
        auto* set = new QBarSet(tr("Scope %1").arg(scope));
        for (int y = first; y <= last; ++y) {
            auto it = std::find_if(s.years.begin(), s.years.end(), [y](const auto& p) { return p.year == y; });
            *set << (it == s.years.end() ? 0.0 : it->scopeTco2e[scope - 1] / 1000.0);
        }
        bars->append(set);
    }
    auto* chart = new QChart;
    chart->setObjectName(QStringLiteral("emissionsChart"));
    chart->setTitle(tr("Emissions per year (thousand tCO₂e)"));
    chart->addSeries(bars);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setMin(0);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    if (s.target && s.target->baseYear >= first && s.target->targetYear <= last) {
        auto* line = new QLineSeries;
        line->setName(tr("Target trajectory (%1)").arg(coverageText(s.target->coverage)));
        line->append(s.target->baseYear - first, s.target->baseValueTco2e / 1000.0);
        line->append(s.target->targetYear - first, s.target->targetValueTco2e / 1000.0);
        QPen pen(QColor(QStringLiteral("#c5221f")));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    yAxis->applyNiceNumbers();
    m_charts->addWidget(chartView(chart, m_chartsBox), 4);

    if (s.scopeSharesPct) {
        auto* pie = new QPieSeries;
        for (int scope = 1; scope <= 3; ++scope) {
            const double pct = (*s.scopeSharesPct)[static_cast<std::size_t>(scope - 1)];
            if (pct <= 0) continue;
            auto* slice = pie->append(tr("Scope %1: %2 %").arg(scope).arg(QLocale().toString(pct, 'f', 1)), pct);
            slice->setLabelVisible(false);
        }
        auto* shares = new QChart;
        shares->setObjectName(QStringLiteral("scopeChart"));
        shares->setTitle(tr("Scope shares %1").arg(s.years.back().year));
        shares->addSeries(pie);
        m_charts->addWidget(chartView(shares, m_chartsBox), 3);
        shares->legend()->setAlignment(Qt::AlignRight);  // beside the pie: below it the labels would be cut
    }
}

}  // namespace cnms::gui
