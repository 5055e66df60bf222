// SPDX-License-Identifier: MIT
#include "TargetsPage.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "Dialogs.h"
#include "ErrorText.h"
#include "NeutralityText.h"
#include "ProjectSession.h"
#include "RowTableModel.h"
#include "TargetDialog.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/neutrality/TargetActual.h"
#include "cnms/neutrality/TargetRebase.h"
#include "cnms/neutrality/TargetTrajectory.h"

namespace cnms::gui {

using namespace cnms::neutrality;

namespace {

QString covers(const Target& t) {
    QStringList parts;
    if (!t.categories.empty()) {
        for (int c : t.categories) parts << QString::number(c);
        return TargetsPage::tr("Categories %1").arg(parts.join(QStringLiteral(", ")));
    }
    for (int s : t.scopes) parts << QString::number(s);
    return TargetsPage::tr("Scopes %1").arg(parts.join(QStringLiteral("+")));
}

/** Whether a measure acts on what a target covers, judged by the source type it affects. */
bool measureCounts(const ReductionMeasure& m, const Target& t) {
    if (m.affects.empty() || !t.categories.empty()) return true;
    int scope = 1;
    if (m.affects == "purchased_electricity" || m.affects == "purchased_heat") scope = 2;
    else if (m.affects == "indirect_other") scope = 3;
    return std::find(t.scopes.begin(), t.scopes.end(), scope) != t.scopes.end();
}

}  // namespace

TargetsPage::TargetsPage(const PageContext& context, QWidget* parent)
    : RecordTablePage(context, parent),
      m_rebaseButton(new QPushButton(this)),
      m_progress(new QStandardItemModel(this)),
      m_progressView(new QTableView(this)),
      m_chart(new QChartView(this)) {
    setObjectName(QStringLiteral("targetsPage"));
    m_rebaseButton->setObjectName(QStringLiteral("rebaseButton"));
    m_progressView->setObjectName(QStringLiteral("progressTable"));
    m_chart->setObjectName(QStringLiteral("trajectoryView"));
    m_progressView->setModel(m_progress);
    m_progressView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progressView->verticalHeader()->hide();
    m_progressView->setAlternatingRowColors(true);
    m_progressView->horizontalHeader()->setStretchLastSection(true);
    m_progressView->setMinimumWidth(380);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    toolbar()->insertWidget(1, m_rebaseButton);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_progressView, 2);
    lower->addWidget(m_chart, 3);
    lowerArea()->addLayout(lower, 1);
    view()->setMaximumHeight(190);

    connect(m_rebaseButton, &QPushButton::clicked, this, &TargetsPage::followBaseYearRecalculation);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TargetsPage::showSelected);
    connect(&context.session, &ProjectSession::recordsChanged, this, [this](const QString& type) {
        if (type == QLatin1String("target") || type == QLatin1String("reduction_measure")) refresh();
    });
    connect(&context.session, &ProjectSession::activitiesChanged, this, &TargetsPage::refresh);
    finishSetup();
    view()->setColumnWidth(Name, 300);
    if (model()->rowCount() > 0) selectId(model()->rows().front().id);
}

std::vector<std::pair<int, double>> TargetsPage::actualsFor(const Target& t) const {
    std::vector<std::pair<int, double>> out;
    for (const auto& [year, inv] : m_inventories)
        if (year >= t.baseYear)
            if (auto value = targetActual(t, inv, m_denominators.at(year))) out.emplace_back(year, *value);
    return out;
}

RecordFormDialog* TargetsPage::createForm(std::optional<qint64> id) {
    std::optional<Target> existing;
    if (id) {
        existing = m_context.session.store().targets().find(*id);
        if (!existing) return nullptr;
    }
    return new TargetDialog(m_context.session, existing, this);
}

void TargetsPage::fillModel() {
    auto& store = m_context.session.store();
    m_targets = store.targets().list();
    m_inventories.clear();
    accounting::InventoryService inventory(store);
    m_denominators.clear();
    for (int year : store.activities().years()) {
        auto denominators = accounting::resolveDenominators(store, year);
        m_inventories.emplace(year, inventory.inventory(year, std::nullopt, denominators.organization));
        m_denominators.emplace(year, std::move(denominators));
    }
    QVector<RowTableModel::Row> rows;
    for (const auto& t : m_targets) {
        RowTableModel::Row row;
        row.id = t.id;
        const int decimals = t.kind == TargetKind::Intensity ? 3 : 0;
        auto actuals = actualsFor(t);
        RowTableModel::Cell progressCell = RowTableModel::text(tr("no data"));
        if (!actuals.empty()) {
            const auto p = progress(t.line(), actuals).back();
            progressCell = RowTableModel::text(p.onTrack ? tr("%1: on track").arg(p.year) : tr("%1: off track").arg(p.year),
                                               p.onTrack ? 1 : 0);
            progressCell.foreground = p.onTrack ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        } else if (t.kind == TargetKind::Intensity) {
            progressCell = RowTableModel::text(tr("needs output data"));
        }
        row.cells = {RowTableModel::text(QString::fromStdString(t.name)),
                     RowTableModel::text(NeutralityText::targetKind(t.kind)),
                     RowTableModel::text(covers(t)),
                     RowTableModel::number(t.baseYear, 0),
                     RowTableModel::number(t.baseValue, decimals),
                     RowTableModel::number(t.targetYear, 0),
                     RowTableModel::number(t.reductionPct, 1),
                     RowTableModel::number(t.line().targetValue(), decimals),
                     t.neutralityYear ? RowTableModel::number(*t.neutralityYear, 0) : RowTableModel::text({}, 0),
                     progressCell};
        row.cells[BaseYear].text = QString::number(t.baseYear);
        row.cells[TargetYear].text = QString::number(t.targetYear);
        if (t.neutralityYear) row.cells[NeutralityYear].text = QString::number(*t.neutralityYear);
        row.cells[BaseValue].toolTip = QString::fromStdString(t.baseNote);
        rows.push_back(std::move(row));
    }
    model()->setRows(std::move(rows));
}

