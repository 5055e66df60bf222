// SPDX-License-Identifier: MIT
#include "InventoryPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QPushButton>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <exception>

#include "CatalogueText.h"
#include "ErrorText.h"
#include "InventorySourcesView.h"
#include "ProjectSession.h"
#include "RecordsBehindDialog.h"
#include "RepinDialog.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/report/InventoryWarningText.h"
#include "cnms/storage/ProjectFile.h"

namespace cnms::gui {

using accounting::Inventory;

InventoryOutcome computeInventory(const std::string& projectPath, int year,
                                  const std::optional<std::string>& gwpOverride) {
    InventoryOutcome out;
    try {
        storage::OpenOptions options;
        options.readOnly = true;
        auto store = storage::openProject(projectPath, options);
        accounting::InventoryService service(*store);
        out.denominators = accounting::resolveDenominators(*store, year);
        out.inventory = service.inventory(year, gwpOverride, out.denominators.organization);
    } catch (...) {
        out.error = ErrorText::exception(std::current_exception());
    }
    return out;
}

namespace {

QString tonnes(double t) { return QLocale().toString(t, 'f', 2); }
QString percent(double part, double total) {
    return total == 0.0 ? QString() : QLocale().toString(100.0 * part / total, 'f', 1) + QStringLiteral(" %");
}

constexpr int kDimensionRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

/** One line of a summary table: what, its tCO2e, and the key that opens the sources behind it. */
struct SummaryLine {
    QString name;
    double value;
    accounting::DrillKey key;
};

/** Fills a three-column table: what, tCO2e, share of the total; the first cell keeps the drill key. */
void fill(QStandardItemModel* model, const QString& what, const std::vector<SummaryLine>& rows, double total) {
    model->clear();
    model->setHorizontalHeaderLabels({what, QObject::tr("tCO2e"), QObject::tr("Share")});
    for (const auto& line : rows) {
        auto* name = new QStandardItem(line.name);
        name->setData(static_cast<int>(line.key.dimension), kDimensionRole);
        name->setData(QString::fromStdString(line.key.key), kKeyRole);
        name->setToolTip(QObject::tr("Double-click to see the sources behind this total"));
        auto* amount = new QStandardItem(tonnes(line.value));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* share = new QStandardItem(percent(line.value, total));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->appendRow({name, amount, share});
    }
}

QTableView* tableFor(QStandardItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

}  // namespace

InventoryPage::InventoryPage(const PageContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_year(new QComboBox(this)),
      m_gwp(new QComboBox(this)),
      m_gwpNote(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_total(new QLabel(this)),
      m_details(new QLabel(this)),
      m_pie(new QChartView(this)),
      m_bars(new QChartView(this)),
      m_tabs(new QTabWidget(this)),
      m_byScope(new QStandardItemModel(this)),
      m_byCategory(new QStandardItemModel(this)),
      m_byGas(new QStandardItemModel(this)),
      m_bySite(new QStandardItemModel(this)),
      m_sources(new InventorySourcesView(this)),
      m_warnings(new QListWidget(this)) {
    setObjectName(QStringLiteral("inventoryPage"));
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_gwp->setObjectName(QStringLiteral("gwpCombo"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_warnings->setObjectName(QStringLiteral("warningsList"));

    m_busy->setRange(0, 0);  // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_gwpNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_total->setFont(big);
    m_details->setWordWrap(true);
    m_intensity = new QLabel(this);
    m_intensity->setObjectName(QStringLiteral("intensityLabel"));
    m_intensity->setWordWrap(true);
    for (auto* view : {m_pie, m_bars}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        view->chart()->legend()->setAlignment(Qt::AlignBottom);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
    }

    auto* toolbar = new QHBoxLayout;
    auto* yearLabel = new QLabel(this);
    yearLabel->setObjectName(QStringLiteral("yearLabel"));
    auto* gwpLabel = new QLabel(this);
    gwpLabel->setObjectName(QStringLiteral("gwpLabel"));
    yearLabel->setBuddy(m_year);
    gwpLabel->setBuddy(m_gwp);
    toolbar->addWidget(yearLabel);
    toolbar->addWidget(m_year);
    toolbar->addSpacing(16);
    toolbar->addWidget(gwpLabel);
    toolbar->addWidget(m_gwp);
    toolbar->addWidget(m_gwpNote);
    toolbar->addStretch(1);
    toolbar->addWidget(m_busy);
    auto* repin = new QPushButton(this);
    repin->setObjectName(QStringLiteral("repinButton"));
    toolbar->addWidget(repin);
    connect(repin, &QPushButton::clicked, this, &InventoryPage::openRepin);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_total);
    resultsLayout->addWidget(m_details);
    resultsLayout->addWidget(m_intensity);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_pie, 2);
    charts->addWidget(m_bars, 3);
    resultsLayout->addLayout(charts, 3);
    for (auto* model : {m_byScope, m_byCategory, m_byGas, m_bySite}) {
        auto* view = tableFor(model, this);
        m_tabs->addTab(view, QString());
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
            const QModelIndex first = index.siblingAtColumn(0);
            drillInto({static_cast<accounting::DrillKey::Dimension>(first.data(kDimensionRole).toInt()),
                       first.data(kKeyRole).toString().toStdString()},
                      first.data().toString());
        });
    }
    m_tabs->addTab(m_sources, QString());
    m_tabs->addTab(m_warnings, QString());
    connect(m_sources, &InventorySourcesView::recordsRequested, this, &InventoryPage::openRecordsBehind);
    resultsLayout->addWidget(m_tabs, 2);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(results);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    connect(&m_watcher, &QFutureWatcher<InventoryOutcome>::finished, this, &InventoryPage::showOutcome);
    connect(m_year, &QComboBox::activated, this, &InventoryPage::recompute);
    connect(m_gwp, &QComboBox::activated, this, &InventoryPage::recompute);
    connect(&m_context.session, &ProjectSession::activitiesChanged, this, [this] {
        reloadYears();
        recompute();
    });
    connect(&m_context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("production_figure")) recompute();
    });
    connect(&m_context.session, &ProjectSession::activityEdited, this, [this] {
        reloadYears();  // a corrected period may move a record into another year
        recompute();
    });

