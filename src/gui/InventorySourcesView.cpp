// SPDX-License-Identifier: MIT
#include "InventorySourcesView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cnms::gui {
namespace {

QStandardItem* number(double value, int decimals) {
    auto* item = new QStandardItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace

InventorySourcesView::InventorySourcesView(QWidget* parent)
    : QWidget(parent),
      m_caption(new QLabel(this)),
      m_showAll(new QPushButton(this)),
      m_view(new QTableView(this)),
      m_model(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("inventorySources"));
    m_view->setObjectName(QStringLiteral("sourcesTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_caption->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_showAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_showAll, &QPushButton::clicked, this, [this] {
        if (m_inventory) show(*m_inventory, {}, QString());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && static_cast<std::size_t>(index.row()) < m_lines.size())
            emit recordsRequested(*m_lines[static_cast<std::size_t>(index.row())].row);
    });
    retranslate();
}

void InventorySourcesView::show(const accounting::Inventory& inventory, const accounting::DrillKey& key,
                                const QString& title) {
    m_inventory = &inventory;
    m_key = key;
    m_title = title;
    m_lines = accounting::rowsBehind(inventory, key);
    fill();
}

void InventorySourcesView::fill() {
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Site"), tr("Source type"), tr("Activity"), tr("Category"), tr("Quantity"),
                                        tr("Unit"), tr("Records"), tr("Factor"), tr("Method"), tr("tCO2e"), tr("Share")});
    double total = 0;
    for (const auto& line : m_lines) total += line.contributionTco2e;
    for (const auto& line : m_lines) {
        const auto& r = *line.row;
        QString factor = r.trace.factorSetId.empty()
                             ? tr("record parameters")
                             : QStringLiteral("%1 (%2@%3)").arg(text(r.trace.factorId), text(r.trace.factorSetId),
                                                                text(r.trace.factorSetVersion));
        auto* factorItem = new QStandardItem(factor);
        factorItem->setToolTip(text(r.trace.formula));
        if (r.trace.lowConfidence) {
            factorItem->setForeground(QColor(0xb2, 0x5f, 0x00));
            factorItem->setToolTip(tr("Low-confidence factor") + QLatin1Char('\n') + text(r.trace.formula));
        }
        auto* records = new QStandardItem(QLocale().toString(static_cast<qulonglong>(r.recordCount)));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* share = new QStandardItem(total == 0.0 ? QString()
                                                     : QLocale().toString(100.0 * line.contributionTco2e / total, 'f', 1) +
                                                           QStringLiteral(" %"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({new QStandardItem(text(r.site)), new QStandardItem(text(accounting::toString(r.sourceType))),
                            new QStandardItem(text(r.activity)), new QStandardItem(QString::number(r.isoCategory)),
                            number(r.quantity, 2), new QStandardItem(text(r.unit)), records, factorItem,
                            new QStandardItem(text(r.trace.method)), number(line.contributionTco2e, 3), share});
    }
    m_view->resizeColumnsToContents();
    retranslate();
}

void InventorySourcesView::retranslate() {
    m_showAll->setText(tr("Show all sources"));
    m_showAll->setVisible(m_key.dimension != accounting::DrillKey::Dimension::Total);
    const QString count = tr("%n source(s)", nullptr, static_cast<int>(m_lines.size()));
    m_caption->setText(m_key.dimension == accounting::DrillKey::Dimension::Total
                           ? tr("All emission sources: %1. Double-click a source to see its records.").arg(count)
                           : tr("Sources behind %1: %2. Double-click a source to see its records.").arg(m_title, count));
}

}  // namespace cnms::gui
