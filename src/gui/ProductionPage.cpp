// SPDX-License-Identifier: MIT
#include "ProductionPage.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

#include "ProductionFigureDialog.h"
#include "ProjectSession.h"
#include "RowTableModel.h"
#include "cnms/accounting/IntensityDenominators.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/accounting/ProductionFigureService.h"

namespace cnms::gui {

using accounting::FigureKind;

namespace {
QString kindText(FigureKind kind) {
    return kind == FigureKind::Revenue ? ProductionPage::tr("Revenue") : ProductionPage::tr("Production output");
}
}  // namespace

ProductionPage::ProductionPage(const PageContext& context, QWidget* parent)
    : RecordTablePage(context, parent), m_intensity(new QLabel(this)) {
    setObjectName(QStringLiteral("productionPage"));
    m_intensity->setObjectName(QStringLiteral("intensityLabel"));
    m_intensity->setWordWrap(true);
    m_intensity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerArea()->addWidget(m_intensity);
    lowerArea()->addStretch(1);
    auto refreshOn = [this](const QString& type) {
        if (type == QLatin1String("production_figure") || type == QLatin1String("site")) refresh();
    };
    connect(&context.session, &ProjectSession::recordsChanged, this, refreshOn);
    connect(&context.session, &ProjectSession::activitiesChanged, this, &ProductionPage::refresh);
    finishSetup();
    view()->sortByColumn(Year, Qt::DescendingOrder);
    view()->setColumnWidth(Product, 220);
}

RecordFormDialog* ProductionPage::createForm(std::optional<qint64> id) {
    std::optional<accounting::ProductionFigure> existing;
    if (id) {
        existing = m_context.session.store().productionFigures().find(*id);
        if (!existing) return nullptr;
    }
    // A new figure is most likely for the latest year with activity data.
    auto years = m_context.session.store().activities().years();
    const int year = years.empty() ? QDate::currentDate().year() - 1 : years.back();
    return new ProductionFigureDialog(m_context.session, existing, year, this);
}

void ProductionPage::fillModel() {
    m_figures = m_context.session.store().productionFigures().list();
    QVector<RowTableModel::Row> rows;
    for (const auto& f : m_figures) {
        RowTableModel::Row row;
        row.id = f.id;
        row.cells = {RowTableModel::number(f.year, 0),
                     RowTableModel::text(kindText(f.kind), static_cast<int>(f.kind)),
                     RowTableModel::text(f.site.empty() ? tr("Whole organization") : QString::fromStdString(f.site)),
                     RowTableModel::number(f.quantity, 2),
                     RowTableModel::text(QString::fromStdString(f.unit)),
                     RowTableModel::text(QString::fromStdString(f.product)),
                     RowTableModel::text(QString::fromStdString(f.evidence)),
                     RowTableModel::text(QString::fromStdString(f.note))};
        row.cells[Year].text = QString::number(f.year);
        rows.push_back(std::move(row));
    }
    model()->setRows(std::move(rows));
}

void ProductionPage::recordsRefreshed() {
    auto& store = m_context.session.store();
    std::set<int> years;
    for (int y : store.activities().years())
        if (store.activities().countInYear(y) > 0) years.insert(y);
    if (years.empty()) {
        m_intensity->setText(tr("Intensity appears here once a year has activity data."));
        return;
    }
    QStringList lines;
    try {
        accounting::InventoryService service(store);
        for (auto it = years.rbegin(); it != years.rend(); ++it) {
            const auto d = accounting::resolveDenominators(store, *it);
            const auto inv = service.inventory(*it, std::nullopt, d.organization);
            QStringList parts;
            if (inv.intensityPerOutput)
                parts << tr("%1 tCO2e/%2").arg(QLocale().toString(inv.intensityPerOutput->totalPerUnit, 'f', 4),
                                               QString::fromStdString(inv.intensityPerOutput->base.unit));
            else if (d.outputSource == accounting::DenominatorSource::UnitsDiffer)
                parts << tr("per output: the sites' outputs are in different units; enter the organization's total");
            else
                parts << tr("per output: enter production output");
            if (inv.intensityPerRevenue)
                parts << tr("%1 tCO2e/%2").arg(QLocale().toString(inv.intensityPerRevenue->totalPerUnit, 'f', 3),
                                               QString::fromStdString(inv.intensityPerRevenue->base.unit));
            else
                parts << tr("per revenue: enter revenue");
            lines << tr("%1: %2").arg(*it).arg(parts.join(QStringLiteral(" · ")));
        }
    } catch (const std::exception& e) {
        lines << QString::fromStdString(e.what());
    }
    m_intensity->setText(tr("Intensity of the organization (total emissions per unit)") + QStringLiteral("\n") +
                         lines.join(QLatin1Char('\n')));
}

void ProductionPage::removeRecord(qint64 id) {
    accounting::ProductionFigureService(m_context.session.store()).remove(id);
    m_context.session.notifyRecordsChanged(QStringLiteral("production_figure"));
}

QString ProductionPage::deleteQuestion(qint64 id) const {
    auto f = m_context.session.store().productionFigures().find(id);
    if (!f) return tr("Delete this figure?");
    return tr("Delete the %1 of %2 (%3)?")
        .arg(kindText(f->kind).toLower())
        .arg(f->year)
        .arg(f->site.empty() ? tr("whole organization") : QString::fromStdString(f->site));
}

QString ProductionPage::deleteTitle() const { return tr("Delete output or revenue"); }

QString ProductionPage::countText(int shown, int total) const {
    return shown == total ? tr("%n figure(s)", nullptr, total) : tr("%1 of %n figure(s) shown", nullptr, total).arg(shown);
}

void ProductionPage::retranslatePage() {
    setButtonTexts(tr("Search year, site, unit or product"), tr("Add a production output or revenue figure"),
                   tr("Edit the selected figure (or double-click it)"), tr("Delete the selected figure"));
    model()->setHeaders({tr("Year"), tr("Kind"), tr("Site"), tr("Quantity"), tr("Unit"), tr("Product or description"),
                         tr("Evidence"), tr("Note")});
    fillModel();
    recordsRefreshed();
}

}  // namespace cnms::gui