    retranslate();
    reloadYears();
    recompute();
}

InventoryPage::~InventoryPage() {
    // The worker only reads its own connection; wait so its result has somewhere to go.
    m_watcher.waitForFinished();
}

bool InventoryPage::isBusy() const { return m_running || m_pending; }

bool InventoryPage::selectYear(int year) {
    int index = m_year->findData(year);
    if (index < 0) return false;
    m_year->setCurrentIndex(index);
    recompute();
    return true;
}

void InventoryPage::selectGwp(const QString& gwp) {
    int index = m_gwp->findData(gwp);
    if (index < 0) return;
    m_gwp->setCurrentIndex(index);
    recompute();
}

void InventoryPage::reloadYears() {
    const QVariant previous = m_year->currentData();
    m_year->clear();
    for (int year : m_context.session.store().activities().years())
        m_year->addItem(QString::number(year), year);
    int index = previous.isValid() ? m_year->findData(previous) : -1;
    m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);  // the latest year by default
    m_year->setEnabled(m_year->count() > 0);
    m_gwp->setEnabled(m_year->count() > 0);
    if (auto* repin = findChild<QPushButton*>(QStringLiteral("repinButton")))
        repin->setEnabled(m_year->count() > 0 && !m_context.session.isReadOnly());
}

void InventoryPage::recompute() {
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (m_year->count() == 0) {
        m_inventory.reset();
        m_error.clear();
        m_stack->setCurrentWidget(m_empty);
        m_busy->hide();
        emit computed();
        return;
    }
    const int year = m_year->currentData().toInt();
    const QString gwp = m_gwp->currentData().toString();
    std::optional<std::string> overrideSet;
    if (!gwp.isEmpty()) overrideSet = gwp.toStdString();
    m_busy->show();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(computeInventory, m_context.session.path().toStdString(), year, overrideSet));
}

void InventoryPage::showOutcome() {
    m_running = false;
    if (m_pending) {
        recompute();
        return;
    }
    m_busy->hide();
    InventoryOutcome outcome = m_watcher.result();
    m_inventory = std::move(outcome.inventory);
    m_denominators = std::move(outcome.denominators);
    m_error = outcome.error;
    if (m_inventory) {
        showInventory(*m_inventory);
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentWidget(m_empty);
        retranslate();
    }
    emit computed();
}

void InventoryPage::showIntensity(const Inventory& inv) {
    using accounting::DenominatorSource;
    auto value = [](const accounting::Intensity& i, int decimals) {
        return tr("%1 tCO2e/%2 (scope 1+2: %3)")
            .arg(QLocale().toString(i.totalPerUnit, 'f', decimals), QString::fromStdString(i.base.unit),
                 QLocale().toString(i.scope12PerUnit, 'f', decimals));
    };
    QStringList parts;
    if (inv.intensityPerOutput) {
        QString text = value(*inv.intensityPerOutput, 4);
        if (m_denominators.outputSource == DenominatorSource::SumOfSites) text += tr(", output summed over the sites");
        parts << text;
    } else if (m_denominators.outputSource == DenominatorSource::UnitsDiffer) {
        parts << tr("per output: the sites' outputs are in different units; enter the organization's total output");
    } else {
        parts << tr("per output: enter production output (Output and revenue)");
    }
    parts << (inv.intensityPerRevenue ? value(*inv.intensityPerRevenue, 3) : tr("per revenue: enter revenue (Output and revenue)"));
    QStringList sites;
    for (const auto& s : m_denominators.siteIntensities(inv))
        sites << tr("%1 %2 tCO2e/%3")
                     .arg(QString::fromStdString(s.site), QLocale().toString(s.intensity.totalPerUnit, 'f', 4),
                          QString::fromStdString(s.intensity.base.unit));
    QString text = tr("Intensity: %1").arg(parts.join(QStringLiteral(" · ")));
    if (!sites.isEmpty()) text += QLatin1Char('\n') + tr("By site: %1").arg(sites.join(QStringLiteral(" · ")));
    m_intensity->setText(text);
}