void TargetsPage::recordsRefreshed() { showSelected(); }

void TargetsPage::showSelected() {
    m_progress->removeRows(0, m_progress->rowCount());
    m_data = {};
    const auto id = selectedId();
    const Target* target = nullptr;
    for (const auto& t : m_targets)
        if (id && t.id == *id) target = &t;
    if (target) {
        m_data.line = target->line();
        m_data.unit = target->kind == TargetKind::Intensity
                          ? QStringLiteral("tCO2e/%1").arg(QString::fromStdString(target->intensityUnit))
                          : QStringLiteral("tCO2e");
        m_data.actuals = actualsFor(*target);
        const int decimals = target->kind == TargetKind::Intensity ? 3 : 0;
        for (const auto& p : progress(m_data.line, m_data.actuals)) {
            auto* status = new QStandardItem(p.onTrack ? tr("on track") : tr("off track"));
            status->setForeground(p.onTrack ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
            auto number = [](double v, int d) {
                auto* item = new QStandardItem(QLocale().toString(v, 'f', d));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                return item;
            };
            m_progress->appendRow({new QStandardItem(QString::number(p.year)), number(p.actual, decimals),
                                   number(p.trajectory, decimals), status, number(p.achievedPct, 1)});
        }
        // The measures not yet done, in effect from their start year on.
        if (!m_data.actuals.empty() && target->kind == TargetKind::Absolute) {
            const int from = m_data.actuals.back().first + 1;
            const auto measures = m_context.session.store().measures().list();
            for (int year = from; year <= target->targetYear; ++year) {
                double effect = 0;
                for (const auto& m : measures) {
                    if (m.status == MeasureStatus::Done || m.status == MeasureStatus::Cancelled) continue;
                    if (m.startDate.size() < 4 || std::stoi(m.startDate.substr(0, 4)) > year) continue;
                    if (measureCounts(m, *target)) effect += m.expectedAnnualTco2e;
                }
                m_data.plannedEffect.emplace_back(year, effect);
            }
        }
    }
    m_progressView->resizeColumnsToContents();
    QChart* old = m_chart->chart();
    m_chart->setChart(target ? neutrality_charts::trajectory(m_data) : new QChart);
    delete old;
}

int TargetsPage::followBaseYearRecalculation() {
    if (m_context.session.isReadOnly()) return 0;
    std::vector<int> years;
    for (const auto& t : m_targets)
        if (std::find(years.begin(), years.end(), t.baseYear) == years.end()) years.push_back(t.baseYear);
    if (years.empty()) return 0;
    if (!m_context.dialogs.confirm(this, tr("Follow base-year recalculation"),
                                   tr("Recalculate the inventory of each target's base year and move the absolute "
                                      "targets' base values to it? Each moved value gets a dated note."),
                                   tr("Recalculate")))
        return 0;
    int moved = 0;
    QStringList lines;
    try {
        const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
        for (int year : years) {
            if (m_context.session.store().activities().countInYear(year) == 0) continue;
            for (const auto& r : rebaseTargets(m_context.session.store(), year, today, "")) {
                ++moved;
                lines << tr("%1: %2 → %3")
                             .arg(QString::fromStdString(r.after.name), NeutralityText::tonnes(r.before.baseValue, 0),
                                  NeutralityText::tonnes(r.after.baseValue, 0));
            }
        }
    } catch (...) {
        m_context.dialogs.warning(this, tr("Follow base-year recalculation"), ErrorText::exception(std::current_exception()));
    }
    m_context.session.notifyRecordsChanged(QStringLiteral("target"));
    m_context.dialogs.information(this, tr("Follow base-year recalculation"),
                                  moved == 0 ? tr("The base values already match the base years' inventories.")
                                             : tr("%n target(s) moved:", nullptr, moved) + QLatin1Char('\n') +
                                                   lines.join(QLatin1Char('\n')));
    return moved;
}

void TargetsPage::removeRecord(qint64 id) {
    NeutralityService(m_context.session.store()).removeTarget(id);
    m_context.session.notifyRecordsChanged(QStringLiteral("target"));
}

QString TargetsPage::deleteQuestion(qint64 id) const {
    auto t = m_context.session.store().targets().find(id);
    return tr("Delete the target \"%1\"?").arg(t ? QString::fromStdString(t->name) : QString::number(id));
}

QString TargetsPage::deleteTitle() const { return tr("Delete target"); }

QString TargetsPage::countText(int shown, int total) const {
    return shown == total ? tr("%n target(s)", nullptr, total) : tr("%1 of %n target(s) shown", nullptr, total).arg(shown);
}

void TargetsPage::retranslatePage() {
    setButtonTexts(tr("Search targets"), tr("Add a target"), tr("Edit the selected target (or double-click it)"),
                   tr("Delete the selected target"));
    model()->setHeaders({tr("Name"), tr("Kind"), tr("Covers"), tr("Base year"), tr("Base value"), tr("Target year"),
                         tr("Reduction %"), tr("Target value"), tr("Neutrality year"), tr("Latest progress")});
    m_progress->setHorizontalHeaderLabels({tr("Year"), tr("Actual"), tr("Trajectory"), tr("Status"), tr("Achieved %")});
    m_rebaseButton->setText(tr("Follow base-year &recalculation…"));
    m_rebaseButton->setToolTip(tr("After the base year's inventory was recalculated (corrected records, new factors, "
                                  "acquisitions), move the targets' base values to it with a dated note"));
}

}  // namespace cnms::gui