void InventoryPage::showInventory(const Inventory& inv) {
    const double total = inv.totalTco2e;
    m_total->setText(tr("%1 tCO2e in %2").arg(tonnes(total)).arg(inv.year));
    QStringList details;
    details << (inv.uncertainty.totalPct ? tr("Uncertainty ±%1 % (95 %)").arg(QLocale().toString(*inv.uncertainty.totalPct, 'f', 1))
                                         : tr("Uncertainty not available"));
    details << tr("%n activity record(s)", nullptr, static_cast<int>(inv.recordCount));
    details << tr("GWP: %1").arg(QString::fromStdString(inv.gwpSet));
    if (inv.biogenicCo2T > 0) details << tr("biogenic CO2 %1 t reported apart").arg(tonnes(inv.biogenicCo2T));
    m_details->setText(details.join(QStringLiteral(" · ")));
    showIntensity(inv);

    using D = accounting::DrillKey::Dimension;
    std::vector<SummaryLine> rows;
    for (int scope = 1; scope <= 3; ++scope)
        rows.push_back({tr("Scope %1").arg(scope), inv.scopeTco2e(scope), {D::Scope, std::to_string(scope)}});
    fill(m_byScope, tr("Scope"), rows, total);
    rows.clear();
    for (int cat = 1; cat <= 6; ++cat)
        rows.push_back({tr("Category %1").arg(cat), inv.categoryTco2e(cat), {D::IsoCategory, std::to_string(cat)}});
    fill(m_byCategory, tr("ISO 14064-1 category"), rows, total);
    rows.clear();
    for (const auto& [gas, value] : inv.byGasTco2e) rows.push_back({QString::fromStdString(gas), value, {D::Gas, gas}});
    fill(m_byGas, tr("Gas"), rows, total);
    rows.clear();
    for (const auto& [site, value] : inv.bySiteTco2e) rows.push_back({QString::fromStdString(site), value, {D::Site, site}});
    fill(m_bySite, tr("Site"), rows, total);
    m_sources->show(inv, {}, QString());

    m_warnings->clear();
    for (const auto& use : inv.lowConfidence) {
        auto* item = new QListWidgetItem(
            tr("Low-confidence factor %1 (%2@%3) used for %4: %5 tCO2e, %6 % of the total")
                .arg(QString::fromStdString(use.factorId), QString::fromStdString(use.factorSetId),
                     QString::fromStdString(use.factorSetVersion), QString::fromStdString(use.activity),
                     tonnes(use.tco2e), QLocale().toString(use.sharePct, 'f', 1)));
        item->setForeground(QColor(0xb2, 0x5f, 0x00));
        m_warnings->addItem(item);
    }
    // The low-confidence factors are listed above with their share; the engine's other warnings in the UI's language.
    const report::InventoryWarningText warningText(catalogue_text::reportLanguage());
    for (const auto& warning : inv.warnings)
        if (!report::InventoryWarningText::isLowConfidence(warning)) m_warnings->addItem(warningText.text(warning));
    for (const auto& row : inv.rows)
        for (const auto& warning : row.warnings)
            m_warnings->addItem(QStringLiteral("%1 / %2: %3").arg(QString::fromStdString(row.site),
                                                                 QString::fromStdString(row.activity),
                                                                 QString::fromStdString(warning)));
    m_tabs->setTabText(kWarningsTab, tr("Warnings (%1)").arg(m_warnings->count()));
    fillCharts(inv);
}

void InventoryPage::fillCharts(const Inventory& inv) {
    static const QColor scopeColors[3] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xf9, 0xa8, 0x25)};
    auto* pieChart = new QChart;
    auto* pie = new QPieSeries(pieChart);
    for (int scope = 1; scope <= 3; ++scope) {
        const double value = inv.scopeTco2e(scope);
        if (value <= 0) continue;
        auto* slice = pie->append(tr("Scope %1 %2").arg(scope).arg(percent(value, inv.totalTco2e)), value);
        slice->setColor(scopeColors[scope - 1]);
    }
    pieChart->addSeries(pie);
    pieChart->setTitle(tr("Share by scope"));
    pieChart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_pie->chart();
    m_pie->setChart(pieChart);
    delete old;

    // Monthly tCO2e by scope, summed from the result rows (each row carries its months).
    std::array<std::array<double, 12>, 3> byScopeMonth{};
    for (const auto& row : inv.rows)
        for (int m = 0; m < 12; ++m)
            byScopeMonth.at(static_cast<std::size_t>(std::clamp(row.scope, 1, 3) - 1)).at(static_cast<std::size_t>(m)) +=
                row.monthTco2e.at(static_cast<std::size_t>(m));
    auto* barChart = new QChart;
    auto* bars = new QStackedBarSeries(barChart);
    double highest = 0;
    std::array<double, 12> monthTotals{};
    for (int scope = 1; scope <= 3; ++scope) {
        auto* set = new QBarSet(tr("Scope %1").arg(scope), bars);
        set->setColor(scopeColors[scope - 1]);
        for (int m = 0; m < 12; ++m) {
            const double v = byScopeMonth.at(static_cast<std::size_t>(scope - 1)).at(static_cast<std::size_t>(m));
            *set << v;
            monthTotals.at(static_cast<std::size_t>(m)) += v;
        }
        bars->append(set);
    }
    for (double v : monthTotals) highest = std::max(highest, v);
    barChart->addSeries(bars);
    QStringList months;
    for (int m = 1; m <= 12; ++m) months << QString::number(m);  // names like 10月 do not fit under a bar
    auto* xAxis = new QBarCategoryAxis(barChart);
    xAxis->append(months);
    xAxis->setTitleText(tr("Month"));
    auto* yAxis = new QValueAxis(barChart);
    yAxis->setRange(0, highest > 0 ? highest * 1.05 : 1.0);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("tCO2e"));
    barChart->addAxis(xAxis, Qt::AlignBottom);
    barChart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    barChart->setTitle(tr("Emissions by month and scope"));
    barChart->legend()->setAlignment(Qt::AlignBottom);
    old = m_bars->chart();
    m_bars->setChart(barChart);
    delete old;
}

void InventoryPage::drillInto(const accounting::DrillKey& key, const QString& title) {
    if (!m_inventory) return;
    m_sources->show(*m_inventory, key, title);
    m_tabs->setCurrentIndex(kSourcesTab);
}

RepinDialog* InventoryPage::openRepin() {
    if (m_year->count() == 0 || m_context.session.isReadOnly()) return nullptr;
    auto* dialog = new RepinDialog(m_context.session, m_context.dialogs, m_year->currentData().toInt(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RecordsBehindDialog* InventoryPage::openRecordsBehind(const accounting::InventoryRow& row) {
    if (!m_inventory) return nullptr;
    auto* dialog = new RecordsBehindDialog(m_context.session.store(), m_inventory->year, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void InventoryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_inventory) showInventory(*m_inventory);
    }
    QWidget::changeEvent(event);
}

void InventoryPage::retranslate() {
    if (auto* label = findChild<QLabel*>(QStringLiteral("yearLabel"))) label->setText(tr("Reporting &year:"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("gwpLabel"))) label->setText(tr("&GWP:"));
    const QString gwp = m_gwp->currentData().toString();
    m_gwp->clear();
    m_gwp->addItem(tr("Pinned for the year"), QString());
    for (const char* set : {"AR4", "AR5", "AR6"}) m_gwp->addItem(QString::fromLatin1(set), QString::fromLatin1(set));
    m_gwp->setCurrentIndex(std::max(0, m_gwp->findData(gwp)));
    m_gwpNote->setText(tr("another GWP set applies to this view only; the year stays pinned"));
    m_tabs->setTabText(0, tr("By scope"));
    m_tabs->setTabText(1, tr("By ISO category"));
    m_tabs->setTabText(2, tr("By gas"));
    m_tabs->setTabText(3, tr("By site"));
    m_tabs->setTabText(kSourcesTab, tr("Sources"));
    if (auto* repin = findChild<QPushButton*>(QStringLiteral("repinButton"))) {
        repin->setText(tr("Change &factors…"));
        repin->setToolTip(tr("Re-pin the year to other factor sets or another GWP set, after seeing the difference"));
    }
    m_sources->retranslate();
    m_tabs->setTabText(kWarningsTab, tr("Warnings (%1)").arg(m_warnings->count()));
    if (m_year->count() == 0)
        m_empty->setText(tr("No activity data yet: import a file of activity data (page “Activity data”, Import…) "
                            "to see the inventory."));
    else if (!m_error.isEmpty())
        m_empty->setText(tr("The inventory could not be computed:\n%1").arg(m_error));
}

}  // namespace cnms::gui
